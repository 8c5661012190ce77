/** timeline.ts: which rounds the timeline marks, how each is named, and where it sits. */
import { describe, expect, test } from 'vitest';
import {
  describeTimeline,
  layoutTimeline,
  roundsFitTimeline,
  TIMELINE_MARK_WIDTH,
  toTimelineInputs,
  type TimelineInput,
} from '../../src/views/timeline.ts';
import { createPageLanguage } from '../../src/i18n/index.ts';
import { makeRound, twoRounds } from '../support/round-data.ts';
import { parseRoundDate } from '../../src/record/round-date.ts';

const round = (n: number, edtf: string, hasText = false): TimelineInput => ({
  round: n,
  date: parseRoundDate(edtf)!,
  hasText,
  holding: hasText ? 'text' : 'record',
  scheduled: false,
  href: `/rounds/${n}/`,
  label: `${n}`,
});

test('spans whole years, with a tick at the start of each, 80 units a year', () => {
  const layout = layoutTimeline([round(15, '2012-07-20'), round(18, '2013-11-28', true)], { padding: 40, minWidth: 0 });
  expect(layout.width).toBe(240);
  expect(layout.years).toEqual([
    { year: 2012, x: 40 },
    { year: 2013, x: 120.1 }, // just past 80 units: 2012 is a leap year, one day longer than 2013
    { year: 2014, x: 200 },
  ]);
});

test('places rounds by date, oldest first, whatever order they come in', () => {
  const layout = layoutTimeline([round(18, '2013-11-28', true), round(15, '2012-07-20')]);
  expect(layout.marks.map((m) => m.round)).toEqual([15, 18]);
  expect(layout.marks[1]!.x).toBeGreaterThan(layout.marks[0]!.x);
});

test('a month-only date is a range over the month with its mark in the middle; a known day is a point', () => {
  const [month, day] = layoutTimeline([round(8, '2008-10'), round(9, '2009-05-12')], { padding: 0, minWidth: 0 }).marks;
  expect(month!.to - month!.from).toBeCloseTo((80 * 31) / 366, 0); // 31 days of 2008's 366
  expect(month!.x).toBeCloseTo((month!.from + month!.to) / 2, 5);
  expect(day!.from).toBe(day!.to);
});

test('the closest rounds on record (four and a half months apart) keep their 26-unit marks apart', () => {
  const [a, b] = layoutTimeline([round(15, '2012-07-20'), round(16, '2012-12-07')]).marks;
  expect(b!.x - a!.x).toBeGreaterThan(26);
});

test('is never narrower than its minimum width', () => {
  expect(layoutTimeline([round(1, '2005-03-01')]).width).toBe(400);
});

test('draws nothing for no rounds', () => {
  expect(layoutTimeline([])).toEqual({ width: 400, marks: [], years: [], key: [] });
});

describe('marks, their names and the choice between marks and years', () => {
  const english = createPageLanguage('en', { base: '/archive/', site: 'https://x.org' });
  const [r1, r2] = twoRounds();

  test('names each timeline mark fully and describes the picture in words', () => {
    expect(toTimelineInputs([r2, r1], english).map((m) => m.label)).toEqual([
      'Round 1, 1 March 2001, official release known',
      'Round 2, 8 September 2001, full text',
    ]);
    expect(describeTimeline([r2, r1], english)).toBe(
      '2 rounds from 1 March 2001 (1st) to 8 September 2001 (2nd). Rounds with their full text here: 2nd.',
    );
  });

  test('a scheduled round’s name says so, as its uncertain day says it is uncertain', () => {
    const scheduled = { ...r1, data: { ...r1.data, scheduled: true } };
    const uncertain = { ...r2, data: { ...r2.data, date: parseRoundDate('2001-09-08?')! } };
    expect(toTimelineInputs([scheduled, uncertain], english).map((m) => m.label)).toEqual([
      'Round 1, 1 March 2001 (scheduled), official release known',
      'Round 2, 8 September 2001 (uncertain), full text',
    ]);
  });

  test('the key names exactly the kinds of mark drawn, holdings first', () => {
    const key = (inputs: TimelineInput[]) => layoutTimeline(inputs).key;
    expect(key([round(1, '2005-03-01', true)])).toEqual(['text']);
    expect(key([round(1, '2005-03-01'), round(2, '2005-10', true)])).toEqual(['text', 'record', 'range']);
    expect(
      key([
        { ...round(1, '2005-03-01?'), holding: 'release' },
        { ...round(2, '2005-10-01/2005-10-02'), scheduled: true },
      ]),
    ).toEqual(['release', 'record', 'range', 'uncertain', 'scheduled']);
  });

  const rounds = [makeRound(1, '2001-03-01'), makeRound(2, '2001-09-08', {}, true), makeRound(3, '2003-05-01')];
  test('rounds fit the timeline until there are more than the limit or two marks would touch', () => {
    const inputs = toTimelineInputs(rounds, english);
    expect(roundsFitTimeline(inputs, 3)).toBe(true);
    expect(roundsFitTimeline(inputs, 2)).toBe(false);
    // Weekly rounds: far fewer than the limit, but their marks would overlap.
    const weekly = toTimelineInputs(
      [1, 2, 3, 4].map((n) => makeRound(n, `2005-01-0${n + 1}`)),
      english,
    );
    const xs = layoutTimeline(weekly).marks.map((m) => m.x);
    expect(xs[1]! - xs[0]!).toBeLessThan(TIMELINE_MARK_WIDTH);
    expect(roundsFitTimeline(weekly, 100)).toBe(false);
  });
});
