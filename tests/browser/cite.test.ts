import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { browserFacts } from '../support/fixture-site.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';

const { text, hits, sourceOnly } = browserFacts();
const [hit] = hits;
const SITE = FIXTURE_SITE;

let site: BrowserSite;
let context: BrowserContext;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
  context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => site?.close());

const clipboard = (page: import('playwright-core').Page) => page.evaluate(() => navigator.clipboard.readText());

test(`one click on ¶${hit.number} copies its link, and one more copies its citation with “para. ${hit.number}”`, async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}${text.path.slice(1)}`);
  await page.locator(`a[href="#${hit.id}"]`).click();
  await expect.poll(() => clipboard(page)).toBe(`${SITE}${text.path}#${hit.id}`);
  await page.getByRole('button', { name: 'Copy citation' }).first().click();
  const place = text.place ? `${text.place}, ` : '';
  await expect
    .poll(() => clipboard(page))
    .toBe(
      `${text.issuer}, “${text.title}”, ${text.label}, ${place}${text.date}, para. ${hit.number}. ${SITE}${text.path}#${hit.id}.`,
    );
  await expect.poll(() => page.locator('#page-status').innerText()).toBe(`Citation of paragraph ${hit.number} copied.`);
  await page.close();
});

test('selecting words in a paragraph offers a link to them as a text fragment', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}${text.path.slice(1)}`);
  // Select the paragraph's rare word with the mouse.
  await page.locator(`#${hit.id}`).scrollIntoViewIfNeeded();
  const box = await page.locator(`#${hit.id}`).evaluate((p, word) => {
    const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(word))!;
    const start = node.textContent!.indexOf(word);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    const r = range.getBoundingClientRect();
    return { x: r.left, y: r.top + r.height / 2, width: r.width };
  }, hit.written);
  await page.mouse.move(box.x + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Copy link to selected text' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(`${SITE}${text.path}#${hit.id}:~:text=${encodeURIComponent(hit.written)}`);
  await page.close();
});

test('the round’s citation can be copied from “Cite this round”', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}${sourceOnly.path.slice(1)}`);
  await page.locator('.cite').getByRole('button', { name: 'Copy citation' }).click();
  const place = sourceOnly.place ? `${sourceOnly.place}, ` : '';
  await expect.poll(() => clipboard(page)).toContain(`, ${place}${sourceOnly.date}. ${SITE}${sourceOnly.path}`);
  await page.close();
});

test.each([
  [`${text.path.slice(1)}cite.bib`, 'application/x-bibtex'],
  [`${text.path.slice(1)}cite.ris`, 'application/x-research-info-systems'],
  [`${text.path.slice(1)}cite.json`, 'application/vnd.citationstyles.csl+json'],
  ['feed.xml', 'application/atom+xml'],
  ['data/rounds.json', 'application/json'],
])('%s is served as %s', async (path, type) => {
  const response = await context.request.get(`${site.url}${path}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain(type);
});
