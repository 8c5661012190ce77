/** Page data of /rounds/: every round, newest first, with the timeline. */
import type { RoundRecord } from '../record/round-schema.ts';
import type { TimelineInput } from './timeline.ts';
import { describeTimeline, getRoundListing, toTimelineInputs, type RoundSummary } from './round-page.ts';

export interface RoundsPageData {
  rounds: RoundSummary[];
  /** How many rounds the archive holds the text of. */
  withTextCount: number;
  description: string;
  timeline: { rounds: TimelineInput[]; caption: string };
}

/** Everything /rounds/ shows. */
export function getRoundsPageData(rounds: readonly RoundRecord[], urlFor: (path: string) => string): RoundsPageData {
  const listing = getRoundListing(rounds, urlFor);
  return {
    rounds: listing,
    withTextCount: listing.filter((r) => r.hasText).length,
    description: `All ${listing.length} rounds of the EU–Russian Federation human rights consultations in the archive, newest first, with date, place and whether the text is held.`,
    timeline: { rounds: toTimelineInputs(rounds, urlFor), caption: describeTimeline(rounds) },
  };
}
