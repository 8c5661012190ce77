import { describe, expect, test } from 'vitest';
import { describeRoundDate, ENGLISH_DATES, formatRoundDate, getRoundYear, toIsoDate } from '../../src/format/dates.ts';
import { parseRoundDate } from '../../src/record/round-date.ts';

// YAML reads `2013-11-28` as midnight UTC; these are the Date objects the schema hands on.
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

test.each([
  ['2013-11-28', '28 November 2013'], // round 18, as its release writes the date
  ['2012-12-07', '7 December 2012'], // no leading zero on the day
  ['2012-07-20', '20 July 2012'],
])('formats %s as "%s"', (iso, expected) => {
  expect(formatRoundDate(utc(iso), ENGLISH_DATES)).toBe(expected);
});

test('keeps the calendar day whatever the reader’s time zone (UTC throughout)', () => {
  // Just before midnight UTC is still the 28th, even where local time is already the 29th.
  expect(formatRoundDate(new Date('2013-11-28T23:30:00Z'), ENGLISH_DATES)).toBe('28 November 2013');
  expect(toIsoDate(new Date('2013-11-28T23:30:00Z'))).toBe('2013-11-28');
});

test('writes the machine-readable day for <time datetime>', () => {
  expect(toIsoDate(utc('2013-05-17'))).toBe('2013-05-17');
});

test('reads the year a round was held', () => {
  expect(getRoundYear(utc('2012-12-07'))).toBe(2012);
});

describe('a round’s date as the record gives it', () => {
  test.each([
    ['2013-11-28', false, '28 November 2013', '28 November 2013', '2013-11-28'], // the day is known
    ['2008-10', false, 'October 2008', 'October 2008; the day is not recorded', '2008-10'], // only the month
    ['2005', false, '2005', '2005; the month and day are not recorded', '2005'], // only the year
    ['2007-10-03?', false, '3 October 2007 (uncertain)', '3 October 2007 (uncertain: see the sources)', '2007-10-03'],
    ['2009-05-25/2009-05-26', false, '25 – 26 May 2009', '25 – 26 May 2009', '2009-05-25'], // a span of days, as Intl writes it
    [
      '2010-11-17',
      true,
      '17 November 2010',
      '17 November 2010, the scheduled date; no source reports the meeting afterwards',
      '2010-11-17',
    ], // announced, never reported
  ])('%s (scheduled: %s) reads "%s", in full "%s", for machines %s', (edtf, scheduled, short, full, iso) => {
    const date = parseRoundDate(edtf)!;
    const spaces = (text: string) => text.replace(/\s/g, ' '); // Intl may use thin spaces around a range's dash
    expect(spaces(formatRoundDate(date, ENGLISH_DATES))).toBe(short);
    expect(spaces(describeRoundDate(date, { scheduled, language: ENGLISH_DATES }))).toBe(full);
    expect(toIsoDate(date)).toBe(iso);
  });
});
