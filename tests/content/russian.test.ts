/**
 * The real archive in Russian: the searches Russian readers make (the names and laws the releases
 * raise, in Russian) find the subject first and the paragraph that names it, titled in Russian,
 * each page once; and no page says a word of the other language outside marked passages, which
 * also proves every round and subject file has its Russian words.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { openIndex } from '../support/pagefind-node.ts';
import { readContentRounds, readContentSubjects } from '../support/fixture-site.ts';
import { listPages } from '../support/dist.ts';
import { wrongLanguageWords } from '../support/language-check.ts';
import { findMentions } from '../../src/record/mentions.ts';
import { toSearchHits } from '../../src/search/search-results.ts';
import { browserWords } from '../../src/i18n/browser-words.ts';

const dist = inject('contentDistDir');
const rounds = readContentRounds('content');
const subjects = readContentSubjects('content');
const path = (url: string) => new URL(url).pathname;

let index: Awaited<ReturnType<typeof openIndex>>;
beforeAll(async () => {
  index = await openIndex(dist, { language: 'ru' });
});
afterAll(async () => index?.close());

/** Each query as a Russian reader types it, and the subject it means. */
const QUERIES = [
  ['Магнитский', 'sergei-magnitsky'],
  ['иностранные агенты', 'foreign-agents-law'],
  ['Толоконникова', 'nadezhda-tolokonnikova'],
  ['Голос', 'golos'],
] as const;

test.each(QUERIES)('“%s” finds its subject first, titled with its Russian name', async (query, id) => {
  // The search interface lists subjects before rounds (src/search/pagefind-client.ts).
  const [first] = await index.search(query, { filters: { type: 'subject' } });
  expect(first && path(first.url)).toBe(`/ru/subjects/${id}/`);
  expect(first!.meta.title).toBe(subjects.find((s) => s.id === id)!.data.ru.name);
});

test.each(QUERIES)('“%s” finds, first among paragraphs, one that names its subject, titled in Russian', async (query, id) => {
  const subject = subjects.find((s) => s.id === id)!;
  // The paragraphs that name the subject, by any of its names (the releases are in English).
  const naming = rounds.flatMap((r) =>
    findMentions(r.paragraphs, [{ id, names: [subject.data.name, ...subject.data.aliases] }]).map(
      (m) => `/ru/rounds/${r.data.round}/#p${m.paragraph}`,
    ),
  );
  expect(naming.length).toBeGreaterThan(0);
  const pages = await index.search(query, { filters: { type: 'round' } });
  const [hit] = pages
    .flatMap((page) => toSearchHits(page, browserWords('ru').status))
    .filter((h) => h.paragraph !== undefined);
  const url = new URL(hit!.url);
  expect(naming).toContain(`${url.pathname}${url.hash}`);
  expect(hit!.round).toMatch(/^\d+-й раунд$/);
});

test.each(QUERIES)('“%s” returns each page once, all of them Russian pages', async (query) => {
  const found = (await index.search(query)).map((p) => path(p.url));
  expect(found.length).toBeGreaterThan(0);
  expect(new Set(found).size).toBe(found.length);
  expect(found.filter((p) => !p.startsWith('/ru/'))).toEqual([]);
});

/** Proper names the record keeps in their own spelling: the sources' publishers and the releases' issuers. */
const properNames = [
  ...new Set(rounds.flatMap((r) => [...r.data.sources.map((s) => s.publisher), r.data.source?.issuer ?? ''])),
].filter(Boolean);

test('every page of the archive speaks its language outside passages marked with another', () => {
  const problems = listPages(dist).flatMap(({ path: page, file }) => {
    const words = wrongLanguageWords(readFileSync(file, 'utf8'), properNames);
    return words.length ? [`${page}: ${words.join(', ')}`] : [];
  });
  expect(problems).toEqual([]);
  expect(listPages(dist).filter((p) => p.path.startsWith('/ru/')).length).toBeGreaterThan(50);
});

