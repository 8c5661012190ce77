/**
 * Lays rounds out on a time axis for the timeline picture: pure geometry, drawn by
 * RoundTimeline.astro as inline SVG at build time (no chart library reaches the reader).
 * A round known to the day is a point; one known only to the month (or a span of days) is
 * drawn as a range with its mark in the middle.
 */
import type { RoundDate } from '../record/round-date.ts';

export interface TimelineInput {
  round: number;
  date: RoundDate;
  hasText: boolean;
  href: string;
  /** The link's accessible name, e.g. "Round 18, 28 November 2013, full text". */
  label: string;
}

export interface TimelineMark extends TimelineInput {
  /** Horizontal position of the mark, in viewBox units (1 unit = 1 CSS pixel at the picture's natural width). */
  x: number;
  /** Where the date's range starts and ends on the axis (equal for a known day). */
  from: number;
  to: number;
}

export interface TimelineLayout {
  width: number;
  marks: TimelineMark[];
  /** A tick at the start of each year on the axis. */
  years: { year: number; x: number }[];
}

const DAY = 86_400_000;

/**
 * Places each round at its date between the start of its first year and the end of its last,
 * `unitsPerYear` wide per year: at 80, two rounds four and a half months apart (the closest on
 * record) still sit 30 units apart, so their 26-unit marks never touch. The picture is at least
 * `minWidth` wide: rounds 2012–2013 on 80 units a year would otherwise be a thumbnail.
 */
export function layoutTimeline(
  rounds: readonly TimelineInput[],
  { unitsPerYear = 80, padding = 28, minWidth = 400 } = {},
): TimelineLayout {
  if (!rounds.length) return { width: minWidth, marks: [], years: [] };
  const firstYear = Math.min(...rounds.map((r) => r.date.earliest.getUTCFullYear()));
  const lastYear = Math.max(...rounds.map((r) => r.date.latest.getUTCFullYear())) + 1;
  const width = Math.max(minWidth, (lastYear - firstYear) * unitsPerYear + 2 * padding);
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear, 0, 1);
  const x = (time: number) =>
    Math.round((padding + ((time - start) / (end - start)) * (width - 2 * padding)) * 10) / 10;
  return {
    width,
    marks: [...rounds]
      .sort((a, b) => a.date.earliest.getTime() - b.date.earliest.getTime() || a.round - b.round)
      .map((r) => {
        const from = x(r.date.earliest.getTime());
        const to = x(r.date.latest.getTime() + DAY - 1);
        return {
          ...r,
          from,
          to: r.date.precision === 'day' ? from : to,
          x: r.date.precision === 'day' ? from : (from + to) / 2,
        };
      }),
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({
      year: firstYear + i,
      x: x(Date.UTC(firstYear + i, 0, 1)),
    })),
  };
}
