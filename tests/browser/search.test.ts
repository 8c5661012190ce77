import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { browserFacts, FIXTURE_CONTENT, readContentSubjects } from '../support/fixture-site.ts';
import { en } from '../../src/i18n/en.ts';

const { text, hits, sourceOnly, otherYear, textYear, rounds } = browserFacts();
const [A, B] = hits;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The address a result for `hit` leads to: the round page, the highlight parameter and the paragraph. */
const resultUrl = (hit: typeof A) =>
  new RegExp(`${escape(text.path)}\\?highlight=${escape(encodeURIComponent(hit.highlight))}#${hit.id}$`);
const q = (hit: typeof A) => encodeURIComponent(hit.written);

const dist = inject('distDir');
let site: BrowserSite;

beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

const at = (path: string) => new URL(path.replace(/^\//, ''), site.url).href;
const hitTitles = (page: import('playwright-core').Page) => page.locator('.hits .hit__title').allInnerTexts();

describe('the search page', () => {
  test('a search for a rare word lists its paragraph first, with the word marked', async () => {
    const page = await site.browser.newPage();
    await page.goto(at(`/search/?q=${q(A)}`));
    await expect.poll(() => hitTitles(page)).toEqual([A.title]);
    // Pagefind marks the whole token the word is in (a hyphenated name, say).
    expect(await page.locator('.hits mark').first().innerText()).toContain(A.written);
    expect(await page.locator('.search-results__status').innerText()).toBe(`1 result for “${A.written}”`);
    const href = await page.locator('.hits a').first().getAttribute('href');
    expect(href).toMatch(resultUrl(A));
    await page.close();
  });

  test('following a result highlights the word on the round page with its paragraph in view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(at(`/search/?q=${q(A)}`));
    await page.locator('.hits a').first().click();
    await page.waitForURL(resultUrl(A));
    await expect.poll(() => page.locator(`#${A.id} mark.search-term`).allInnerTexts()).toEqual([A.written]);
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight;
    }, A.id);
    await page.close();
  });

  test('a year filter narrows the results: a word of one year’s text, filtered to another year, finds nothing', async () => {
    const page = await site.browser.newPage();
    await page.goto(at(`/search/?q=${q(A)}&year=${otherYear}`));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('none');
    expect(await hitTitles(page)).toEqual([]);
    expect(await page.locator('.search-results__status').innerText()).toBe(`No results for “${A.written}”`);
    // The way out of the filter is offered.
    expect(await page.locator('.search-results__help a').first().getAttribute('href')).toBe(`/search/?q=${q(A)}`);
    await page.close();
  });

  test('filter controls show counts, changes go into the URL, and Back restores the previous search', async () => {
    const page = await site.browser.newPage();
    // "round" is on every round page.
    await page.goto(at('/search/?q=round'));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
    expect(await page.locator(`#search-year option[value="${textYear}"]`).innerText()).toMatch(
      new RegExp(`${textYear} – \\d+ results?`),
    );
    await page.selectOption('#search-round', String(sourceOnly.round));
    await page.waitForURL(new RegExp(`\\?q=round&round=${sourceOnly.round}$`));
    await expect.poll(() => hitTitles(page)).toEqual([sourceOnly.title]);
    await page.goBack();
    await page.waitForURL(/\?q=round$/);
    await expect.poll(() => page.locator('#search-round').inputValue()).toBe('');
    await expect.poll(async () => (await hitTitles(page)).length).toBeGreaterThan(1);
    await page.close();
  });

  test('an empty query invites a search with examples, and loads no search engine', async () => {
    const page = await site.browser.newPage();
    const index: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && index.push(r.url()));
    await page.goto(at('/search/'), { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('empty');
    expect(index).toEqual([]);
    const archiveText = rounds.flatMap((r) => r.paragraphs.map((p) => p.text.toLowerCase())).join(' ');
    const expected = en.search.examples.filter((e) => archiveText.includes(e.toLowerCase()));
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator('.search-examples a').allInnerTexts()).toEqual(expected);
    await page.close();
  });

  test('clearing the box while a search is on its way leaves the empty page, not stale results', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/search/'), { waitUntil: 'networkidle' });
    await page.locator('#search-q').fill(A.written);
    await page.locator('#search-q').fill('');
    // Longer than the typing delay and a search: a stale search would have shown its hits by now.
    await page.waitForTimeout(1000);
    expect(await page.locator('.search-results').getAttribute('data-state')).toBe('empty');
    expect(await page.locator('.hits li').count()).toBe(0);
    await page.close();
  });

  test('fetches the data of the results it shows only, ten at a time', async () => {
    const page = await site.browser.newPage();
    const fragments = new Set<string>();
    page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.add(r.url()));
    // A word of every round's date line finds the most pages the fixture has.
    await page.goto(at(`/search/?q=${encodeURIComponent(String(textYear))}`), { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
    const shownPages = async () =>
      new Set(
        (await page.locator('.hits a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).values(),
      ).size;
    expect(fragments.size).toBe(await shownPages());
    expect(fragments.size).toBeLessThanOrEqual(10);
    const more = page.locator('.search-results__more');
    if (await more.isVisible()) {
      await more.click();
      await expect.poll(shownPages).toBeGreaterThan(10);
      expect(fragments.size).toBe(await shownPages());
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.hits') !== null)).toBe(true);
    }
    await page.close();
  });

  test.each([`/search/?q=${q(A)}`, '/subjects/'])(
    '%s: nothing moves while scripts and results arrive (no layout shift) at phone width',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 412, height: 823 }, isMobile: true });
      await page.addInitScript(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.shift += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(at(path), { waitUntil: 'load' });
      if (path.includes('?q=')) await expect.poll(() => hitTitles(page)).toEqual([A.title]);
      else await page.locator('#subject-filter-q').waitFor();
      // Two frames after the last change: a shift would have been recorded by then.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
      await page.close();
    },
  );

  test('an index that cannot load says so and points to the rounds', async () => {
    const page = await site.browser.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(at(`/search/?q=${q(A)}`));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('unavailable');
    expect(await page.locator('.search-results__help a').getAttribute('href')).toBe('/rounds/');
    await page.close();
  });
});

describe('the header search', () => {
  test('a subject’s other name (in Russian) shows the subject first, with its reach', async () => {
    const subject = readContentSubjects(FIXTURE_CONTENT).find((s) =>
      s.data.aliases.some((a) => /\p{Script=Cyrillic}/u.test(a)),
    )!;
    const alias = subject.data.aliases.find((a) => /\p{Script=Cyrillic}/u.test(a))!;
    const page = await site.browser.newPage();
    await page.goto(at('/about/'));
    await page.locator('#site-search-q').fill(alias);
    const first = page.locator('#site-search-results [role="option"]').first();
    await expect.poll(() => first.innerText()).toMatch(new RegExp(`^${subject.data.name}: raised`));
    await page.close();
  });

  test('typing on a round page shows results; ArrowDown and Enter open one', async () => {
    const page = await site.browser.newPage();
    await page.goto(at(sourceOnly.path));
    await page.locator('#site-search-q').click();
    await page.keyboard.type(B.written);
    const options = page.locator('#site-search-results [role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    expect(await options.first().innerText()).toContain(B.title);
    expect(await page.locator('#site-search-q').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('#site-search-status').innerText()).toBe(`1 result for “${B.written}”`);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#site-search-q').getAttribute('aria-activedescendant')).toBe('site-search-option-0');
    await page.keyboard.press('Enter');
    await page.waitForURL(resultUrl(B));
    await page.close();
  });

  test('the header fetches the data of the results it shows only', async () => {
    const page = await site.browser.newPage();
    const fragments = new Set<string>();
    page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.add(r.url()));
    await page.goto(at(sourceOnly.path));
    await page.locator('#site-search-q').fill(String(textYear));
    const options = page.locator('#site-search-results [role="option"]:not(.site-search__option--all)');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(fragments.size).toBe(await options.count());
    expect(fragments.size).toBeLessThanOrEqual(6);
    await page.close();
  });

  test('keyboard only: Ctrl+K focuses the search, Enter without a chosen result opens the search page, Escape closes', async () => {
    const page = await site.browser.newPage();
    await page.goto(at('/about/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type(A.written);
    await expect.poll(() => page.locator('#site-search-popup').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-popup').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/search/\\?q=${escape(q(A))}$`));
    await expect.poll(() => hitTitles(page)).toEqual([A.title]);
    await page.close();
  });

  test('reading pages load no search code until the search box is used', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(at(text.path), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.locator('#site-search-q').focus();
    await expect.poll(() => scripts.some((s) => s.includes('header-search'))).toBe(true);
    await page.close();
  });

  test('without JavaScript, the header form lands on /search/?q=… with a clear message', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at(text.path));
    await page.locator('#site-search-q').fill(A.written);
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(new RegExp(`/search/\\?q=${escape(q(A))}$`));
    expect(await page.getByRole('heading', { name: 'Search needs JavaScript' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'browse all rounds' }).getAttribute('href')).toBe('/rounds/');
    await context.close();
  });
});
