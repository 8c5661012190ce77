/** A keyboard-only journey: home -> a round -> ¶ link -> search -> result -> back, focus visible throughout. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { browserFacts } from '../support/fixture-site.ts';

const { text, hits } = browserFacts();
const [linked, searched] = hits;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

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

  await tabTo(page, '.latest a'); // the latest round, which in the fixture site has text
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`${escape(text.path)}$`));

  await tabTo(page, `a[href="#${linked.id}"]`);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#${linked.id}$`));
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(linked.id);

  const query = searched.written;
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  await page.locator('#site-search-results [role="option"]').first().waitFor();
  await page.keyboard.press('Enter'); // no option chosen: the search page
  await page.waitForURL(new RegExp(`/search/\\?q=${escape(encodeURIComponent(query))}$`));
  await page.locator('.hits a').first().waitFor();

  await tabTo(page, '.hits a');
  await page.keyboard.press('Enter');
  await page.waitForURL(
    new RegExp(`${escape(text.path)}\\?highlight=${escape(encodeURIComponent(searched.highlight))}#${searched.id}$`),
  );

  await page.goBack();
  await page.waitForURL(new RegExp(`/search/\\?q=${escape(encodeURIComponent(query))}$`));
  await page.locator('.hits a').first().waitFor();
  expect(await page.locator('#search-q').inputValue()).toBe(query);
  await page.close();
});
