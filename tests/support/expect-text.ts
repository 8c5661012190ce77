import type { RoundDate } from '../../src/record/round-date.ts';

/**
 * How the tests expect dates and ordinals to read, written independently of the site's own
 * formatters so that a change to those shows up as a failing test.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as lists show it: 2013-11-28 -> "28 November 2013"; a month-only date (2008-10) ->
 * "October 2008"; an uncertain one gets "(uncertain)".
 */
export function writtenDate(date: Date | RoundDate): string {
  if (date instanceof Date) return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  const d = date.earliest;
  const words = date.precision === 'month' ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : writtenDate(d);
  return date.uncertain ? `${words} (uncertain)` : words;
}

/** A round's date as its listing shows it, a scheduled date marked: "17 November 2010 (scheduled)". */
export function listedDate(data: { date: RoundDate; scheduled: boolean }): string {
  return `${writtenDate(data.date)}${data.scheduled ? ' (scheduled)' : ''}`;
}

/** The known parts of a round's date, for <time datetime>: "2013-11-28", "2008-10". */
export function isoDay(date: RoundDate): string {
  return date.precision === 'month' ? date.edtf.slice(0, 7) : date.earliest.toISOString().slice(0, 10);
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st" … */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
