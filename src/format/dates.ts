/**
 * Dates in words and for machines. Calendar days are midnight UTC (YAML reads `2013-11-28` so),
 * and every function here reads and writes in UTC: a reader in Vladivostok or Los Angeles sees
 * the same day. A round's date may be partial or uncertain (see src/record/round-date.ts): the
 * words then say what is known and no more.
 */
import { EN_DATE_WORDS, type DateWords } from './date-words.ts';

/** A round's date, read: what it says, and the earliest and latest days it can mean. */
export interface RoundDate {
  /** The EDTF text as written in the round file: "2008-10". */
  edtf: string;
  /** The first and last day the date can mean (midnight UTC). */
  earliest: Date;
  latest: Date;
  /** How precisely the record gives it. */
  precision: 'day' | 'month' | 'year' | 'span';
  /** Marked "?" in the record: a source gives it, but doubtfully or indirectly. */
  uncertain: boolean;
}

/** What formatting a date needs of a language: its Intl tag and its words for what is not known. */
export interface DateLanguage {
  intl: string;
  t: { dates: DateWords };
}

/**
 * English dates, for what is English whatever the page's language: citations, the feed, the
 * search index's paragraph titles. Pages pass their own language; there is no default.
 */
export const ENGLISH_DATES: DateLanguage = { intl: 'en-GB', t: { dates: EN_DATE_WORDS } };
const formats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();
/** One pair of formatters per language, made once: 28 November 2013 / 28 ноября 2013 г. */
function formatsFor(intl: string) {
  let pair = formats.get(intl);
  if (!pair)
    formats.set(
      intl,
      (pair = {
        day: new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
        month: new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      }),
    );
  return pair;
}

const isRoundDate = (date: Date | RoundDate): date is RoundDate => !(date instanceof Date);

/**
 * A date in short words, as lists and headings show it, in the given language: 2013-11-28 -> "28 November 2013" ("28 ноября 2013 г."); 2008-10 -> "October 2008";
 * 2007-10-03? -> "3 October 2007 (uncertain)"; 2009-05-25/2009-05-26 -> "25–26 May 2009".
 */
export function formatRoundDate(date: Date | RoundDate, language: DateLanguage): string {
  const { day, month } = formatsFor(language.intl);
  if (!isRoundDate(date)) return day.format(date);
  if (date.precision === 'span') return day.formatRange(date.earliest, date.latest);
  const words =
    date.precision === 'day'
      ? day.format(date.earliest)
      : date.precision === 'month'
        ? month.format(date.earliest)
        : String(date.earliest.getUTCFullYear());
  return date.uncertain ? language.t.dates.uncertain(words) : words;
}

/**
 * A date in full words, saying what the record does not know:
 * 2008-10 -> "October 2008; the day is not recorded";
 * 2007-10-03? -> "3 October 2007 (uncertain: see the sources)";
 * with `scheduled`: "17 November 2010, the scheduled date; no source reports the meeting afterwards".
 */
export function describeRoundDate(
  date: RoundDate,
  { scheduled = false, language }: { scheduled?: boolean; language: DateLanguage },
): string {
  const { dates } = language.t;
  let words = formatRoundDate({ ...date, uncertain: false }, language);
  if (date.uncertain) words = dates.uncertainFull(words);
  if (date.precision === 'month') words = dates.dayUnknown(words);
  if (date.precision === 'year') words = dates.monthUnknown(words);
  if (!scheduled) return words;
  return date.precision === 'span' ? dates.scheduledDaysFull(words) : dates.scheduledFull(words);
}

/**
 * The machine-readable form for `<time datetime>`, data files and schema.org, with only the
 * known parts: -> "2013-11-28", "2008-10", "2005"; a span gives its first day.
 */
export function toIsoDate(date: Date | RoundDate): string {
  if (!isRoundDate(date)) return date.toISOString().slice(0, 10);
  const iso = date.earliest.toISOString();
  return date.precision === 'month' ? iso.slice(0, 7) : date.precision === 'year' ? iso.slice(0, 4) : iso.slice(0, 10);
}

/** The known parts of a date as numbers: 2008-10 -> [2008, 10]; 2013-11-28 -> [2013, 11, 28]. */
export function dateParts(date: Date | RoundDate): number[] {
  return toIsoDate(date).split('-').map(Number);
}

/** The calendar year a round's date falls in (its first possible day's): 2013-11-28 -> 2013. */
export function getRoundYear(date: Date | RoundDate): number {
  return (isRoundDate(date) ? date.earliest : date).getUTCFullYear();
}

/** The first day a date can mean, for sorting and positions on a time axis. */
export function earliestDay(date: Date | RoundDate): Date {
  return isRoundDate(date) ? date.earliest : date;
}
