/**
 * The ledger of announcements: what each round's sources announced of the next round (when,
 * where), beside what the record shows of it: held on a date, held somewhere else than announced,
 * or never reported, with what later sources say became of it. An announcement is a note marked
 * `announces` (of the next round, or of this round before it) or the release's own `nextExpected`; nothing is inferred from free text, and a
 * place is compared only where the note names one and the next round's record has one.
 */
import type { RoundRecord } from './round-schema.ts';
import { sortRounds } from './round-order.ts';

/** One announcement: a note of a round file (by its place in `notes`), or the release's words. */
export type Announcement =
  { kind: 'note'; round: number; note: number } | { kind: 'release'; round: number; words: string };

export interface LedgerEntry {
  /** The round at which the next one was announced. */
  round: number;
  announcements: Announcement[];
  /** The round announced: the next in the archive's numbering, where the record has it. */
  next: RoundRecord | undefined;
  /** Where a note named a place and the next round's record has one: whether it was held elsewhere. */
  heldElsewhere: boolean;
  /** Notes of this round on what later became of the next round (`announces: outcome`), by their place in `notes`. */
  outcomes: number[];
}

/** The ledger, oldest first: one entry per round whose next round some source announced. */
export function getLedger(rounds: readonly RoundRecord[]): LedgerEntry[] {
  const sorted = sortRounds(rounds);
  const byNumber = new Map(sorted.map((r) => [r.data.round, r]));
  const notesOf = (record: RoundRecord | undefined, announces: 'next' | 'this' | 'outcome') =>
    (record?.data.notes ?? []).flatMap((note, i) =>
      note.announces === announces ? [{ record: record!, note, index: i }] : [],
    );
  return sorted.flatMap((record) => {
    const n = record.data.round;
    const next = byNumber.get(n + 1);
    const notes = [...notesOf(record, 'next'), ...notesOf(next, 'this')];
    const announcements: Announcement[] = [
      ...notes.map(({ record: r, index }) => ({ kind: 'note' as const, round: r.data.round, note: index })),
      ...(record.data.nextExpected ? [{ kind: 'release' as const, round: n, words: record.data.nextExpected }] : []),
    ];
    const outcomes = notesOf(record, 'outcome').map(({ index }) => index);
    if (!announcements.length && !outcomes.length) return [];
    const places = notes.flatMap(({ note }) => note.announcedPlace ?? []);
    const heldElsewhere = Boolean(next?.data.place) && places.length > 0 && !places.includes(next!.data.place!);
    return [{ round: n, announcements, next, heldElsewhere, outcomes }];
  });
}
