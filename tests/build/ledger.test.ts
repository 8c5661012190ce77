/**
 * The ledger of announcements on the fixture site, checked against the round files: one row per
 * round whose next round was announced (a note marked `announces`, or the release's
 * `nextExpected`), newest first, with what the record shows of the round announced; the same in
 * /data/rounds.json.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from '../support/dist.ts';
import { fixtureRounds } from '../support/fixture-site.ts';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';

const dist = inject('distDir');
const rounds = fixtureRounds();
const byNumber = new Map(rounds.map((r) => [r.data.round, r]));
/** The ledger as the files say it, oldest first. */
const expected = rounds.flatMap((r) => {
  const next = byNumber.get(r.data.round + 1);
  const notes = [
    ...r.data.notes.filter((n) => n.announces === 'next'),
    ...(next?.data.notes ?? []).filter((n) => n.announces === 'this'),
  ];
  const outcomes = r.data.notes.filter((n) => n.announces === 'outcome');
  if (!notes.length && !r.data.nextExpected && !outcomes.length) return [];
  const places = notes.flatMap((n) => n.announcedPlace ?? []);
  const elsewhere = Boolean(next?.data.place && places.length && !places.includes(next.data.place));
  return [{ round: r.data.round, notes, words: r.data.nextExpected, next, elsewhere, outcomes }];
});

test('the fixture announces a round held elsewhere and one never reported, of which a later source speaks', () => {
  expect(expected.some((e) => e.elsewhere)).toBe(true);
  expect(expected.some((e) => !e.next)).toBe(true);
  expect(expected.some((e) => e.outcomes.length)).toBe(true);
});

describe.each([
  ['en', '', en],
  ['ru', '/ru', ru],
] as const)('the rounds page (%s)', (_locale, prefix, t) => {
  const $ = loadPage(dist, `${prefix}/rounds/`);
  const rows = $('.ledger tbody tr').get();

  test('has one row per announcing round, newest first, each with what was announced', () => {
    expect(rows.map((row) => $(row).find('th a').attr('href'))).toEqual(
      expected.toReversed().map((e) => `${prefix}/rounds/${e.round}/`),
    );
    expected.toReversed().forEach((e, i) => {
      const cell = $(rows[i]).find('td').first();
      if (e.words) expect(cell.find('q').first().text()).toBe(e.words);
      // Each note's sources' words, quoted.
      for (const note of e.notes)
        for (const ref of note.sources)
          if (typeof ref !== 'string') expect(cell.text()).toContain([ref.words].flat().join(' … '));
    });
  });

  test('says what the record shows: the round held, held elsewhere, or none reported', () => {
    expected.toReversed().forEach((e, i) => {
      const outcome = $(rows[i]).find('td').last();
      // What later sources say, each with its words.
      expect(outcome.find('.ledger__later')).toHaveLength(e.outcomes.length);
      for (const note of e.outcomes)
        for (const ref of note.sources)
          if (typeof ref !== 'string') expect(outcome.text()).toContain([ref.words].flat().join(' … '));
      outcome.find('.ledger__later').remove();
      if (!e.next) {
        expect(outcome.text().trim()).toBe(t.ledger.none);
        return;
      }
      expect(outcome.find('a').attr('href')).toBe(`${prefix}/rounds/${e.next.data.round}/`);
      expect(outcome.text().includes(t.ledger.held('', '', 'x', true).split('x')[1]!)).toBe(e.elsewhere);
    });
  });
});

test('/data/rounds.json carries the ledger, each announcement pointing at its note or the release’s words', () => {
  const { ledger } = JSON.parse(readFileSync(join(dist, 'data/rounds.json'), 'utf8')) as {
    ledger: {
      round: number;
      announcements: { kind: string; round: number; note?: number; words?: string }[];
      next: { round: number } | null;
      heldElsewhere: boolean;
      outcomes: number[];
    }[];
  };
  expect(ledger.map((e) => e.round)).toEqual(expected.map((e) => e.round));
  ledger.forEach((entry, i) => {
    const want = expected[i]!;
    const notes = entry.announcements
      .filter((a) => a.kind === 'note')
      .map((a) => byNumber.get(a.round)!.data.notes[a.note!]);
    expect(notes).toEqual(want.notes);
    expect(entry.announcements.find((a) => a.kind === 'release')?.words).toBe(want.words);
    expect(entry.next?.round).toBe(want.next?.data.round);
    expect(entry.heldElsewhere).toBe(want.elsewhere);
    expect(entry.outcomes.map((n) => byNumber.get(entry.round)!.data.notes[n])).toEqual(want.outcomes);
  });
});
