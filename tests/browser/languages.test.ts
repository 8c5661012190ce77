/**
 * The language switch in real Chromium: it keeps the reader's place (the paragraph, the search),
 * and search in Russian works from the header and on the search page. Expectations come from the
 * fixture files.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { browserFacts, FIXTURE_CONTENT, readContentSubjects } from '../support/fixture-site.ts';

const { text, hits } = browserFacts();
const [hit] = hits;
const subject = readContentSubjects(FIXTURE_CONTENT).find((s) =>
  text.paragraphs.some((p) => p.text.includes(s.data.name)),
)!;
let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(async () => site?.close());

test('the switch on a paragraph’s link leads to the same paragraph in the other language, and back', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}${text.path.slice(1)}#${hit.id}`);
  await page.locator('[data-language-switch]').click();
  await page.waitForURL(`${site.url}ru${text.path}#${hit.id}`);
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  expect(await page.locator(':target').getAttribute('id')).toBe(hit.id);
  await page.locator('[data-language-switch]').click();
  await page.waitForURL(`${site.url}${text.path.slice(1)}#${hit.id}`);
  expect(await page.locator(':target').getAttribute('id')).toBe(hit.id);
  await page.close();
});

test('the switch on the search page keeps the search: its words, its results, in the other language', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(hit.written)}`, { waitUntil: 'networkidle' });
  await page.locator('.hits a').first().waitFor();
  await page.locator('[data-language-switch]').click();
  await page.waitForURL(`${site.url}ru/search/?q=${encodeURIComponent(hit.written)}`);
  await page.locator('.hits a').first().waitFor();
  expect(await page.locator('#search-q').inputValue()).toBe(hit.written);
  // The result leads to the Russian page's paragraph and is titled as that page titles it.
  const first = page.locator('.hits a').first();
  expect(new URL((await first.getAttribute('href'))!, site.url).pathname).toBe(`/ru${text.path}`);
  expect(await first.locator('.hit__title').innerText()).toMatch(new RegExp(`^${text.round}-й раунд · `));
  expect(await page.locator('.search-results__status').innerText()).toMatch(/\p{Script=Cyrillic}/u);
  await page.close();
});

test('the header search on a Russian page finds a subject by its Russian name, titled in Russian', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}ru/`);
  await page.locator('#site-search-q').fill(subject.data.ru.name);
  const first = page.locator('#site-search-results [role="option"]').first();
  await first.waitFor();
  expect(await first.innerText()).toContain(subject.data.ru.name);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/ru/subjects/${subject.id}/`));
  await page.close();
});
