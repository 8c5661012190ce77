/**
 * The rounds by year: what listings show once the archive holds more rounds than one page can
 * list within a network round trip (LISTING_LIMIT in site.ts), and the page of each year.
 * Pure: the rounds and the language come in as arguments.
 */
import type { RoundRecord } from '../record/round-schema.ts';
import { yearPath } from '../format/urls.ts';
import { getRoundListing, type RoundSummary } from './round-summary.ts';
import type { Dictionary, PageLanguage } from '../i18n/index.ts';

/** One year of the archive, for year indexes and the year timeline. */
export interface YearSummary {
  year: number;
  /** The year's own page: /rounds/years/2013/. */
  href: string;
  roundCount: number;
  withTextCount: number;
  /** "2 rounds, 1 with full text", in the page's language. */
  description: string;
  /** The round numbers it holds: "17–18", or one number. */
  roundRange: string;
  /** Its rounds, newest first. */
  rounds: RoundSummary[];
}

/** Groups a listing (newest first) into years, newest first. */
export function groupByYear(listing: readonly RoundSummary[], language: PageLanguage): YearSummary[] {
  const years = new Map<number, RoundSummary[]>();
  for (const r of listing) years.set(r.year, [...(years.get(r.year) ?? []), r]);
  return [...years].map(([year, rounds]) => {
    const counts = { roundCount: rounds.length, withTextCount: rounds.filter((r) => r.hasText).length };
    const [newest, oldest] = [rounds[0]!.round, rounds.at(-1)!.round];
    return {
      year,
      href: language.urlFor(yearPath(year)),
      ...counts,
      description: describeYear(counts, language.t),
      roundRange: newest === oldest ? String(newest) : `${oldest}–${newest}`,
      rounds,
    };
  });
}

/** "52 rounds, 3 with full text" / "one round, with full text" (in the dictionary's language). */
export function describeYear(
  { roundCount, withTextCount }: Pick<YearSummary, 'roundCount' | 'withTextCount'>,
  t: Dictionary,
): string {
  return t.years.describe(roundCount, withTextCount);
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
