import { expect, test } from 'vitest';
import { datesContradictOrder, parseRoundDate } from '../../src/record/round-date.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test.each([
  ['2013-11-28', 'day', '2013-11-28', '2013-11-28', false], // a known day
  ['2008-10', 'month', '2008-10-01', '2008-10-31', false], // only the month is recorded
  ['2005', 'year', '2005-01-01', '2005-12-31', false], // only the year
  ['2007-10-03?', 'day', '2007-10-03', '2007-10-03', true], // uncertain
  ['2009-05-25/2009-05-26', 'span', '2009-05-25', '2009-05-26', false], // two days
])('reads %s as a %s from %s to %s (uncertain: %s)', (text, precision, earliest, latest, uncertain) => {
  expect(parseRoundDate(text)).toEqual({
    edtf: text,
    precision,
    earliest: day(earliest),
    latest: day(latest),
    uncertain,
  });
});

test.each([
  ['28 November 2013'], // words, not EDTF
  ['2013-13-01'], // no such month
  ['2009-05-2X'], // unspecified digits: write the month instead
  ['2009-05/..'], // an open interval
  [''], // nothing
])('refuses %j', (text) => {
  expect(parseRoundDate(text)).toBeUndefined();
});

test.each([
  ['2008-10', '2008-10-15', false], // a day inside the earlier month: no contradiction
  ['2013-11-28', '2013-05-17', true], // a later round held before the earlier one
  ['2009-05', '2009-04-30', true], // before the whole month
  ['2007-10-03?', '2007-10-03', false], // the same day
])('earlier %s then later %s contradict the order: %s', (a, b, expected) => {
  expect(datesContradictOrder(parseRoundDate(a)!, parseRoundDate(b)!)).toBe(expected);
});
