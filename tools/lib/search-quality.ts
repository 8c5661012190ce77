/**
 * Search quality as a figure: each query of tests/search-quality/queries.json is run on a built
 * index with Pagefind's own API, its results put in the order the site shows them (subjects
 * first, then rounds and paragraphs), and the expected subject and round looked up among them.
 */
import { browserWords } from '../../src/i18n/browser-words.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subjectsFirst, toSearchHits, type PagefindResultData } from '../../src/search/search-results.ts';
const PROJECT_ROOT = join(import.meta.dirname, '../..');

export interface QualityQuery {
  query: string;
  why: string;
  /** The subject that must be the first subject shown. */
  subject?: string;
  /**
   * The round or paragraph (/rounds/18/#p6) that must be the first round result shown, or the
   * rounds any of which may be first, where the record reports the subject at several.
   */
  round?: string | string[];
}

export const QUERIES: QualityQuery[] = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'tests/search-quality/queries.json'), 'utf8'),
).queries;

/** Where an expected result stands in its list (1 = first), or undefined when it is not in the first `limit`. */
export interface QueryOutcome extends QualityQuery {
  subjectRank?: number | undefined;
  roundRank?: number | undefined;
}

type Search = (query: string) => Promise<PagefindResultData[]>;

/** Runs every query; ranks are counted within subjects and within rounds, as the site lists them. */
export async function evaluateQueries(search: Search, queries: readonly QualityQuery[] = QUERIES, limit = 10) {
  const outcomes: QueryOutcome[] = [];
  for (const q of queries) {
    const hits = subjectsFirst(
      (await search(q.query)).flatMap((data) => toSearchHits(data, browserWords('en').status)),
    );
    const path = (url: string) => {
      const u = new URL(url, 'http://x');
      return `${u.pathname}${u.hash}`;
    };
    const subjects = hits
      .filter((h) => h.kind === 'subject')
      .map((h) => path(h.url))
      .slice(0, limit);
    const rounds = hits
      .filter((h) => h.kind !== 'subject')
      .map((h) => path(h.url))
      .slice(0, limit);
    const rank = (list: string[], want: string | string[] | undefined) => {
      if (!want) return undefined;
      const i = list.findIndex((hit) => [want].flat().includes(hit));
      return i === -1 ? Infinity : i + 1;
    };
    outcomes.push({
      ...q,
      subjectRank: rank(subjects, q.subject && `/subjects/${q.subject}/`),
      roundRank: rank(rounds, q.round),
    });
  }
  const expectations = outcomes.flatMap((o) => [o.subjectRank, o.roundRank].filter((r) => r !== undefined)) as number[];
  const recallAt = (k: number) => expectations.filter((r) => r <= k).length / expectations.length;
  return { outcomes, expectations: expectations.length, recallAt1: recallAt(1), recallAt5: recallAt(5) };
}
