import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openIndex } from '../support/pagefind-node.ts';

let index: Awaited<ReturnType<typeof openIndex>>;
beforeAll(async () => {
  index = await openIndex(inject('distDir'));
});
afterAll(async () => index?.close());

/** The first paragraph-level hit of a query, as a site path: "/rounds/18/#p6". */
async function firstParagraph(query: string) {
  const [page] = await index.search(query);
  const sub = page?.sub_results.find((s) => /#p\d+$/.test(s.url));
  return sub && new URL(sub.url).pathname + new URL(sub.url).hash;
}

test.each([
  ['Magnitsky', '/rounds/18/#p6'], // a person
  ['GOLOS', '/rounds/18/#p5'], // an organisation
  ['foreign agents', '/rounds/18/#p5'], // a law, two words
  ['torture', '/rounds/18/#p6'], // a theme
  ['Muižnieks', '/rounds/18/#p4'], // a name with a diacritic
])('“%s” finds its paragraph first: %s', async (query, expected) => {
  expect(await firstParagraph(query)).toBe(expected);
});

test('each paragraph result is titled with round, date and paragraph number', async () => {
  const [page] = await index.search('Magnitsky');
  expect(page!.sub_results.find((s) => s.url.endsWith('#p6'))?.title).toBe('18th round · 28 November 2013 · ¶6');
  expect(page!.meta).toMatchObject({ title: '18th round', date: '28 November 2013', text: 'full text' });
});

test('the year filter keeps only rounds of that year', async () => {
  const pages = await index.search(null, { filters: { year: '2012' } });
  expect(pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/rounds/15/', '/rounds/16/']);
});

test('the round filter keeps one round', async () => {
  const pages = await index.search('EU', { filters: { round: '18' } });
  expect(pages.map((p) => new URL(p.url).pathname)).toEqual(['/rounds/18/']);
});

test('rounds can be sorted newest first by date', async () => {
  const pages = await index.search(null, { sort: { date: 'desc' } });
  expect(pages.map((p) => new URL(p.url).pathname)).toEqual([
    '/rounds/18/',
    '/rounds/17/',
    '/rounds/16/',
    '/rounds/15/',
  ]);
});

test.each([
  ['17th round', '/rounds/17/'], // by ordinal
  ['May 2013', '/rounds/17/'], // by month
  ['July 2012', '/rounds/15/'],
])('a source-only round is found by “%s”', async (query, expected) => {
  const pages = await index.search(query);
  expect(new URL(pages[0]!.url).pathname).toBe(expected);
});

test.each(['Previous', 'Skip', 'Breadcrumb', 'provenance'])('site chrome (“%s”) matches nothing', async (query) => {
  expect(await index.search(query)).toEqual([]);
});

test('the skip link’s words are not indexed: “Skip to content” only finds ordinary words of the text', async () => {
  // Pagefind drops a term that is nowhere in the index and matches the rest ("to").
  const pages = await index.search('Skip to content');
  const excerpts = pages.flatMap((p) => p.sub_results.map((s) => s.excerpt));
  expect(excerpts.join(' ')).not.toMatch(/skip/i);
});

test('every result URL the index gives resolves to a built page and, with a fragment, to its element', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const cheerio = await import('cheerio');
  const pages = await index.search('the');
  const urls = pages.flatMap((p) => [p.url, ...p.sub_results.map((s) => s.url)]);
  expect(urls.length).toBeGreaterThan(7);
  for (const href of urls) {
    const url = new URL(href);
    const file = join(inject('distDir'), url.pathname, 'index.html');
    expect(existsSync(file), href).toBe(true);
    if (url.hash) expect(cheerio.load(readFileSync(file, 'utf8'))(url.hash).length, href).toBe(1);
  }
});

test('only round pages are indexed', async () => {
  const pages = await index.search(null);
  expect(pages.map((p) => new URL(p.url).pathname).sort()).toEqual([
    '/rounds/15/',
    '/rounds/16/',
    '/rounds/17/',
    '/rounds/18/',
  ]);
});
