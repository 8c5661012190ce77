/** Page data of /search/: the filters' choices and example searches. */
import type { RoundParagraph } from '../record/paragraphs.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import { getRoundListing, type RoundSummary } from './round-summary.ts';
import { SUBJECT_KINDS } from '../record/subject-kinds.ts';
import type { SubjectRecord } from '../record/subject-schema.ts';
import type { PageLanguage } from '../i18n/index.ts';
import { subjectName } from './subject-names.ts';

export interface SearchPageData {
  /** Years with a round, newest first. */
  years: number[];
  /**
   * The round filter: a list of every round, newest first, while the rounds are few enough for
   * one page (`limit`); past that, a number field from the first round number to the last.
   */
  roundFilter: { kind: 'list'; rounds: RoundSummary[] } | { kind: 'number'; min: number; max: number };
  /** Example searches that find something in this archive. */
  examples: string[];
  /** The kinds of subject, for the filter that keeps subject pages of one kind. */
  kinds: { value: string; label: string }[];
}

/**
 * Everything /search/ shows before any search runs. Examples are offered only where the pages of
 * the language contain them: the release texts, or a subject's name in that language or its other names.
 */
export function getSearchPageData(
  rounds: readonly (RoundRecord & { paragraphs: readonly RoundParagraph[] })[],
  {
    limit,
    language,
    subjects = [],
    candidates = language.t.search.examples,
  }: { limit: number; language: PageLanguage; subjects?: readonly SubjectRecord[]; candidates?: readonly string[] },
): SearchPageData {
  const listing = getRoundListing(rounds, language);
  const text = [
    ...rounds.flatMap((r) => r.paragraphs.map((p) => p.text)),
    ...subjects.flatMap((s) => [subjectName(s, language.locale), ...s.data.aliases]),
  ]
    .join('\n')
    .toLocaleLowerCase(language.intl);
  return {
    years: [...new Set(listing.map((r) => r.year))],
    roundFilter:
      listing.length <= limit
        ? { kind: 'list', rounds: listing }
        : {
            kind: 'number',
            min: Math.min(...listing.map((r) => r.round)),
            max: Math.max(...listing.map((r) => r.round)),
          },
    examples: candidates.filter((example) => text.includes(example.toLocaleLowerCase(language.intl))),
    kinds: SUBJECT_KINDS.map((value) => ({ value, label: language.t.subjects.kinds[value] })),
  };
}
