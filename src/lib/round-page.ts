/**
 * Page data: everything a page shows, computed once from the rounds and handed to components,
 * which only render. Pure: the rounds and `urlFor` come in as arguments.
 */
import type { RoundData } from './round-schema.ts';
import { formatRoundDate, getRoundYear, toIsoDate } from './dates.ts';
import { formatOrdinal } from './ordinals.ts';
import { getRoundNavigation, sortRounds } from './round-navigation.ts';
import { roundPath } from './urls.ts';

/** A round as the pages see it: validated frontmatter plus whether the archive holds its text. */
export interface RoundRecord {
  data: RoundData;
  hasText: boolean;
}

/** The short form of a round used in lists, tables, navigation and the timeline. */
export interface RoundSummary {
  round: number;
  /** "18th round" */
  label: string;
  /** "28 November 2013" */
  displayDate: string;
  /** "2013-11-28" */
  isoDate: string;
  year: number;
  place: string | undefined;
  hasText: boolean;
  summary: string;
  href: string;
}

/** Summarises one round for listings. */
export function toRoundSummary({ data, hasText }: RoundRecord, urlFor: (path: string) => string): RoundSummary {
  return {
    round: data.round,
    label: `${formatOrdinal(data.round)} round`,
    displayDate: formatRoundDate(data.date),
    isoDate: toIsoDate(data.date),
    year: getRoundYear(data.date),
    place: data.place,
    hasText,
    summary: data.summary,
    href: urlFor(roundPath(data.round)),
  };
}

/** All rounds for listings, newest first. */
export function getRoundListing(rounds: readonly RoundRecord[], urlFor: (path: string) => string): RoundSummary[] {
  return sortRounds(rounds).reverse().map((r) => toRoundSummary(r, urlFor));
}

/** One entry of a release's list of previous consultations, linked here and to the original. */
export interface PreviousConsultation {
  label: string;
  displayDate: string;
  isoDate: string;
  href: string;
  sourceUrl: string;
}

/** Everything the round page shows. */
export interface RoundPageData extends RoundSummary {
  /** The `<title>`: unique per round. */
  documentTitle: string;
  /** The release title, verbatim, where the archive has the text. */
  releaseTitle: string | undefined;
  source: RoundData['source'];
  nextExpected: string | undefined;
  previousConsultations: PreviousConsultation[];
  navigation: { previous: RoundSummary | undefined; next: RoundSummary | undefined };
}

/** Builds the data of one round's page from that round and all rounds. */
export function getRoundPageData(
  record: RoundRecord,
  rounds: readonly RoundRecord[],
  urlFor: (path: string) => string,
): RoundPageData {
  const summary = toRoundSummary(record, urlFor);
  const { previous, next } = getRoundNavigation(record.data.round, rounds);
  return {
    ...summary,
    documentTitle: `${summary.label}, ${summary.displayDate}`,
    releaseTitle: record.data.title,
    source: record.data.source,
    nextExpected: record.data.nextExpected,
    previousConsultations: record.data.previous.map((entry) => ({
      label: `${formatOrdinal(entry.round)} round`,
      displayDate: formatRoundDate(entry.date),
      isoDate: toIsoDate(entry.date),
      href: urlFor(roundPath(entry.round)),
      sourceUrl: entry.url,
    })),
    navigation: {
      previous: previous && toRoundSummary(previous, urlFor),
      next: next && toRoundSummary(next, urlFor),
    },
  };
}
