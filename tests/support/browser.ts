/** Real Chromium (Debian's, via playwright-core) against the built site served on loopback. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/lib/chromium.ts';
import { startStaticServer } from '../../tools/lib/static-server.ts';

export interface BrowserSite {
  browser: Browser;
  /** The site's root URL, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

/** Serves `distDir` and starts Chromium; call close() in afterAll. */
export async function openSite(distDir: string, base = '/'): Promise<BrowserSite> {
  const site = await startStaticServer({ root: distDir, base });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    browser,
    url: site.url,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * How long to wait when opening a page: until it has loaded, or, for the search page, whose
 * script renders results and examples after loading the index, until the network is idle.
 */
export function readyState(path: string): 'load' | 'networkidle' {
  return path.includes('/search/') ? 'networkidle' : 'load';
}

/**
 * The built fixture site in Chromium for one test file: opened before its tests, closed after,
 * with `at(path)` giving a site path's full URL: `const fixture = useSite(inject('distDir'))`.
 */
export function useSite(distDir: string, base = '/') {
  let site: BrowserSite | undefined;
  beforeAll(async () => {
    site = await openSite(distDir, base);
  });
  afterAll(async () => site?.close());
  return {
    get browser() {
      return site!.browser;
    },
    at: (path: string) => new URL(path.replace(/^\//, ''), site!.url).href,
  };
}
