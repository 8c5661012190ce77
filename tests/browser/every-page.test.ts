/**
 * Every built page (both languages), the search page with results and an unknown address, each
 * loaded once in real Chromium at 320 px (400% zoom of 1280 px) under the real CSP (Astro's
 * <meta> plus the _headers that npm start's server sends): no sideways scrolling, no console
 * error or failed request, no CSP violation and no request to another origin.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { browsablePaths } from '../support/dist.ts';
import { openSite, readyState, type BrowserSite } from '../support/browser.ts';

const dist = inject('distDir');
const paths = browsablePaths(dist);
let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

test.each(paths.map((p) => [p]))(
  '%s at 320 px: no sideways scrolling, console error, failed request, CSP violation or request to another origin',
  async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(site.url).origin && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.addInitScript(() => {
      const found: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => found.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: readyState(path) });
    if (path.endsWith('/no-such-page/')) {
      expect(response?.status()).toBe(404);
      // The 404 page in the address's language (/ru/… gets /ru/404.html).
      expect(await page.locator('html').getAttribute('lang')).toBe(path.startsWith('/ru/') ? 'ru' : 'en');
      // Chromium reports the 404 status itself as a console error; that one is expected.
      problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404')));
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'sideways scrolling, in px').toBe(0);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  },
);
