/**
 * The search quality set (tests/search-quality/queries.json) on the real index: names in two
 * spellings, Russian, common names, topic words and facts of earlier rounds. Every expected
 * subject and round must come first: recall@1 = 100%.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openIndex } from '../support/pagefind-node.ts';
import { evaluateQueries, QUERIES } from '../../tools/lib/search-quality.ts';

let index: Awaited<ReturnType<typeof openIndex>>;
let result: Awaited<ReturnType<typeof evaluateQueries>>;
beforeAll(async () => {
  index = await openIndex(inject('contentDistDir'));
  result = await evaluateQueries((q) => index.search(q) as never);
}, 60_000);
afterAll(async () => index?.close());

test('the set has at least 40 queries', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(40);
});

test.each(QUERIES.map((q) => [q.query, q]))('“%s” brings its subject and its round first', (query) => {
  const outcome = result.outcomes.find((o) => o.query === query)!;
  if (outcome.subject) expect(outcome.subjectRank, `subject ${outcome.subject}`).toBe(1);
  if (outcome.round) expect(outcome.roundRank, `round ${outcome.round}`).toBe(1);
});

test('recall@1 is 100% over the set', () => {
  expect(result.recallAt1).toBe(1);
});
