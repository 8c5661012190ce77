/** Pagefind's own browser API, run in Node against the built index served on loopback. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from '../../tools/lib/static-server.ts';

export interface PagefindHitPage {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** Serves `distDir`, loads its pagefind.js with an absolute basePath, and returns a search function. */
export async function openIndex(distDir: string) {
  const site = await startStaticServer({ root: distDir });
  const pagefind = await import(pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href);
  await pagefind.options({ basePath: `${site.origin}/pagefind/` });
  await pagefind.init();
  return {
    origin: site.origin,
    async search(query: string | null, options: Record<string, unknown> = {}): Promise<PagefindHitPage[]> {
      const result = await pagefind.search(query, options);
      return Promise.all(result.results.map((r: { data(): Promise<PagefindHitPage> }) => r.data()));
    },
    close: () => site.close(),
  };
}
