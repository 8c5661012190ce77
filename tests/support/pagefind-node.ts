/** Pagefind's own browser API, run in Node against the built index served on loopback. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from '../../tools/lib/static-server.ts';
import type { PagefindResultData } from '../../src/search/search-results.ts';

/** A result's data as Pagefind gives it: what the site's search code reads, and its filters. */
export interface PagefindHitPage extends PagefindResultData {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: NonNullable<PagefindResultData['sub_results']>;
}

/**
 * Serves `distDir`, loads its pagefind.js with an absolute basePath, and returns a search function
 * over one language's index. Pagefind picks the index by the page's <html lang>; Node has no page,
 * so a stand-in document says the language while Pagefind starts, and each language gets its own
 * copy of the module (a query string makes a new module instance).
 */
export async function openIndex(distDir: string, { language = 'en' }: { language?: string } = {}) {
  const site = await startStaticServer({ root: distDir });
  const pagefind = await import(`${pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href}?language=${language}`);
  const page = { querySelector: () => ({ getAttribute: () => language }) };
  Object.assign(globalThis, { document: page });
  try {
    await pagefind.options({ basePath: `${site.origin}/pagefind/` });
    await pagefind.init();
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
  return {
    origin: site.origin,
    async search(query: string | null, options: Record<string, unknown> = {}): Promise<PagefindHitPage[]> {
      const result = await pagefind.search(query, options);
      return Promise.all(result.results.map((r: { data(): Promise<PagefindHitPage> }) => r.data()));
    },
    close: () => site.close(),
  };
}
