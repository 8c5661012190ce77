/** Page data of the home page: the latest round, the timeline and the site's search description. */
import type { RoundRecord } from '../record/round-schema.ts';
import { websiteJsonLd } from '../publish/structured-data.ts';
import { getTimelineView, type TimelineView } from './years.ts';
import { getRoundListing, type RoundSummary } from './round-page.ts';

export interface HomePageData {
  latest: RoundSummary | undefined;
  /** What the archive holds, in numbers. */
  counts: { label: string; value: number }[];
  /** The years the rounds span: [2005, 2013]. */
  span: [number, number] | undefined;
  timeline: TimelineView;
  jsonLd: ReturnType<typeof websiteJsonLd>;
}

/** Everything the home page shows. */
export function getHomePageData(
  rounds: readonly RoundRecord[],
  {
    siteName,
    urlFor,
    absoluteUrlFor,
    limit,
  }: {
    siteName: string;
    urlFor: (path: string) => string;
    absoluteUrlFor: (path: string) => string;
    /** The most rounds the timeline marks one by one (LISTING_LIMIT). */
    limit: number;
  },
): HomePageData {
  const listing = getRoundListing(rounds, urlFor);
  const sourceKeys = new Set(
    rounds.flatMap((r) => r.data.sources.map((s) => s.url ?? `${s.publisher}: ${s.description}`)),
  );
  const years = listing.map((r) => r.year);
  return {
    latest: listing[0],
    counts: [
      { label: 'rounds on record', value: listing.length },
      { label: 'full texts', value: listing.filter((r) => r.holding === 'text').length },
      { label: 'official releases known', value: listing.filter((r) => r.holding !== 'record').length },
      { label: 'public sources cited', value: sourceKeys.size },
    ],
    span: years.length ? [Math.min(...years), Math.max(...years)] : undefined,
    timeline: getTimelineView(rounds, urlFor, limit),
    jsonLd: websiteJsonLd(siteName, absoluteUrlFor('/'), absoluteUrlFor('/search/')),
  };
}
