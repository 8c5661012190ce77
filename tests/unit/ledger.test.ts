/** record/ledger.ts: announcements of the next round beside what the record shows of it. */
import { expect, test } from 'vitest';
import { getLedger } from '../../src/record/ledger.ts';
import { makeRound } from '../support/round-data.ts';

const note = (text: string, announces?: 'next' | 'this', announcedPlace?: string) => ({
  text,
  ...(announces ? { announces } : {}),
  ...(announcedPlace ? { announcedPlace } : {}),
  sources: [{ source: 'fixture-release', words: text }],
});
const ru = (notes: string[]) => ({
  ru: { summary: 'Описание.', issuer: 'Совет', place: 'Город', sources: { 'fixture-release': 'Релиз' }, notes },
});

const rounds = [
  makeRound(1, '2005-03-01', {
    place: 'Brussels',
    notes: [note('Talks were open.'), note('Next in Moscow.', 'next', 'Moscow')],
    ...ru(['a', 'b']),
  }),
  makeRound(2, '2005-09-08', {
    place: 'Brussels',
    notes: [note('Planned for Brussels.', 'this', 'Brussels')],
    ...ru(['c']),
  }),
  makeRound(3, '2006-03-03', { nextExpected: 'autumn 2006' }),
];

test('each round whose next round was announced has an entry, with its notes, the next round’s, and the release’s words', () => {
  const ledger = getLedger(rounds.toReversed());
  expect(ledger.map((e) => e.round)).toEqual([1, 3]);
  expect(ledger[0]!.announcements).toEqual([
    { kind: 'note', round: 1, note: 1 },
    { kind: 'note', round: 2, note: 0 },
  ]);
  expect(ledger[1]!.announcements).toEqual([{ kind: 'release', round: 3, words: 'autumn 2006' }]);
});

test('a round held elsewhere than any announced place is said to be; a round never reported has no next', () => {
  const [first, last] = getLedger(rounds);
  // Moscow and Brussels were announced, and Brussels it was: not "elsewhere".
  expect(first!.heldElsewhere).toBe(false);
  expect(first!.next?.data.round).toBe(2);
  expect(last!.next).toBeUndefined();
  const onlyMoscow = getLedger([rounds[0]!, makeRound(2, '2005-09-08', { place: 'Brussels', ...ru([]) })]);
  expect(onlyMoscow[0]!.heldElsewhere).toBe(true);
  // Where the record has no place for the round announced, nothing is compared.
  const noPlace = getLedger([rounds[0]!, makeRound(2, '2005-09-08')]);
  expect(noPlace[0]!.heldElsewhere).toBe(false);
});
