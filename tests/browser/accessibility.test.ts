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
/** Each width is loaded in light, then switched to dark. */
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

test.each(paths.map((path) => [path]))(
  '%s has no axe violations in light and dark, at 1280 px and at 360 px',
  async (path) => {
    // Injecting axe is itself an inline script, so this context alone bypasses the page's CSP.
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const view of views) {
      // The page is loaded once per width; the colour scheme switches live, as a reader's system does.
      await page.setViewportSize({ width: view.width, height: 800 });
      await page.emulateMedia({ colorScheme: view.colorScheme });
      if (view.colorScheme === 'light') {
        await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: readyState(path) });
        if (path.includes('?q=')) await page.locator('.hits a').first().waitFor();
        await page.evaluate(AXE_SOURCE);
      }
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
      violations.push(...result.violations.map((v) => `${view.colorScheme} ${view.width}px: ${v}`));
      expect(result.passes).toBeGreaterThan(10);
    }
    expect(violations).toEqual([]);
    await context.close();
  },
);
