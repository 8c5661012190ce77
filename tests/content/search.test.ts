/**
 * Search over the real archive: a name raised at one round only (a person, a law, a place in the
 * record) finds that round first, and the year filter covers every year with a round.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openIndex } from '../support/pagefind-node.ts';
import { findRecordOnlyWords, readContentRounds } from '../support/fixture-site.ts';

const rounds = readContentRounds('content');
const words = findRecordOnlyWords(rounds).map((r) => [r.word, r.round.data.round] as const);
let index: Awaited<ReturnType<typeof openIndex>>;
beforeAll(async () => {
  index = await openIndex(inject('contentDistDir'));
});
afterAll(async () => index?.close());

test('the record names things raised at one round only', () => {
  expect(words.length).toBeGreaterThan(0);
});

test.each(words)('“%s”, raised only at round %i, finds that round first', async (word, n) => {
  // Subject pages come first for a name; the first round among the results must be its round.
  const page = (await index.search(word)).find((p) => new URL(p.url).pathname.startsWith('/rounds/'));
  expect(page && new URL(page.url).pathname).toBe(`/rounds/${n}/`);
});

test('the year filter offers every year with a round, and each year keeps its rounds', async () => {
  const years = [...new Set(rounds.map((r) => r.data.date.earliest.getUTCFullYear()))];
  for (const year of years) {
    const pages = await index.search(null, { filters: { year: String(year) } });
    const expected = rounds.filter((r) => r.data.date.earliest.getUTCFullYear() === year).map((r) => `/rounds/${r.data.round}/`);
    expect(pages.map((p) => new URL(p.url).pathname).sort()).toEqual(expected.sort());
  }
});
