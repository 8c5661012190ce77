import { expect, test } from 'vitest';
import { getAllRoundPageData } from '../../src/views/round-page.ts';
import { sortRounds } from '../../src/record/round-order.ts';
import { createPageLanguage } from '../../src/i18n/index.ts';
import { makeRound } from '../support/round-data.ts';

const english = createPageLanguage('en', { base: '/', site: 'https://example.org' });
const settings = { citationUrlFor: english.absoluteUrlFor };
const round = (n: number, previous: number[] = []) =>
  makeRound(n, `20${String(n).padStart(2, '0')}-01-01`, {
    previous: previous.map((p) => ({
      round: p,
      date: new Date(Date.UTC(2000 + p, 0, 1)),
      url: `http://example.org/${p}.pdf`,
    })),
  });
// Collection order is not fixed, so the input is deliberately shuffled.
const shuffled = [round(17, [15, 16]), round(15), round(18, [17, 15]), round(16)];
const pages = getAllRoundPageData(shuffled, english, settings);

test('sorts rounds oldest first whatever order they arrive in', () => {
  expect(sortRounds(shuffled).map((r) => r.data.round)).toEqual([15, 16, 17, 18]);
});

test.each([
  [18, 17, undefined], // the newest round has no next
  [16, 15, 17], // a middle round has both
  [15, undefined, 16], // the oldest round has no previous
])('round %i: previous %s, next %s', (n, previous, next) => {
  const { navigation } = pages.get(n)!;
  expect(navigation.previous?.round).toBe(previous);
  expect(navigation.next?.round).toBe(next);
});

test('links across gaps in numbering to the nearest round held', () => {
  const gap = getAllRoundPageData([round(18), round(13)], english, settings);
  expect(gap.get(18)!.navigation.previous?.round).toBe(13);
});

test('names the later rounds whose releases list a round, oldest first', () => {
  expect(pages.get(15)!.listedIn.map((r) => r.round)).toEqual([17, 18]);
  expect(pages.get(18)!.listedIn).toEqual([]);
});
