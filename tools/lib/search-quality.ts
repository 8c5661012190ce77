/**
 * Search quality as a figure: each query of tests/search-quality/queries.json is run on a built
 * index with Pagefind's own API, its results put in the order the site shows them (subjects
 * first, then rounds and paragraphs; for a query that finds little, the subject "Did you mean …?"
 * suggests comes first, as on the search page), and the expected subject and round looked up.
 */
import { browserWords } from '../../src/i18n/browser-words.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  subjectSuggestion,
  subjectsFirst,
  toSearchHits,
  type PagefindResultData,
} from '../../src/search/search-results.ts';
import { createSubjectMatcher, type Closeness } from '../../src/search/fuzzy-subjects.ts';
import { SUBJECTS_FILE, type SubjectSuggestion } from '../../src/views/search.ts';
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
  /** `exact`: as the pages write it (the default); `mistyped`: a typo, the reader's own spelling, a declined form. */
  set?: 'exact' | 'mistyped';
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
/** The subject page "Did you mean …?" offers for a query, as the search page finds it (its path), if any. */
type Suggest = (query: string, closeness: Closeness) => string | undefined;

/** Recall@k of the ranks of expected results (Infinity: not in the list). */
const recall = (ranks: readonly number[], k: number) =>
  ranks.length ? ranks.filter((r) => r <= k).length / ranks.length : 1;

/**
 * Runs every query; ranks are counted within subjects and within rounds, as the site lists them.
 * Returns each query's outcome, and recall@1, @3 and @5 of each set and of all.
 */
export async function evaluateQueries(
  search: Search,
  {
    queries = QUERIES,
    limit = 10,
    suggest,
  }: { queries?: readonly QualityQuery[]; limit?: number; suggest?: Suggest } = {},
) {
  const outcomes: QueryOutcome[] = [];
  for (const q of queries) {
    const pages = await search(q.query);
    const hits = subjectsFirst(pages.flatMap((data) => toSearchHits(data, browserWords('en').status)));
    const path = (url: string) => {
      const u = new URL(url, 'http://x');
      return `${u.pathname}${u.hash}`;
    };
    const found = hits.filter((h) => h.kind === 'subject').map((h) => path(h.url));
    // As the search page decides: from the first page of results (10 hits) shown.
    const firstExcerpts = hits.slice(0, 10).map((h) => h.excerpt);
    const closeness = subjectSuggestion(pages.length, firstExcerpts, q.query, found.length > 0);
    const suggested = closeness ? suggest?.(q.query, closeness) : undefined;
    // The suggested subject comes first, wherever else it was in the list.
    const subjects = (suggested ? [suggested, ...found.filter((s) => s !== suggested)] : found).slice(0, limit);
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
  const ranksOf = (list: readonly QueryOutcome[]) =>
    list.flatMap((o) => [o.subjectRank, o.roundRank].filter((r) => r !== undefined)) as number[];
  const figures = (list: readonly QueryOutcome[]) => {
    const ranks = ranksOf(list);
    return {
      queries: list.length,
      expectations: ranks.length,
      recallAt1: recall(ranks, 1),
      recallAt3: recall(ranks, 3),
      recallAt5: recall(ranks, 5),
    };
  };
  const sets = Object.fromEntries(
    (['exact', 'mistyped'] as const).map((set) => [set, figures(outcomes.filter((o) => (o.set ?? 'exact') === set))]),
  ) as Record<'exact' | 'mistyped', ReturnType<typeof figures>>;
  return { outcomes, sets, ...figures(outcomes) };
}

/**
 * The "Did you mean …?" of a built site, as its search page runs it: the matcher over the
 * site's own /search/subjects.json. Returns the suggested subject's page path, if any.
 */
export function suggesterOf(distDir: string): Suggest {
  const subjects: SubjectSuggestion[] = JSON.parse(readFileSync(join(distDir, 'search', SUBJECTS_FILE), 'utf8'));
  const match = createSubjectMatcher(subjects);
  return (query, closeness) => {
    const [best] = match(query, 1, closeness);
    return best && new URL(best.href, 'http://x').pathname;
  };
}
