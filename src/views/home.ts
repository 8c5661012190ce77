/** Page data of the home page: the latest round, the timeline and the site's search description. */
import type { RoundRecord } from '../record/round-schema.ts';
import { websiteJsonLd } from '../publish/structured-data.ts';
import type { TimelineInput } from './timeline.ts';
import { describeTimeline, getRoundListing, toTimelineInputs, type RoundSummary } from './round-page.ts';

export interface HomePageData {
  latest: RoundSummary | undefined;
  timeline: { rounds: TimelineInput[]; caption: string };
  jsonLd: ReturnType<typeof websiteJsonLd>;
}

/** Everything the home page shows. */
export function getHomePageData(
  rounds: readonly RoundRecord[],
  {
    siteName,
    urlFor,
    absoluteUrlFor,
  }: { siteName: string; urlFor: (path: string) => string; absoluteUrlFor: (path: string) => string },
): HomePageData {
  return {
    latest: getRoundListing(rounds, urlFor)[0],
    timeline: { rounds: toTimelineInputs(rounds, urlFor), caption: describeTimeline(rounds) },
    jsonLd: websiteJsonLd(siteName, absoluteUrlFor('/'), absoluteUrlFor('/search/')),
  };
}
