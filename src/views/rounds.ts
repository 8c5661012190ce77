/** Page data of /rounds/: every round, newest first, with the timeline. */
import type { RoundRecord } from '../record/round-schema.ts';
import type { TimelineInput } from './timeline.ts';
import { describeTimeline, getRoundListing, toTimelineInputs, type RoundSummary } from './round-page.ts';

export interface RoundsPageData {
  rounds: RoundSummary[];
  /** The rounds grouped by year, newest first. */
  years: { year: number; rounds: RoundSummary[] }[];
  /** How many rounds the archive holds the text of. */
  withTextCount: number;
  /** What the listing holds, in a sentence or two. */
  lede: string;
  description: string;
  timeline: { rounds: TimelineInput[]; caption: string };
}

const count = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;

/**
 * What the archive holds, in words: "18 rounds, newest first: the full text of one, the official
 * release of three, and the public record of the other 14."
 */
export function describeHoldings(rounds: readonly RoundSummary[]): string {
  const by = (holding: RoundSummary['holding']) => rounds.filter((r) => r.holding === holding).length;
  const parts = [
    by('text') && `the full text of ${count(by('text'), 'round', 'rounds')}`,
    by('release') && `the official release of ${count(by('release'), 'round', 'rounds')} (linked)`,
    by('record') && `the public record of ${count(by('record'), 'round', 'rounds')}, each fact with its sources`,
  ].filter(Boolean);
  const list = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(parts as string[]);
  return `${rounds.length} rounds, newest first. The archive holds ${list}.`;
}

/** Everything /rounds/ shows. */
export function getRoundsPageData(rounds: readonly RoundRecord[], urlFor: (path: string) => string): RoundsPageData {
  const listing = getRoundListing(rounds, urlFor);
  return {
    rounds: listing,
    years: [...new Set(listing.map((r) => r.year))].map((year) => ({
      year,
      rounds: listing.filter((r) => r.year === year),
    })),
    withTextCount: listing.filter((r) => r.hasText).length,
    lede: describeHoldings(listing),
    description: `All ${listing.length} rounds of the EU–Russian Federation human rights consultations in the archive, newest first, with date, place and whether the text is held.`,
    timeline: { rounds: toTimelineInputs(rounds, urlFor), caption: describeTimeline(rounds) },
  };
}
