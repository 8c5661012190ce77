/**
 * Keyboard use of a round page: the ¶ control's actions take the focus and Escape gives it back,
 * a skip link leads to "Cite this round", and a paragraph's highlight leaves its "Named here"
 * line readable. Pages and paragraphs come from the fixture's files.
 */
import { expect, inject, test } from 'vitest';
import { useSite } from '../support/browser.ts';
import { fixtureRounds } from '../support/fixture-site.ts';
import { en } from '../../src/i18n/en.ts';

const site = useSite(inject('distDir'));
const { at } = site;
const round = fixtureRounds().find((r) => r.hasText)!;
const path = `/rounds/${round.data.round}/`;

test('Enter on a ¶ link opens its actions with the focus on the first; Escape closes them and returns focus', async () => {
  const page = await site.browser.newPage({ permissions: [] });
  await page.goto(at(path));
  const link = page.locator('#p1 a.para-link');
  await link.focus();
  await page.keyboard.press('Enter');
  const actions = page.locator('.para-actions');
  await expect.poll(() => actions.count()).toBe(1);
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.para-actions') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => actions.count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.matches('#p1 a.para-link'))).toBe(true);
  await page.close();
});

test('the second skip link leads to “Cite this round”', async () => {
  const page = await site.browser.newPage();
  await page.goto(at(path));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.innerText()).toBe(en.layout.skipTo(en.cite.heading));
  await expect.poll(() => focused.isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cite');
  await page.close();
});

test('a paragraph’s highlight does not cover its “Named here” line', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The first paragraph of a fixture text that has a "Named here" line.
  let found: { path: string; id: string } | undefined;
  for (const r of fixtureRounds().filter((x) => x.hasText)) {
    await page.goto(at(`/rounds/${r.data.round}/`));
    const pid = await page.evaluate(() => document.querySelector('.para + .named-here')?.previousElementSibling?.id);
    if (pid) {
      found = { path: `/rounds/${r.data.round}/`, id: pid };
      break;
    }
  }
  expect(found, 'a fixture text names a subject in a paragraph').toBeTruthy();
  const { id } = found!;
  await page.goto(at(`${found!.path}#${id}`));
  const gap = await page.evaluate((pid) => {
    const paragraph = document.getElementById(pid)!;
    const line = paragraph.nextElementSibling as HTMLElement;
    // The highlight is a box-shadow that spreads past the paragraph.
    const spread = parseFloat(getComputedStyle(paragraph).boxShadow.split(' ').at(-1) ?? '0');
    return line.getBoundingClientRect().top - (paragraph.getBoundingClientRect().bottom + spread);
  }, id);
  expect(gap).toBeGreaterThanOrEqual(0);
  await page.close();
});
