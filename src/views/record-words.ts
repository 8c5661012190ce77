/**
 * The record's words in a page's language, under one shape: a round file's English fields, or its
 * `ru` block (whose entries validate-rounds.ts checks against the record, one for each). Page data
 * reads the words here and never chooses between the two itself. A missing Russian entry (which
 * the checks refuse) falls back to the English words.
 */
import type { RoundData } from '../record/round-schema.ts';
import type { Locale } from '../i18n/locales.ts';

export interface RecordWords {
  summary: string;
  place: string | undefined;
  /** The official release's issuer: "Council of the European Union", "Совет Европейского союза". */
  issuer: string | undefined;
  /** A source's description, by source id. */
  source: (id: string) => string;
  /** A raised item's, a note's, a conflict's and a delegation lead's words, by position in their lists. */
  raised: (index: number) => string;
  note: (index: number) => string;
  conflict: (index: number) => string;
  delegation: (index: number) => { name: string; role: string };
}

/** The English words of a round's record, as its file writes them. */
function englishWords(data: RoundData): RecordWords {
  return {
    summary: data.summary,
    place: data.place,
    issuer: data.source?.issuer,
    source: (id) => data.sources.find((s) => s.id === id)?.description ?? '',
    raised: (i) => data.raised[i]?.label ?? '',
    note: (i) => data.notes[i]?.text ?? '',
    conflict: (i) => data.conflicts[i]?.text ?? '',
    delegation: (i) => data.delegations[i] ?? { name: '', role: '' },
  };
}

/** ('ru') -> the round's `ru` block; ('en') -> its English fields. */
export function recordWords(data: RoundData, locale: Locale): RecordWords {
  const english = englishWords(data);
  if (locale === 'en') return english;
  const { ru } = data;
  return {
    summary: ru.summary,
    place: ru.place,
    issuer: ru.issuer,
    source: (id) => ru.sources[id] ?? english.source(id),
    raised: (i) => ru.raised[i] ?? english.raised(i),
    note: (i) => ru.notes[i] ?? english.note(i),
    conflict: (i) => ru.conflicts[i] ?? english.conflict(i),
    delegation: (i) => ru.delegations[i] ?? english.delegation(i),
  };
}
