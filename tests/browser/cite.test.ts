import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openSite, type BrowserSite } from '../support/browser.ts';

let site: BrowserSite;
let context: BrowserContext;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
  context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => site?.close());

const clipboard = (page: import('playwright-core').Page) => page.evaluate(() => navigator.clipboard.readText());

test('one click on ¶6 copies its link, and one more copies its citation with “para. 6”', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}rounds/18/`);
  await page.locator('a[href="#p6"]').click();
  await expect.poll(() => clipboard(page)).toBe('https://hr-consultations.example/rounds/18/#p6');
  await page.getByRole('button', { name: 'Copy citation' }).first().click();
  await expect
    .poll(() => clipboard(page))
    .toBe(
      'Council of the European Union, “European Union–Russian Federation human rights consultations”, 18th round, Brussels, 28 November 2013, para. 6. https://hr-consultations.example/rounds/18/#p6.',
    );
  await expect.poll(() => page.locator('#page-status').innerText()).toBe('Citation of paragraph 6 copied.');
  await page.close();
});

test('selecting words in a paragraph offers a link to them as a text fragment', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}rounds/18/`);
  // Select "Sergey Magnitsky" with the mouse.
  await page.locator('#p6').scrollIntoViewIfNeeded();
  const box = await page.locator('#p6').evaluate((p) => {
    const text = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes('Sergey Magnitsky'))!;
    const start = text.textContent!.indexOf('Sergey Magnitsky');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'Sergey Magnitsky'.length);
    const r = range.getBoundingClientRect();
    return { x: r.left, y: r.top + r.height / 2, width: r.width };
  });
  await page.mouse.move(box.x + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Copy link to selected text' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe('https://hr-consultations.example/rounds/18/#p6:~:text=Sergey%20Magnitsky');
  await page.close();
});

test('the round’s citation can be copied from “Cite this round”', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}rounds/17/`);
  await page.locator('.cite').getByRole('button', { name: 'Copy citation' }).click();
  await expect
    .poll(() => clipboard(page))
    .toContain('17th round, Brussels, 17 May 2013. https://hr-consultations.example/rounds/17/');
  await page.close();
});

test.each([
  ['rounds/18/cite.bib', 'application/x-bibtex'],
  ['rounds/18/cite.ris', 'application/x-research-info-systems'],
  ['rounds/18/cite.json', 'application/vnd.citationstyles.csl+json'],
  ['feed.xml', 'application/xml'],
  ['data/rounds.json', 'application/json'],
])('%s is served as %s', async (path, type) => {
  const response = await context.request.get(`${site.url}${path}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain(type);
});
