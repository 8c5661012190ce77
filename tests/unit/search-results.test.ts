import { describe, expect, test } from 'vitest';
import { formatHitTitle, subjectSuggestion, subjectsFirst, toSearchHits } from '../../src/search/search-results.ts';
import { browserWords } from '../../src/i18n/browser-words.ts';

const meta = { title: '18th round', date: '28 November 2013', text: 'text' };
const { status } = browserWords('en');

test('makes one hit per matching paragraph, in page order when they match equally', () => {
  const hits = toSearchHits(
    {
      url: '/rounds/18/?highlight=eu',
      excerpt: 'page excerpt',
      meta,
      sub_results: [
        { title: '18th round', url: '/rounds/18/?highlight=eu', excerpt: 'heading' }, // the page heading: not a paragraph
        { title: '… ¶5', url: '/rounds/18/?highlight=eu#p5', excerpt: 'five' },
        { title: '… ¶6', url: '/rounds/18/?highlight=eu#p6', excerpt: 'six' },
      ],
    },
    status,
  );
  expect(hits.map((h) => [h.paragraph, h.url, h.excerpt])).toEqual([
    [5, '/rounds/18/?highlight=eu#p5', 'five'],
    [6, '/rounds/18/?highlight=eu#p6', 'six'],
  ]);
});

test('puts the paragraph that matches best first, by Pagefind’s word scores', () => {
  const hits = toSearchHits(
    {
      url: '/rounds/18/',
      excerpt: '',
      meta,
      sub_results: [
        { title: '¶1', url: '/rounds/18/#p1', excerpt: 'one', weighted_locations: [{ balanced_score: 2 }] }, // one word of the query
        {
          title: '¶7',
          url: '/rounds/18/#p7',
          excerpt: 'seven',
          weighted_locations: [{ balanced_score: 2 }, { balanced_score: 3 }],
        }, // more of it
      ],
    },
    status,
  );
  expect(hits.map((h) => h.paragraph)).toEqual([7, 1]);
});

test('makes one hit for the page when no paragraph matched (a source-only round)', () => {
  const hits = toSearchHits(
    {
      url: '/rounds/17/',
      excerpt: '<mark>17th</mark> round',
      meta: { title: '17th round', date: '17 May 2013', text: 'release' },
      sub_results: [{ title: 'The archive does not hold', url: '/rounds/17/#no-text-heading', excerpt: 'x' }],
    },
    status,
  );
  expect(hits).toEqual([
    {
      round: '17th round',
      date: '17 May 2013',
      paragraph: undefined,
      url: '/rounds/17/',
      excerpt: '<mark>17th</mark> round',
      hasText: false,
      status: 'Official release known: this archive links it and sets out the public record',
      kind: 'round',
    },
  ]);
});

test.each([
  [{ round: '18th round', date: '28 November 2013', paragraph: 6 }, '18th round · 28 November 2013 · ¶6'],
  [{ round: '17th round', date: '17 May 2013', paragraph: undefined }, '17th round · 17 May 2013'],
])('titles a hit %j as "%s"', (hit, expected) => {
  expect(formatHitTitle({ ...hit, url: '', excerpt: '', hasText: true, status: undefined })).toBe(expected);
});

test.each([
  [0, 'x', 'No results for “x”'],
  [1, 'x', '1 result for “x”'],
  [3, '', '3 results'],
])('announces %i results for %j in English', (count, query, expected) => {
  expect(browserWords('en').results(count, query)).toBe(expected);
});

test.each([
  [0, 'x', 'Ничего не найдено по запросу «x»'],
  [1, 'x', 'Найден 1 результат по запросу «x»'], // one
  [2, '', 'Найдено 2 результата'], // few
  [5, '', 'Найдено 5 результатов'], // many
  [21, '', 'Найден 21 результат'], // one again: Russian plural rules, not n === 1
])('announces %i results for %j in Russian', (count, query, expected) => {
  expect(browserWords('ru').results(count, query)).toBe(expected);
});

test('a result for a round known only from its public record says so', () => {
  const [hit] = toSearchHits(
    {
      url: '/rounds/5/',
      excerpt: 'May 2007',
      meta: { title: '5th round', date: 'May 2007', text: 'record' },
    },
    status,
  );
  expect(hit).toMatchObject({ hasText: false, status: expect.stringMatching(/^Public record only: /) });
});

test('a subject page is one hit titled with its name and reach, and subjects come before rounds', () => {
  const [subject] = toSearchHits(
    {
      url: '/subjects/sergei-magnitsky/',
      excerpt: 'Sergei Magnitsky',
      meta: { title: 'Sergei Magnitsky', date: 'raised in 5 rounds, 2010–2013', text: 'subject' },
    },
    status,
  );
  expect(subject).toMatchObject({ kind: 'subject', paragraph: undefined, status: undefined });
  expect(formatHitTitle(subject!)).toBe('Sergei Magnitsky: raised in 5 rounds, 2010–2013');
  const round = { ...subject!, kind: 'round' as const };
  expect(subjectsFirst([round, subject!, round]).map((h) => h.kind)).toEqual(['subject', 'round', 'round']);
});

describe('whether to look for a misspelt subject', () => {
  test.each([
    // the engine marked the query's own word
    [3, ['The EU raised <mark>Magnitsky</mark>.'], 'Magnitsky', undefined, true],
    // … but a search that shows no subject still looks for a very close one
    [3, ['… убийства <mark>Политковской</mark> …'], 'Политковской', 'very close', false],
    // a word differing only in its ending counts as found (a declined form, a plural)
    [3, ['… <mark>тайных</mark> мест …'], 'тайные', undefined, true],
    // only a word that begins like the query: not found
    [5, ['a <mark>political</mark> party'], 'Politkovskaia', 'close', true],
    // one word of two not found
    [5, ['<mark>GOLOS</mark> and others'], 'Golos Asociation', 'close', true],
    // too few results: a very close name only
    [1, ['<mark>Magnitsky</mark>'], 'Magnitsky', 'very close', true],
  ] as const)(
    '%i results, %j, query %j: a %s name (a subject shown: %s)',
    (total, excerpts, query, expected, foundSubject) => {
      expect(subjectSuggestion(total, excerpts, query, foundSubject)).toBe(expected);
    },
  );
});
