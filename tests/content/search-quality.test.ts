/**
 * The search quality set (tests/search-quality/queries.json) on the real index: names in two
 * spellings, Russian, common names, topic words and facts of earlier rounds. Every expected
 * subject and round must come first: recall@1 = 100%. The mistyped set (typos, readers' own
 * spellings, declined Russian names) goes through "Did you mean …?" as the search page does.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openIndex } from '../support/pagefind-node.ts';
import { evaluateQueries, QUERIES, suggesterOf } from '../../tools/lib/search-quality.ts';

let index: Awaited<ReturnType<typeof openIndex>>;
let result: Awaited<ReturnType<typeof evaluateQueries>>;
beforeAll(async () => {
  index = await openIndex(inject('contentDistDir'));
  result = await evaluateQueries((q) => index.search(q) as never, { suggest: suggesterOf(inject('contentDistDir')) });
}, 60_000);
afterAll(async () => index?.close());

test('the set has at least 40 queries as the pages write them, and 30 mistyped, in both scripts', () => {
  const exact = QUERIES.filter((q) => (q.set ?? 'exact') === 'exact');
  const mistyped = QUERIES.filter((q) => q.set === 'mistyped');
  expect(exact.length).toBeGreaterThanOrEqual(40);
  expect(mistyped.length).toBeGreaterThanOrEqual(30);
  for (const script of [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u])
    expect(mistyped.filter((q) => script.test(q.query)).length).toBeGreaterThanOrEqual(10);
});

const EXACT = QUERIES.filter((q) => (q.set ?? 'exact') === 'exact');

test.each(EXACT.map((q) => [q.query, q]))('“%s” brings its subject and its round first', (query) => {
  const outcome = result.outcomes.find((o) => o.query === query)!;
  if (outcome.subject) expect(outcome.subjectRank, `subject ${outcome.subject}`).toBe(1);
  if (outcome.round) expect(outcome.roundRank, `round ${outcome.round}`).toBe(1);
});

test('recall@1 is 100% over the queries as the pages write them', () => {
  expect(result.sets.exact.recallAt1).toBe(1);
});

// A floor, not a target: the figures themselves are in the README (npm run bench:search-quality).
test('recall@1 over the mistyped queries, with “Did you mean”, is at least 90%', () => {
  expect(result.sets.mistyped.recallAt1).toBeGreaterThanOrEqual(0.9);
});
