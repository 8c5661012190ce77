/** Page data of /search/: the filters' choices and example searches. */
import type { RoundParagraph } from '../record/paragraphs.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import { getRoundListing, type RoundSummary } from './round-page.ts';
import { SUBJECT_KIND_LABELS, SUBJECT_KINDS } from '../record/subject-kinds.ts';

/** Searches a reader might start with, offered when the box is empty (only those the texts contain). */
export const SEARCH_EXAMPLES = ['Magnitsky', 'foreign agents', 'GOLOS', 'torture', 'racism', 'civil society'];

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

const KINDS = SUBJECT_KINDS.map((value) => ({ value, label: SUBJECT_KIND_LABELS[value] }));

/** Everything /search/ shows before any search runs. */
export function getSearchPageData(
  rounds: readonly (RoundRecord & { paragraphs: readonly RoundParagraph[] })[],
  urlFor: (path: string) => string,
  { limit, candidates = SEARCH_EXAMPLES }: { limit: number; candidates?: readonly string[] },
): SearchPageData {
  const listing = getRoundListing(rounds, urlFor);
  const text = rounds.flatMap((r) => r.paragraphs.map((p) => p.text.toLowerCase())).join('\n');
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
    examples: candidates.filter((example) => text.includes(example.toLowerCase())),
    kinds: KINDS,
  };
}
