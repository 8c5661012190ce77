import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser.ts';

const dist = inject('distDir');
let site: BrowserSite;

beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

const at = (path: string) => new URL(path.replace(/^\//, ''), site.url).href;
const hitTitles = (page: import('playwright-core').Page) => page.locator('.hits .hit__title').allInnerTexts();

describe('the search page', () => {
  test('/search/?q=Magnitsky lists ¶6 of round 18 first, with the word marked', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/search/?q=Magnitsky'));
    await expect.poll(() => hitTitles(page)).toEqual(['18th round · 28 November 2013 · ¶6']);
    expect(await page.locator('.hits mark').first().innerText()).toMatch(/^Magnitsky/);
    expect(await page.locator('.search-results__status').innerText()).toBe('1 result for “Magnitsky”');
    const href = await page.locator('.hits a').first().getAttribute('href');
    expect(href).toMatch(/^\/rounds\/18\/\?highlight=magnitsky#p6$/);
    await page.close();
  });

  test('following a result highlights the word on the round page with ¶6 in view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(at('/search/?q=Magnitsky'));
    await page.locator('.hits a').first().click();
    await page.waitForURL(/\/rounds\/18\/\?highlight=magnitsky#p6$/);
    await expect.poll(() => page.locator('#p6 mark.search-term').allInnerTexts()).toEqual(['Magnitsky']);
    await page.waitForFunction(() => {
      const top = document.getElementById('p6')!.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight;
    });
    await page.close();
  });

  test('a year filter narrows the results: Magnitsky in 2012 finds nothing from round 18', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/search/?q=Magnitsky&year=2012'));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('none');
    expect(await hitTitles(page)).toEqual([]);
    expect(await page.locator('.search-results__status').innerText()).toBe('No results for “Magnitsky”');
    // The way out of the filter is offered.
    expect(await page.locator('.search-results__help a').first().getAttribute('href')).toBe('/search/?q=Magnitsky');
    await page.close();
  });

  test('filter controls show counts, changes go into the URL, and Back restores the previous search', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/search/?q=EU'));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
    expect(await page.locator('#search-year option[value="2013"]').innerText()).toMatch(/2013 – \d+ results?/);
    await page.selectOption('#search-round', '17');
    await page.waitForURL(/\?q=EU&round=17$/);
    await expect.poll(() => hitTitles(page)).toEqual(['17th round · 17 May 2013']);
    await page.goBack();
    await page.waitForURL(/\?q=EU$/);
    await expect.poll(() => page.locator('#search-round').inputValue()).toBe('');
    await expect.poll(async () => (await hitTitles(page)).length).toBeGreaterThan(1);
    await page.close();
  });

  test('an empty query invites a search with examples', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/search/'));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('empty');
    expect(await page.locator('.search-examples a').allInnerTexts()).toContain('Magnitsky');
    await page.close();
  });

  test('an index that cannot load says so and points to the rounds', async () => {
    const page = await site.browser.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(at('/search/?q=Magnitsky'));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('unavailable');
    expect(await page.locator('.search-results__help a').getAttribute('href')).toBe('/rounds/');
    await page.close();
  });
});

describe('the header search', () => {
  test('typing on a round page shows results; ArrowDown and Enter open one', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/rounds/15/'));
    await page.locator('#site-search-q').click();
    await page.keyboard.type('GOLOS');
    const options = page.locator('#site-search-results [role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    expect(await options.first().innerText()).toContain('18th round · 28 November 2013 · ¶5');
    expect(await page.locator('#site-search-q').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('#site-search-status').innerText()).toBe('1 result for “GOLOS”');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#site-search-q').getAttribute('aria-activedescendant')).toBe('site-search-option-0');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rounds\/18\/\?highlight=golos#p5$/);
    await page.close();
  });

  test('keyboard only: Ctrl+K focuses the search, Enter without a chosen result opens the search page, Escape closes', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/about/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('torture');
    await expect.poll(() => page.locator('#site-search-popup').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-popup').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=torture$/);
    await expect.poll(() => hitTitles(page)).toEqual(['18th round · 28 November 2013 · ¶6']);
    await page.close();
  });

  test('reading pages load no search code until the search box is used', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(at('/rounds/18/'), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.locator('#site-search-q').focus();
    await expect.poll(() => scripts.some((s) => s.includes('header-search'))).toBe(true);
    await page.close();
  });

  test('without JavaScript, the header form lands on /search/?q=… with a clear message', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/rounds/18/'));
    await page.locator('#site-search-q').fill('Magnitsky');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=Magnitsky$/);
    expect(await page.getByRole('heading', { name: 'Search needs JavaScript' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'browse all rounds' }).getAttribute('href')).toBe('/rounds/');
    await context.close();
  });
});
