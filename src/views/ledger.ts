/**
 * The ledger of announcements as the rounds page shows it (record/ledger.ts): for each round
 * whose next round was announced, what was announced, in the record's words with each source's
 * own words, and what the record shows of the round announced. Newest first, at most `limit`
 * entries (the open data has them all). Pure.
 */
import { getLedger } from '../record/ledger.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import type { PageLanguage } from '../i18n/index.ts';
import { roundPath } from '../format/urls.ts';
import { getRecordSection, type FactEvidence } from './record-section.ts';
import { recordWords } from './record-words.ts';
import { toRoundSummary, type RoundSummary } from './round-summary.ts';

export interface LedgerRow {
  announcedAt: RoundSummary;
  announcements: { text: string; quoted: boolean; evidence: FactEvidence[] }[];
  /** What the record shows of the round announced, in a sentence. */
  outcome: string;
  /** What later sources say became of it, in the record's words with each source's words. */
  later: { text: string; evidence: FactEvidence[] }[];
  /** The round announced, where the record has it. */
  next: RoundSummary | undefined;
  status: 'held' | 'elsewhere' | 'none';
}

export interface LedgerView {
  rows: LedgerRow[];
  /** How many entries the ledger has in all (the page shows the newest `limit`). */
  total: number;
}

/** The ledger for the rounds page. */
export function getLedgerView(
  rounds: readonly RoundRecord[],
  { limit, language }: { limit: number; language: PageLanguage },
): LedgerView {
  const { t } = language;
  const byNumber = new Map(rounds.map((r) => [r.data.round, r]));
  const entries = getLedger(rounds);
  const rows = entries
    .toReversed()
    .slice(0, limit)
    .map((entry): LedgerRow => {
      const record = byNumber.get(entry.round)!;
      // A note as its round's page shows it: the record's words, each source's own words.
      const noteOf = (round: number, note: number) => {
        const source = byNumber.get(round)!;
        const section = getRecordSection(source.data, () => [], language, language.urlFor(roundPath(round)));
        return { text: recordWords(source.data, language.locale).note(note), evidence: section.notes[note]!.evidence };
      };
      const announcements = entry.announcements.map((a) =>
        a.kind === 'release'
          ? { text: a.words, quoted: true, evidence: [] }
          : { ...noteOf(a.round, a.note), quoted: false },
      );
      const next = entry.next && toRoundSummary(entry.next, language);
      const status = !next ? 'none' : entry.heldElsewhere ? 'elsewhere' : 'held';
      return {
        announcedAt: toRoundSummary(record, language),
        announcements,
        next,
        status,
        later: entry.outcomes.map((note) => noteOf(entry.round, note)),
        outcome: next ? t.ledger.held(next.label, next.displayDate, next.place, status === 'elsewhere') : t.ledger.none,
      };
    });
  return { rows, total: entries.length };
}
