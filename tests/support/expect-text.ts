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

/** A meeting date as the Council's releases write it: 2013-11-28 -> "28 November 2013". */
export function writtenDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** YYYY-MM-DD of a YAML date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st" … */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
