/**
 * axe-core over every built page and the search page with results, in light and dark and at
 * phone and desktop widths: WCAG 2.0-2.2 A/AA rules plus best practices, zero violations.
 * No rule is disabled.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { browsablePaths } from '../support/dist.ts';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const dist = inject('distDir');
const paths = browsablePaths(dist);

let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

test.each(paths.map((path) => [path]))(
  '%s has no axe violations in light and dark, at 1280 px and at 360 px',
  async (path) => {
    expect(await axeViolations(site.browser, site.url, path)).toEqual([]);
  },
);
