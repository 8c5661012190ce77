/**
 * Dates in the archive are calendar days. YAML turns `2013-11-28` into midnight UTC, so every
 * function here reads and writes in UTC: a reader in Vladivostok or Los Angeles sees the same day.
 */

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formats a meeting date the way the Council's releases write it: 2013-11-28 -> "28 November 2013". */
export function formatRoundDate(date: Date): string {
  return longDate.format(date);
}

/** The machine-readable day for `<time datetime>` and data files: -> "2013-11-28". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar year of a meeting date, in UTC: 2013-11-28 -> 2013. */
export function getRoundYear(date: Date): number {
  return date.getUTCFullYear();
}
