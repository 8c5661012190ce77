/**
 * Page data of /rounds/: every round, newest first, by year, with the timeline; past `limit`
 * rounds, the years only, each linking to its own page (see years.ts).
 */
import type { RoundRecord } from '../record/round-schema.ts';
import { getRoundListing, type RoundSummary } from './round-summary.ts';
import { groupByYear, type YearSummary } from './years.ts';
import { getTimelineView, type TimelineView } from './timeline.ts';
import type { PageLanguage } from '../i18n/index.ts';

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

/**
 * What the archive holds, in words: "18 rounds, newest first. The archive holds the full text of
 * one round, the official release of three rounds (linked) and the public record of 14 rounds, …"
 */
export function describeHoldings(rounds: readonly RoundSummary[], byYear = false, language: PageLanguage): string {
  const by = (holding: RoundSummary['holding']) => rounds.filter((r) => r.holding === holding).length;
  return language.t.rounds.holdings(rounds.length, byYear, by('text'), by('release'), by('record'));
}

/** Everything /rounds/ shows. */
export function getRoundsPageData(
  rounds: readonly RoundRecord[],
  { limit, language }: { limit: number; language: PageLanguage },
): RoundsPageData {
  const listing = getRoundListing(rounds, language);
  const listsEveryRound = listing.length <= limit;
  return {
    rounds: listing,
    years: groupByYear(listing, language),
    listsEveryRound,
    withTextCount: listing.filter((r) => r.hasText).length,
    lede: describeHoldings(listing, !listsEveryRound, language),
    description: language.t.rounds.description(listing.length, listsEveryRound),
    timeline: getTimelineView(rounds, limit, language),
  };
}
