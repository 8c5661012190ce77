import { expect, test } from 'vitest';
import { layoutTimeline, type TimelineInput } from '../../src/views/timeline.ts';
import { parseRoundDate } from '../../src/record/round-date.ts';

const round = (n: number, edtf: string, hasText = false): TimelineInput => ({
  round: n,
  date: parseRoundDate(edtf)!,
  hasText,
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
  expect(layoutTimeline([])).toEqual({ width: 400, marks: [], years: [] });
});
