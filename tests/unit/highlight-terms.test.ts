import { expect, test } from 'vitest';
import { findTermRanges } from '../../src/search/highlight-terms.ts';

const marked = (text: string, terms: string[]) => findTermRanges(text, terms).map(([s, e]) => text.slice(s, e));

test.each([
  ['the Sergey Magnitsky case', ['magnitsky'], ['Magnitsky']], // case-insensitive
  ['law on "foreign agents"', ['agent'], ['agents']], // a term marks the whole word it starts
  ['management and agents', ['agent'], ['agents']], // but only at the start of a word
  ['GOLOS, Side by Side', ['golos', 'side'], ['GOLOS', 'Side', 'Side']],
  ['Nils Muižnieks', ['muižnieks'], ['Muižnieks']], // letters beyond ASCII
  ['Nils Muižnieks', ['muiznieks'], ['Muižnieks']], // accents ignored, as Pagefind's highlight parameter drops them
  ['Ilse Varga-Nordström, detained', ['nordstrom'], ['Nordström']], // the part of a hyphenated name that was searched
  ['a+b (c) ac', ['(c'], ['(c']], // regex characters in terms match literally, not as patterns
  ['anything', [], []],
])('in %j, %j marks %j', (text, terms, expected) => {
  expect(marked(text, terms)).toEqual(expected);
});
