import { expect, test } from 'vitest';
import { getRoundNavigation } from '../../src/views/round-navigation.ts';
import { sortRounds } from '../../src/record/round-order.ts';

const round = (n: number) => ({ data: { round: n } });
// Collection order is not fixed, so the input is deliberately shuffled.
const shuffled = [round(17), round(15), round(18), round(16)];

test('sorts rounds oldest first whatever order they arrive in', () => {
  expect(sortRounds(shuffled).map((r) => r.data.round)).toEqual([15, 16, 17, 18]);
});

test.each([
  [18, 17, undefined], // the newest round has no next
  [16, 15, 17], // a middle round has both
  [15, undefined, 16], // the oldest round has no previous
])('round %i: previous %s, next %s', (n, previous, next) => {
  const nav = getRoundNavigation(n, shuffled);
  expect(nav.previous?.data.round).toBe(previous);
  expect(nav.next?.data.round).toBe(next);
});

test('links across gaps in numbering to the nearest round held', () => {
  const nav = getRoundNavigation(18, [round(18), round(13)]);
  expect(nav.previous?.data.round).toBe(13);
});

test('refuses a round that is not in the list', () => {
  expect(() => getRoundNavigation(19, shuffled)).toThrow(/round 19 is not among/);
});
