/**
 * axe-core over every built page and the search page with results, in light and dark and at
 * phone and desktop widths: WCAG 2.0-2.2 A/AA rules plus best practices, zero violations.
 * No rule is disabled.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { browsablePaths } from '../support/dist.ts';
import { openSite, readyState, type BrowserSite } from '../support/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const dist = inject('distDir');
const paths = browsablePaths(dist);
const views = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 360 },
  { colorScheme: 'dark', width: 360 },
] as const;

let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

test.each(views.flatMap((view) => paths.map((path) => [path, view.colorScheme, view.width, view] as const)))(
  '%s in %s at %i px has no axe violations',
  async (path, _scheme, _width, view) => {
    // Injecting axe is itself an inline script, so this context alone bypasses the page's CSP.
    const context = await site.browser.newContext({
      colorScheme: view.colorScheme,
      viewport: { width: view.width, height: 800 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: readyState(path) });
    if (path.includes('?q=')) await page.locator('.hits a').first().waitFor();
    await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(async (tags) => {
      // @ts-expect-error axe is injected above
      const { violations, passes } = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'passes'],
      });
      return {
        passes: passes.length as number,
        violations: (violations as { id: string; nodes: { target: string[] }[] }[]).map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      };
    }, TAGS);
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(10);
    await context.close();
  },
);
