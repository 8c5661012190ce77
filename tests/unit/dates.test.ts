import { expect, test } from 'vitest';
import { formatRoundDate, getRoundYear, toIsoDate } from '../../src/format/dates.ts';

// YAML reads `2013-11-28` as midnight UTC; these are the Date objects the schema hands on.
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

test.each([
  ['2013-11-28', '28 November 2013'], // round 18, as its release writes the date
  ['2012-12-07', '7 December 2012'], // no leading zero on the day
  ['2012-07-20', '20 July 2012'],
])('formats %s as "%s"', (iso, expected) => {
  expect(formatRoundDate(utc(iso))).toBe(expected);
});

test('keeps the calendar day whatever the reader’s time zone (UTC throughout)', () => {
  // Just before midnight UTC is still the 28th, even where local time is already the 29th.
  expect(formatRoundDate(new Date('2013-11-28T23:30:00Z'))).toBe('28 November 2013');
  expect(toIsoDate(new Date('2013-11-28T23:30:00Z'))).toBe('2013-11-28');
});

test('writes the machine-readable day for <time datetime>', () => {
  expect(toIsoDate(utc('2013-05-17'))).toBe('2013-05-17');
});

test('reads the year a round was held', () => {
  expect(getRoundYear(utc('2012-12-07'))).toBe(2012);
});
