/**
 * The timeline of the real archive (all its rounds) in Chromium at 320 px: each mark a named
 * link, at least 24 px wide, none overlapping; the picture scrolls inside its own region.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { readContentRounds } from '../support/fixture-site.ts';
import { overlappingMarks, timelineMarkBoxes } from '../support/timeline-check.ts';

const rounds = readContentRounds('content');
let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(inject('contentDistDir'));
});
afterAll(async () => site?.close());

test.each(['', 'rounds/'])('/%s: every round is on the timeline, legible and separate at 320 px', async (path) => {
  const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(`${site.url}${path}`);
  const names = await page.locator('.timeline-svg a').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  expect(names).toHaveLength(rounds.length);
  rounds.forEach((round, i) => expect(names[i]).toMatch(new RegExp(`^Round ${round.data.round}, `)));
  const boxes = await timelineMarkBoxes(page);
  for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(24);
  expect(overlappingMarks(boxes)).toEqual([]);
  const region = page.locator('.timeline-figure__scroll');
  expect(await region.getAttribute('tabindex')).toBe('0');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await page.close();
});
