/** The real Pagefind index of the fixture site, queried with Pagefind's own API in Node. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headersForPath, parseHeadersFile } from '../../tools/lib/headers-file.ts';
import * as cheerio from 'cheerio';
import { openIndex } from '../support/pagefind-node.ts';
import { ordinal, writtenDate } from '../support/expect-text.ts';
import {
  FIXTURE_CONTENT,
  findRareWords,
  findRecordOnlyWords,
  fixtureRounds,
  pickRounds,
  readContentSubjects,
} from '../support/fixture-site.ts';

const rounds = fixtureRounds();
const { latestText, withoutText } = pickRounds(rounds);
const path = (url: string) => new URL(url).pathname;
const years = [...new Set(rounds.map((r) => r.data.date.earliest.getUTCFullYear()))];

const rareWords = findRareWords(rounds, readContentSubjects(FIXTURE_CONTENT)).map((r) => [
  r.word,
  `/rounds/${r.round.data.round}/#${r.paragraph.id}`,
]);

let index: Awaited<ReturnType<typeof openIndex>>;
beforeAll(async () => {
  index = await openIndex(inject('distDir'));
});
afterAll(async () => index?.close());

test('the fixture text has rare words to search for', () => {
  expect(rareWords.length).toBeGreaterThan(3);
});

test.each(rareWords)('“%s” finds its paragraph first: %s', async (query, expected) => {
  const [page] = await index.search(query!);
  const sub = page?.sub_results.find((s) => /#p\d+$/.test(s.url));
  expect(sub && path(sub.url) + new URL(sub.url).hash).toBe(expected);
});

test('each paragraph result is titled with round, date and paragraph number', async () => {
  const [query, expected] = rareWords.find(([, url]) => url!.startsWith(`/rounds/${latestText.data.round}/`))!;
  const [page] = await index.search(query!);
  const n = Number(expected!.split('#p')[1]);
  const round = `${ordinal(latestText.data.round)} round`;
  const date = writtenDate(latestText.data.date);
  expect(page!.sub_results.find((s) => s.url.endsWith(`#p${n}`))?.title).toBe(`${round} · ${date} · ¶${n}`);
  expect(page!.meta).toMatchObject({ title: round, date, text: 'text' });
});

test.each(years)('the year filter %i keeps only that year’s rounds', async (year) => {
  const pages = await index.search(null, { filters: { year: String(year) } });
  expect(pages.map((p) => path(p.url)).sort()).toEqual(
    rounds
      .filter((r) => r.data.date.earliest.getUTCFullYear() === year)
      .map((r) => `/rounds/${r.data.round}/`)
      .sort(),
  );
});

test('the round filter keeps one round', async () => {
  const pages = await index.search(null, { filters: { round: String(latestText.data.round) } });
  expect(pages.map((p) => path(p.url))).toEqual([`/rounds/${latestText.data.round}/`]);
});

test('rounds can be sorted newest first by date', async () => {
  const pages = await index.search(null, { sort: { date: 'desc' } });
  expect(pages.map((p) => path(p.url))).toEqual(rounds.toReversed().map((r) => `/rounds/${r.data.round}/`));
});

test.each(
  withoutText.flatMap((r) => [
    [`${ordinal(r.data.round)} round`, r.data.round], // by ordinal
    [writtenDate(r.data.date).replace(/^\d+ /, ''), r.data.round], // by month and year
  ]),
)('a round without text is found by “%s”', async (query, n) => {
  const pages = await index.search(query as string);
  expect(path(pages[0]!.url)).toBe(`/rounds/${n}/`);
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
  const pages = await index.search('the');
  const urls = pages.flatMap((p) => [p.url, ...p.sub_results.map((s) => s.url)]);
  expect(urls.length).toBeGreaterThan(rounds.filter((r) => r.hasText).length);
  for (const href of urls) {
    const url = new URL(href);
    const file = join(inject('distDir'), url.pathname, 'index.html');
    expect(existsSync(file), href).toBe(true);
    if (url.hash) expect(cheerio.load(readFileSync(file, 'utf8'))(url.hash).length, href).toBe(1);
  }
});

test('only round pages and subject pages are indexed', async () => {
  const pages = await index.search(null);
  const subjects = readContentSubjects(FIXTURE_CONTENT);
  expect(pages.map((p) => path(p.url)).sort()).toEqual(
    [...rounds.map((r) => `/rounds/${r.data.round}/`), ...subjects.map((s) => `/subjects/${s.id}/`)].sort(),
  );
});

test.each(
  readContentSubjects(FIXTURE_CONTENT).flatMap((s) => [s.data.name, ...s.data.aliases].map((name) => [name, s.id])),
)('“%s” finds the subject %s first', async (name, id) => {
  const [page] = await index.search(name);
  expect(page && path(page.url)).toBe(`/subjects/${id}/`);
});

const recordWords = findRecordOnlyWords(rounds).map((r) => [r.word, r.round.data.round] as const);

test('the fixture record has names raised at one round only', () => {
  expect(recordWords.length).toBeGreaterThan(0);
});

test.each(recordWords)('“%s”, raised only at round %i, finds that round first', async (word, n) => {
  // Subject pages come first for a name; the first round among the results must be its round.
  const page = (await index.search(word)).find((p) => path(p.url).startsWith('/rounds/'));
  expect(page && path(page.url)).toBe(`/rounds/${n}/`);
});

test.each(rounds.map((r) => [r.data.round, r]))(
  'round %i’s result says what the archive holds of it',
  async (n, round) => {
    const [page] = await index.search(null, { filters: { round: String(n) } });
    const holding = round.hasText ? 'text' : round.data.source ? 'release' : 'record';
    expect(page!.meta.text).toBe(holding);
  },
);

test('every index file the browser fetches has a cache lifetime: a year where its name has a content hash, else revalidation', () => {
  const dist = inject('distDir');
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const files = readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => `/${relative(dist, join(f.parentPath, f.name))}`)
    // Pagefind's ready-made interfaces, which this site does not use.
    .filter((p) => !/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(p));
  expect(files.some((p) => p.endsWith('.pf_fragment'))).toBe(true);
  for (const file of files) {
    const cache = headersForPath(rules, file)
      .filter(([name]) => name === 'Cache-Control')
      .map(([, value]) => value);
    // One rule per file: hosts that join repeated headers would otherwise send both.
    expect(cache, file).toHaveLength(1);
    const hashed = /[_.][0-9a-f]{7,}\.pf_\w+$/.test(file);
    expect(cache[0], file).toBe(hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
  }
});
