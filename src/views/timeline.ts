/**
 * Lays rounds out on a time axis for the timeline picture: pure geometry, drawn by
 * RoundTimeline.astro as inline SVG at build time (no chart library reaches the reader).
 */

export interface TimelineInput {
  round: number;
  /** Meeting date. */
  date: Date;
  hasText: boolean;
  href: string;
  /** The link's accessible name, e.g. "18th round, 28 November 2013, full text". */
  label: string;
}

export interface TimelineMark extends TimelineInput {
  /** Horizontal position in viewBox units. */
  x: number;
}

export interface TimelineLayout {
  width: number;
  marks: TimelineMark[];
  /** A tick at the start of each year on the axis. */
  years: { year: number; x: number }[];
}

/**
 * Places each round at its date between the start of its first year and the end of its last:
 * on a 640-unit axis with 40 units of padding, rounds in 2012-2013 put 1 January 2013 near 320.
 * The default, 400 units, keeps labels readable and marks 24 px wide or more on a 320 px phone.
 */
export function layoutTimeline(rounds: readonly TimelineInput[], { width = 400, padding = 28 } = {}): TimelineLayout {
  if (!rounds.length) return { width, marks: [], years: [] };
  const years = rounds.map((r) => r.date.getUTCFullYear());
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years) + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear, 0, 1);
  const x = (time: number) =>
    Math.round((padding + ((time - start) / (end - start)) * (width - 2 * padding)) * 10) / 10;
  return {
    width,
    marks: [...rounds]
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map((r) => ({ ...r, x: x(r.date.getTime()) })),
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({
      year: firstYear + i,
      x: x(Date.UTC(firstYear + i, 0, 1)),
    })),
  };
}
