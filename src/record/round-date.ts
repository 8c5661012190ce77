/**
 * A round's date as the public record gives it, in the Library of Congress Extended Date/Time
 * Format (EDTF, level 1), parsed by the `edtf` package: "2013-11-28" (the day is known),
 * "2008-10" (only the month), "2007-10-03?" (uncertain), "2009-05-25/2009-05-26" (a span).
 * Pure: strings in, values out.
 */
import edtf from 'edtf';
import type { RoundDate } from '../format/dates.ts';

export type { RoundDate };

const PRECISION = { 1: 'year', 2: 'month', 3: 'day' } as const;

/**
 * Reads an EDTF date; returns undefined for anything that is not a single date or a closed
 * interval of days at level 1 (sets, seasons and open intervals are not used for rounds):
 * "2008-10" -> { precision: 'month', earliest: 2008-10-01, latest: 2008-10-31 }.
 */
export function parseRoundDate(text: string): RoundDate | undefined {
  let value: ReturnType<typeof edtf>;
  try {
    value = edtf(text);
  } catch {
    return undefined;
  }
  if (value.type !== 'Date' && value.type !== 'Interval') return undefined;
  if (!Number.isFinite(value.min) || !Number.isFinite(value.max)) return undefined;
  if (/X/i.test(text)) return undefined; // unspecified digits: say "2009-05" instead
  const day = (ms: number) => new Date(Math.floor(ms / 86_400_000) * 86_400_000);
  return {
    edtf: text,
    earliest: day(value.min),
    latest: day(value.max),
    precision: value.type === 'Interval' ? 'span' : PRECISION[(value.precision ?? 3) as 1 | 2 | 3],
    uncertain: Boolean(value.uncertain?.value) || text.includes('?'),
  };
}

/** Whether two dates cannot both be right for rounds in this order: `later` ends before `earlier` begins. */
export function datesContradictOrder(earlier: RoundDate, later: RoundDate): boolean {
  return later.latest.getTime() < earlier.earliest.getTime();
}
