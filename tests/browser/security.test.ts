/**
 * Under the real CSP (Astro's <meta> plus the _headers served by npm start's server), every page
 * type loads and a search runs with zero policy violations and zero requests to other origins.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import * as cheerio from 'cheerio';
import { listPages } from '../support/dist.ts';
import { openSite, readyState, type BrowserSite } from '../support/browser.ts';
import { browserFacts } from '../support/fixture-site.ts';

const dist = inject('distDir');
let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

/** Opens a page recording CSP violations (as the page sees them) and requests leaving the site. */
async function watch(path: string) {
  const page = await site.browser.newPage();
  const foreign: string[] = [];
  page.on(
    'request',
    (r) =>
      new URL(r.url()).origin !== new URL(site.url).origin && !r.url().startsWith('data:') && foreign.push(r.url()),
  );
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: readyState(path) });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { page, foreign, violations, response };
}

// Each page's own load under the CSP (no violation, no request to another origin): every-page.test.ts.
test('every page carries a hash-based CSP without unsafe-inline, and the served headers', async () => {
  for (const { path } of listPages(dist)) {
    // The page as the server sends it, read with a real HTML parser; the 404 page as an unknown address gets it.
    const response = await fetch(
      new URL((path.endsWith('/404.html') ? path.replace('404.html', 'no-such-page/') : path).slice(1), site.url),
    );
    const meta = cheerio
      .load(await response.text())('meta[http-equiv="content-security-policy"]')
      .attr('content');
    expect(meta, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(meta, path).not.toContain('unsafe-inline');
    const headers = response.headers;
    expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy'), path).toContain('camera=()');
    expect(headers.get('strict-transport-security'), path).toContain('max-age=');
  }
});

test('a search from the header and on the search page runs under the CSP', async () => {
  const { text, hits } = browserFacts();
  const { page, foreign, violations } = await watch(text.path);
  await page.locator('#site-search-q').fill(hits[0].written);
  await page.locator('#site-search-results [role="option"]').first().waitFor();
  expect(await violations()).toEqual([]); // (the list starts afresh on each navigation)
  await page.goto(new URL(`search/?q=${encodeURIComponent(hits[1].written)}`, site.url).href);
  await page.locator('.hits a').first().waitFor();
  await page.locator('.hits a').first().click();
  await page.waitForURL(new RegExp(`highlight=${encodeURIComponent(hits[1].highlight)}`));
  await page.locator('mark.search-term').first().waitFor();
  expect(await violations()).toEqual([]);
  expect(foreign).toEqual([]);
  await page.close();
});
