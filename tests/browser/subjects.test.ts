/** The subjects page with and without JavaScript: a plain list, and a filter as you type. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { FIXTURE_CONTENT, readContentSubjects } from '../support/fixture-site.ts';

const subjects = readContentSubjects(FIXTURE_CONTENT);
let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(async () => site?.close());

test('without JavaScript every subject is listed and no filter box shows', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}subjects/`);
  expect(await page.locator('.subject-group__list li:visible').count()).toBe(subjects.length);
  expect(await page.locator('#subject-filter-q').isVisible()).toBe(false);
  await context.close();
});

test('typing another name of a subject, accents aside, leaves that subject and says how many match', async () => {
  const subject = subjects.find((s) => s.data.aliases.length)!;
  const page = await site.browser.newPage();
  await page.goto(`${site.url}subjects/`);
  await page.locator('#subject-filter-q').fill(subject.data.aliases[0]!.normalize('NFD').replace(/\p{M}/gu, ''));
  await expect.poll(() => page.locator('.subject-filter__status').innerText()).not.toBe('');
  const visible = await page.locator('.subject-group__list li:visible a').allInnerTexts();
  expect(visible).toContain(subject.data.name);
  expect(visible.length).toBeLessThan(subjects.length);
  await expect
    .poll(() => page.locator('.subject-filter__status').innerText())
    .toBe(`${visible.length} of ${subjects.length} subjects`);
  await page.close();
});
