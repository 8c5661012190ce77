/** axe-core in a real page: WCAG 2.0–2.2 A/AA rules plus best practices, no rule disabled. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { readyState } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The page is loaded once, in the first view; then the width and the colour scheme change live. */
export const VIEWS = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 360 },
  { colorScheme: 'dark', width: 360 },
] as const;

/**
 * The violations on a page (path relative to `siteUrl`) in light and dark, at 1280 and 360 px,
 * each as "dark 360px: rule-id: selectors". Throws when axe found too few passes to be trusted.
 */
export async function axeViolations(
  browser: Browser,
  siteUrl: string,
  path: string,
  views: readonly (typeof VIEWS)[number][] = VIEWS,
): Promise<string[]> {
  // Injecting axe is itself an inline script, so this context alone bypasses the page's CSP.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const violations: string[] = [];
  try {
    for (const [i, view] of views.entries()) {
      // Loaded once; then the window is resized and the colour scheme switched live, as a reader's
      // system does: the styles' media queries and the theme follow without a reload.
      await page.setViewportSize({ width: view.width, height: 800 });
      await page.emulateMedia({ colorScheme: view.colorScheme });
      if (i === 0) {
        await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href, { waitUntil: readyState(path) });
        if (path.includes('?q=')) await page.locator('.hits a').first().waitFor();
        await page.evaluate(AXE_SOURCE);
      }
      const result = await page.evaluate(async (tags) => {
        // @ts-expect-error axe is injected above
        const { violations, passes } = await window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'], // the other kinds are counted, not detailed: faster
        });
        return {
          passes: passes.length as number,
          violations: (violations as { id: string; nodes: { target: string[] }[] }[]).map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        };
      }, TAGS);
      violations.push(...result.violations.map((v) => `${view.colorScheme} ${view.width}px: ${v}`));
      if (result.passes <= 10) throw new Error(`axe ran only ${result.passes} checks on ${path}: is the page empty?`);
    }
  } finally {
    await context.close();
  }
  return violations;
}
