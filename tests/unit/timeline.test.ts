import { expect, test } from 'vitest';
import { layoutTimeline, type TimelineInput } from '../../src/views/timeline.ts';

const round = (n: number, iso: string, hasText = false): TimelineInput => ({
  round: n,
  date: new Date(`${iso}T00:00:00Z`),
  hasText,
  href: `/rounds/${n}/`,
  label: `${n}`,
});

test('spans whole years, with a tick at the start of each', () => {
  const layout = layoutTimeline([round(15, '2012-07-20'), round(18, '2013-11-28', true)], { width: 640, padding: 40 });
  expect(layout.years).toEqual([
    { year: 2012, x: 40 },
    { year: 2013, x: 320.4 }, // just past half-way: 2012 is a leap year, one day longer than 2013
    { year: 2014, x: 600 },
  ]);
});

test('places rounds by date, oldest first, whatever order they come in', () => {
  const layout = layoutTimeline([round(18, '2013-11-28', true), round(15, '2012-07-20')], { width: 640, padding: 40 });
  expect(layout.marks.map((m) => m.round)).toEqual([15, 18]);
  expect(layout.marks[0]!.x).toBeGreaterThan(40);
  expect(layout.marks[1]!.x).toBeLessThan(600);
  expect(layout.marks[1]!.x).toBeGreaterThan(layout.marks[0]!.x);
});

test('draws nothing for no rounds', () => {
  expect(layoutTimeline([])).toEqual({ width: 400, marks: [], years: [] });
});
