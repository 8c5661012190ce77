/**
 * Page data of /rounds/: every round, newest first, by year, with the timeline; past `limit`
 * rounds, the years only, each linking to its own page (see years.ts).
 */
import type { RoundRecord } from '../record/round-schema.ts';
import { getRoundListing, type RoundSummary } from './round-page.ts';
import { getTimelineView, groupByYear, type TimelineView, type YearSummary } from './years.ts';

export interface RoundsPageData {
  rounds: RoundSummary[];
  /** The rounds grouped by year, newest first. */
  years: YearSummary[];
  /** Whether the page lists every round (else only the years, each linking to its page). */
  listsEveryRound: boolean;
  /** How many rounds the archive holds the text of. */
  withTextCount: number;
  /** What the listing holds, in a sentence or two. */
  lede: string;
  description: string;
  timeline: TimelineView;
}

const count = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;

/**
 * What the archive holds, in words: "18 rounds, newest first: the full text of one, the official
 * release of three, and the public record of the other 14."
 */
export function describeHoldings(rounds: readonly RoundSummary[], order = 'newest first'): string {
  const by = (holding: RoundSummary['holding']) => rounds.filter((r) => r.holding === holding).length;
  const parts = [
    by('text') && `the full text of ${count(by('text'), 'round', 'rounds')}`,
    by('release') && `the official release of ${count(by('release'), 'round', 'rounds')} (linked)`,
    by('record') && `the public record of ${count(by('record'), 'round', 'rounds')}, each fact with its sources`,
  ].filter(Boolean);
  const list = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(parts as string[]);
  return `${rounds.length} rounds, ${order}. The archive holds ${list}.`;
}

/** Everything /rounds/ shows. */
export function getRoundsPageData(
  rounds: readonly RoundRecord[],
  urlFor: (path: string) => string,
  { limit }: { limit: number },
): RoundsPageData {
  const listing = getRoundListing(rounds, urlFor);
  const listsEveryRound = listing.length <= limit;
  return {
    rounds: listing,
    years: groupByYear(listing, urlFor),
    listsEveryRound,
    withTextCount: listing.filter((r) => r.hasText).length,
    lede: describeHoldings(listing, listsEveryRound ? 'newest first' : 'by year, newest first'),
    description: `All ${listing.length} rounds of the EU–Russian Federation human rights consultations in the archive, ${listsEveryRound ? 'newest first' : 'by year'}, with date, place and whether the text is held.`,
    timeline: getTimelineView(rounds, urlFor, limit),
  };
}
