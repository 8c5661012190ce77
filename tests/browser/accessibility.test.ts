/**
 * axe-core over every built English page, the search page with results and the 404 page, and over
 * one page of each kind in Russian (the same templates and styles with other words), each in light
 * and dark at desktop and phone widths: WCAG 2.0-2.2 A/AA rules plus best practices, zero
 * violations. No rule is disabled.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { browsablePaths, isRussianPath, onePerTemplate } from '../support/dist.ts';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const dist = inject('distDir');
const paths = [
  ...browsablePaths(dist).filter((path) => !isRussianPath(path)),
  ...onePerTemplate(dist).filter(isRussianPath),
];

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
