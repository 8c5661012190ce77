/** Page data of the home page: the latest round, the timeline and the site's search description. */
import { PAGES } from '../format/urls.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import { websiteJsonLd } from '../publish/structured-data.ts';
import { getTimelineView, type TimelineView } from './timeline.ts';
import { getRoundListing, type RoundSummary } from './round-summary.ts';
import type { PageLanguage } from '../i18n/index.ts';

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
    limit,
    language,
  }: {
    siteName: string;
    /** The most rounds the timeline marks one by one (LISTING_LIMIT). */
    limit: number;
    language: PageLanguage;
  },
): HomePageData {
  const { counts } = language.t.home;
  const listing = getRoundListing(rounds, language);
  const sourceKeys = new Set(
    rounds.flatMap((r) => r.data.sources.map((s) => s.url ?? `${s.publisher}: ${s.description}`)),
  );
  const years = listing.map((r) => r.year);
  return {
    latest: listing[0],
    counts: [
      [counts.rounds, listing.length] as const,
      [counts.texts, listing.filter((r) => r.holding === 'text').length] as const,
      [counts.releases, listing.filter((r) => r.holding !== 'record').length] as const,
      [counts.sources, sourceKeys.size] as const,
    ].map(([words, value]) => ({ label: words(value), value })),
    span: years.length ? [Math.min(...years), Math.max(...years)] : undefined,
    timeline: getTimelineView(rounds, limit, language),
    jsonLd: websiteJsonLd(siteName, language.absoluteUrlFor(PAGES.home), language.absoluteUrlFor(PAGES.search)),
  };
}
