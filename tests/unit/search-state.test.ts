import { describe, expect, test } from 'vitest';
import {
  parseSearchState,
  searchTerms,
  toPagefindOptions,
  toQueryString,
  type SearchState,
} from '../../src/search/search-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

test.each([
  ['', { q: '', year: undefined, round: undefined, sort: 'relevance' }], // an empty search page
  ['?q=magnitsky&year=2013&round=18', { q: 'magnitsky', year: '2013', round: '18', sort: 'relevance' }], // a shared link
  ['?q=+foreign+agents+', { q: 'foreign agents', year: undefined, round: undefined, sort: 'relevance' }], // spaces trimmed
  ['?year=abc&round=18;drop', { q: '', year: undefined, round: undefined, sort: 'relevance' }], // junk filters ignored
  ['?sort=newest', { q: '', year: undefined, round: undefined, sort: 'newest' }],
  ['?sort=oldest', { q: '', year: undefined, round: undefined, sort: 'relevance' }], // unknown sort falls back
])('reads %j from the URL', (query, expected) => {
  expect(parse(query)).toEqual(expected);
});

test.each([['?q=magnitsky&year=2013&round=18'], ['?q=foreign+agents&sort=newest'], ['']])(
  'writes the state back to the same URL: %j',
  (query) => {
    expect(toQueryString(parse(query))).toBe(query);
  },
);

test('leaves defaults out of the URL', () => {
  expect(toQueryString({ q: 'golos', year: undefined, round: undefined, sort: 'relevance' })).toBe('?q=golos');
});

test('turns filters and sort into Pagefind options', () => {
  expect(toPagefindOptions(parse('?q=x&year=2012'))).toEqual({ filters: { year: '2012' } });
  expect(toPagefindOptions(parse('?round=18&sort=newest'))).toEqual({
    filters: { round: '18' },
    sort: { date: 'desc' },
  });
});

test.each([
  ['Magnitsky', ['magnitsky']],
  ['Foreign  "agents"', ['foreign', 'agents']], // punctuation and case ignored
  ['a b GOLOS golos', ['golos']], // one-letter words and repeats dropped
  ['Muižnieks', ['muižnieks']], // letters beyond ASCII kept
])('finds the terms to highlight in %j', (query, expected) => {
  expect(searchTerms(query)).toEqual(expected);
});

describe('a subject narrows through the round filter', () => {
  const about = (id: string) => (id === 'golos' ? ['13', '18'] : []);
  const state = (extra: Partial<SearchState>): SearchState => ({
    q: '',
    year: undefined,
    round: undefined,
    sort: 'relevance',
    ...extra,
  });
  test.each([
    // the rounds about it
    [{ subject: 'golos' }, { any: ['13', '18'] }],
    // with one of them chosen, that one
    [{ subject: 'golos', round: '18' }, '18'],
    // with another round chosen, none
    [{ subject: 'golos', round: '5' }, '0'],
    // a subject no round is about: none
    [{ subject: 'nobody' }, { any: ['0'] }],
  ] as const)('%j -> round %j', (extra, round) => {
    expect(toPagefindOptions(state(extra), about).filters.round).toEqual(round);
  });
  test('the subject is in the URL beside the year', () => {
    const parsed = parseSearchState(new URLSearchParams('subject=golos&year=2013'));
    expect(parsed).toMatchObject({ subject: 'golos', year: '2013' });
    expect(toQueryString(parsed)).toBe('?year=2013&subject=golos');
  });
});
