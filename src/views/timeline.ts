/**
 * The timeline, all of it but the drawing: which rounds it marks and how each is named, whether
 * they fit a mark each (else a bar per year), their geometry on the time axis, and the caption
 * in words. RoundTimeline.astro draws the layout as inline SVG at build time (no chart library
 * reaches the reader) and computes nothing. A round known to the day is a point; one known only
 * to the month (or a span of days) is a range with its mark in the middle.
 */
import type { RoundDate } from '../record/round-date.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import { sortRounds } from '../record/round-order.ts';
import { formatRoundDate } from '../format/dates.ts';
import { roundPath } from '../format/urls.ts';
import type { Dictionary, PageLanguage } from '../i18n/index.ts';
import { getHolding, getRoundListing, type Holding } from './round-summary.ts';
import { groupByYear, type YearSummary } from './years.ts';

export interface TimelineInput {
  round: number;
  date: RoundDate;
  hasText: boolean;
  /** What the archive holds of it: its text, its official release, or its public record only. */
  holding: Holding;
  /** Its date was announced and no source reports the meeting (round-schema.ts). */
  scheduled: boolean;
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
  /** The kinds of mark the picture has, in the key's order: only those it draws are explained. */
  key: TimelineKeyEntry[];
}

/** One entry of the timeline's key: a kind of mark the picture draws. */
export type TimelineKeyEntry = Holding | 'range' | 'uncertain' | 'scheduled';

/** Which kinds of mark some rounds have, in the key's order: holdings, then what a date may lack. */
export function timelineKey(
  rounds: readonly Pick<TimelineInput, 'holding' | 'date' | 'scheduled'>[],
): TimelineKeyEntry[] {
  const has: Record<TimelineKeyEntry, boolean> = {
    text: rounds.some((r) => r.holding === 'text'),
    release: rounds.some((r) => r.holding === 'release'),
    record: rounds.some((r) => r.holding === 'record'),
    range: rounds.some((r) => r.date.precision !== 'day'),
    uncertain: rounds.some((r) => r.date.uncertain),
    scheduled: rounds.some((r) => r.scheduled),
  };
  return (Object.keys(has) as TimelineKeyEntry[]).filter((entry) => has[entry]);
}

const DAY = 86_400_000;

/**
 * Places each round at its date between the start of its first year and the end of its last,
 * `unitsPerYear` wide per year: at 80, two rounds four and a half months apart still sit 30
 * units apart, so their 26-unit marks do not touch (closer rounds make the timeline show years,
 * see roundsFitTimeline). The picture is at least `minWidth` wide: two years on 80 units a year
 * would otherwise be a thumbnail.
 */
export function layoutTimeline(
  rounds: readonly TimelineInput[],
  { unitsPerYear = 80, padding = 28, minWidth = 400 } = {},
): TimelineLayout {
  if (!rounds.length) return { width: minWidth, marks: [], years: [], key: [] };
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
    key: timelineKey(rounds),
  };
}

/** Rounds as marks for the timeline picture, each with its link's full accessible name. */
export function toTimelineInputs(rounds: readonly RoundRecord[], language: PageLanguage): TimelineInput[] {
  const { t } = language;
  return sortRounds(rounds).map((record) => {
    const date = formatRoundDate(record.data.date, language);
    const holding = getHolding(record);
    return {
      round: record.data.round,
      date: record.data.date,
      hasText: record.hasText,
      holding,
      scheduled: record.data.scheduled,
      href: language.urlFor(roundPath(record.data.round)),
      // Starts with the mark's visible number as a word, so the name contains the visible label;
      // says what the picture draws: an uncertain day (in the date's words), only scheduled.
      label: t.round.markLabel(
        record.data.round,
        record.data.scheduled ? t.dates.scheduled(date) : date,
        t.round.holding[holding].toLocaleLowerCase(language.intl),
      ),
    };
  });
}

/** The timeline's caption, in words: what a sighted reader takes from the picture. */
export function describeTimeline(rounds: readonly RoundRecord[], language: PageLanguage): string {
  const { t } = language;
  const sorted = sortRounds(rounds);
  if (!sorted.length) return t.timeline.empty;
  const first = sorted[0]!.data;
  const last = sorted.at(-1)!.data;
  const withText = sorted.filter((r) => r.hasText).map((r) => t.round.ordinal(r.data.round));
  const span = t.timeline.span(
    sorted.length,
    formatRoundDate(first.date, language),
    t.round.ordinal(first.round),
    formatRoundDate(last.date, language),
    t.round.ordinal(last.round),
  );
  const texts = withText.length ? t.timeline.withText(withText.join(', ')) : t.timeline.noText;
  return `${span} ${texts}`;
}

/**
 * The width of a round's mark on the timeline, in its units; marks closer than this touch.
 * RoundTimeline.astro draws the marks this wide.
 */
export const TIMELINE_MARK_WIDTH = 26;

/**
 * Whether every round can have its own mark: no more than `limit` rounds, and no two marks
 * closer than a mark's width. Otherwise the timeline shows years.
 */
export function roundsFitTimeline(rounds: readonly TimelineInput[], limit: number): boolean {
  if (rounds.length > limit) return false;
  const xs = layoutTimeline(rounds).marks.map((m) => m.x);
  return xs.every((x, i) => i === 0 || x - xs[i - 1]! >= TIMELINE_MARK_WIDTH);
}

/** The timeline a listing shows: a mark per round where they fit, else a bar per year. */
export type TimelineView =
  | { kind: 'rounds'; layout: TimelineLayout; caption: string }
  | { kind: 'years'; years: YearSummary[]; caption: string };

/** What the year timeline shows, in words. */
export function describeYearTimeline(years: readonly YearSummary[], t: Dictionary): string {
  const [newest, oldest] = [years[0], years.at(-1)];
  if (!newest || !oldest) return t.timeline.empty;
  const total = years.reduce((sum, y) => sum + y.roundCount, 0);
  const busiest = years.reduce((a, b) => (b.roundCount > a.roundCount ? b : a));
  return t.timeline.byYear(total, oldest.year, newest.year, busiest.roundCount, busiest.year);
}

/** Chooses the timeline for all rounds: marks where they fit within `limit`, years otherwise. */
export function getTimelineView(rounds: readonly RoundRecord[], limit: number, language: PageLanguage): TimelineView {
  const marks = toTimelineInputs(rounds, language);
  if (roundsFitTimeline(marks, limit))
    return { kind: 'rounds', layout: layoutTimeline(marks), caption: describeTimeline(rounds, language) };
  const years = groupByYear(getRoundListing(rounds, language), language);
  return { kind: 'years', years, caption: describeYearTimeline(years, language.t) };
}
