import { expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/publish/csv.ts';

test.each([
  ['=HYPERLINK("http://x.org","click")', `'=HYPERLINK("http://x.org","click")`], // a formula
  ['+1+1', "'+1+1"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', "'\t=1"], // a tab before it
  ['\r=1', "'\r=1"], // a carriage return before it
  ['Rule of law', 'Rule of law'], // plain text is left alone
  ['2013-11-28', '2013-11-28'],
])('a cell %j reads back, by a CSV parser, as %j', (text, expected) => {
  const [header, row] = parse(toCsv([['title'], [text]]), { bom: true, relax_quotes: true }) as string[][];
  expect(header).toEqual(['title']);
  expect(row).toEqual([expected]);
});

test('numbers and booleans stay values, with CRLF line ends and a byte-order mark', () => {
  const csv = toCsv([
    ['round', 'has_text'],
    [18, true],
  ]);
  expect(csv).toBe('\uFEFFround,has_text\r\n18,true\r\n');
});
