/**
 * A round in short, as every listing shows it (the rounds list, year pages, the home page, search
 * filters, subject pages, the matrix, round navigation): its label, dates, place, holding and
 * link, in the page's language. Pure: the round and the language come in as arguments.
 */
import type { RoundRecord } from '../record/round-schema.ts';
import { describeRoundDate, formatRoundDate, getRoundYear, toIsoDate } from '../format/dates.ts';
import { sortRounds } from '../record/round-order.ts';
import { roundPath } from '../format/urls.ts';
import type { PageLanguage } from '../i18n/index.ts';
import { recordWords } from './record-words.ts';

/** What the archive holds of a round: its full text, a known official release, or only the public record. */
export type Holding = 'text' | 'release' | 'record';

/** Which holding a round has: its text, else its official release, else its public sources only. */
export function getHolding({ data, hasText }: RoundRecord): Holding {
  return hasText ? 'text' : data.source ? 'release' : 'record';
}

/** The short form of a round used in lists, tables, navigation and the timeline. */
export interface RoundSummary {
  round: number;
  /** "18th round" */
  label: string;
  /** "28 November 2013", "October 2008", "3 October 2007 (uncertain)" */
  displayDate: string;
  /** The date in full words, saying what is not known: "October 2008; the day is not recorded". */
  dateWords: string;
  /** "2013-11-28", "2008-10": only the known parts, for <time datetime>. */
  isoDate: string;
  year: number;
  place: string | undefined;
  hasText: boolean;
  holding: Holding;
  holdingLabel: string;
  /** How many public sources the record of the round cites. */
  sourceCount: number;
  summary: string;
  href: string;
}

/**
 * Summarises one round for listings, in a language: the archive's own words (place, summary)
 * come from the round's Russian block on Russian pages.
 */
export function toRoundSummary(record: RoundRecord, language: PageLanguage): RoundSummary {
  const { data, hasText } = record;
  const holding = getHolding(record);
  const { t } = language;
  const date = formatRoundDate(data.date, language);
  const words = recordWords(data, language.locale);
  return {
    round: data.round,
    label: t.round.label(data.round),
    displayDate: data.scheduled ? t.dates.scheduled(date) : date,
    dateWords: describeRoundDate(data.date, { scheduled: data.scheduled, language }),
    isoDate: toIsoDate(data.date),
    year: getRoundYear(data.date),
    place: words.place,
    hasText,
    holding,
    holdingLabel: t.round.holding[holding],
    sourceCount: data.sources.length,
    summary: words.summary,
    href: language.urlFor(roundPath(data.round)),
  };
}

/** All rounds for listings, newest first. */
export function getRoundListing(rounds: readonly RoundRecord[], language: PageLanguage): RoundSummary[] {
  return sortRounds(rounds)
    .reverse()
    .map((r) => toRoundSummary(r, language));
}
