/**
 * The rounds by year: what listings show once the archive holds more rounds than one page can
 * list within a network round trip (LISTING_LIMIT in site.ts), and the page of each year.
 * Pure: the rounds, `urlFor` and the limit come in as arguments.
 */
import type { RoundRecord } from '../record/round-schema.ts';
import { yearPath } from '../format/urls.ts';
import { describeTimeline, getRoundListing, toTimelineInputs, type RoundSummary } from './round-page.ts';
import { layoutTimeline, type TimelineInput } from './timeline.ts';
import type { Dictionary, PageLanguage } from '../i18n/index.ts';

/** One year of the archive, for year indexes and the year timeline. */
export interface YearSummary {
  year: number;
  /** The year's own page: /rounds/years/2013/. */
  href: string;
  roundCount: number;
  withTextCount: number;
  /** Its rounds, newest first. */
  rounds: RoundSummary[];
}

/** Groups a listing (newest first) into years, newest first. */
export function groupByYear(listing: readonly RoundSummary[], language: PageLanguage): YearSummary[] {
  const years = new Map<number, RoundSummary[]>();
  for (const r of listing) years.set(r.year, [...(years.get(r.year) ?? []), r]);
  return [...years].map(([year, rounds]) => ({
    year,
    href: language.urlFor(yearPath(year)),
    roundCount: rounds.length,
    withTextCount: rounds.filter((r) => r.hasText).length,
    rounds,
  }));
}

/** "52 rounds, 3 with full text" / "one round, with full text" (in the dictionary's language). */
export function describeYear(
  { roundCount, withTextCount }: Pick<YearSummary, 'roundCount' | 'withTextCount'>,
  t: Dictionary,
): string {
  return t.years.describe(roundCount, withTextCount);
}

/**
 * The width of a round's mark on the timeline, in its units; marks closer than this touch.
 * Shared with RoundTimeline.astro, which draws the marks.
 */
export const TIMELINE_MARK_WIDTH = 26;

/**
 * Whether every round can have its own mark: no more than `limit` rounds, and no two marks
 * closer than a mark's width. Otherwise the timeline shows years.
 */
export function roundsFitTimeline(rounds: readonly TimelineInput[], limit: number): boolean {
  if (rounds.length > limit) return false;
  const xs = layoutTimeline(rounds).marks.map((m) => m.x);
  return xs.every((x, i) => i === 0 || x - xs[i - 1]! >= TIMELINE_MARK_WIDTH);
}

/** The timeline a listing shows: a mark per round where they fit, else a bar per year. */
export type TimelineView =
  | { kind: 'rounds'; rounds: TimelineInput[]; caption: string }
  | { kind: 'years'; years: YearSummary[]; caption: string };

/** What the year timeline shows, in words. */
export function describeYearTimeline(years: readonly YearSummary[], t: Dictionary): string {
  const [newest, oldest] = [years[0], years.at(-1)];
  if (!newest || !oldest) return t.timeline.empty;
  const total = years.reduce((sum, y) => sum + y.roundCount, 0);
  const busiest = years.reduce((a, b) => (b.roundCount > a.roundCount ? b : a));
  return t.timeline.byYear(total, oldest.year, newest.year, busiest.roundCount, busiest.year);
}

/** Chooses the timeline for all rounds: marks where they fit within `limit`, years otherwise. */
export function getTimelineView(rounds: readonly RoundRecord[], limit: number, language: PageLanguage): TimelineView {
  const marks = toTimelineInputs(rounds, language);
  if (roundsFitTimeline(marks, limit))
    return { kind: 'rounds', rounds: marks, caption: describeTimeline(rounds, language) };
  const years = groupByYear(getRoundListing(rounds, language), language);
  return { kind: 'years', years, caption: describeYearTimeline(years, language.t) };
}

/** Everything a year's page shows. */
export interface YearPageData extends YearSummary {
  title: string;
  description: string;
  lede: string;
  previous: { label: string; href: string } | undefined;
  next: { label: string; href: string } | undefined;
}

/** The data of every year's page, oldest year first. */
export function getYearPages(rounds: readonly RoundRecord[], language: PageLanguage): YearPageData[] {
  const { t } = language;
  const years = groupByYear(getRoundListing(rounds, language), language).reverse();
  const link = (y: YearSummary | undefined) => y && { label: String(y.year), href: y.href };
  return years.map((y, i) => ({
    ...y,
    title: t.years.title(y.year),
    description: t.years.description(y.year, describeYear(y, t)),
    lede: t.years.lede(describeYear(y, t), y.roundCount > 1),
    previous: link(years[i - 1]),
    next: link(years[i + 1]),
  }));
}
