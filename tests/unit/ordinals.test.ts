import { describe, expect, test } from 'vitest';
import { formatOrdinal, parseOrdinal } from '../../src/format/ordinals.ts';

describe('formatOrdinal', () => {
  test.each([
    [1, '1st'], // the first suffix
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'], // "th" from four to ten
    [11, '11th'], // 11-13 take "th" despite ending in 1-3
    [12, '12th'],
    [13, '13th'],
    [18, '18th'], // the round this archive holds in full
    [21, '21st'], // suffixes repeat after twenty
    [22, '22nd'],
    [111, '111th'], // and the teens rule applies in every hundred
  ])('writes %i as "%s"', (n, expected) => {
    expect(formatOrdinal(n)).toBe(expected);
  });

  test.each([0, -1, 1.5])('refuses %d, which is not a round number', (n) => {
    expect(() => formatOrdinal(n)).toThrow(/positive whole number/);
  });
});

test.each([
  ['first', 1], // the first round
  ['eighteenth', 18], // as the round-18 release writes it
  ['Twelfth', 12], // capitalised at the start of a sentence
  ['twentieth', 20], // a tens word
  ['twenty-first', 21], // hyphenated compound
  ['thirty second', 32], // compound written with a space
  ['eighteen', undefined], // a cardinal, not an ordinal
  ['zeroth', undefined], // no round zero
])('reads the ordinal word %j as %s', (word, expected) => {
  expect(parseOrdinal(word)).toBe(expected);
});
