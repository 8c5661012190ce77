/** A keyboard-only journey: home -> a round -> ¶ link -> search -> result -> back, focus visible throughout. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type BrowserSite } from '../support/browser.ts';

let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(async () => site?.close());

/** Presses Tab until the focused element matches, checking that every stop shows its focus. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const visible =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        style.backgroundColor !== 'rgba(0, 0, 0, 0)';
      return { matches: el.matches(sel), visible, name: el.outerHTML.slice(0, 60) };
    }, selector);
    expect(state.visible, `focus not visible on ${state.name}`).toBe(true);
    if (state.matches) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('a reader can go from the home page to a paragraph, search, open a result and come back, by keyboard alone', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(site.url);

  await tabTo(page, '.latest a');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/rounds\/18\/$/);

  await tabTo(page, 'a[href="#p6"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#p6$/);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p6');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('GOLOS');
  await page.locator('#site-search-results [role="option"]').first().waitFor();
  await page.keyboard.press('Enter'); // no option chosen: the search page
  await page.waitForURL(/\/search\/\?q=GOLOS$/);
  await page.locator('.hits a').first().waitFor();

  await tabTo(page, '.hits a');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/rounds\/18\/\?highlight=golos#p5$/);

  await page.goBack();
  await page.waitForURL(/\/search\/\?q=GOLOS$/);
  await page.locator('.hits a').first().waitFor();
  expect(await page.locator('#search-q').inputValue()).toBe('GOLOS');
  await page.close();
});
