/**
 * Loads Pagefind's browser API from the built index on first use and turns its results into
 * hits (see src/search/search-results.ts). Only imported when a reader reaches for search.
 */
import { subjectsFirst, toSearchHits, type PagefindResultData, type SearchHit } from './search-results.ts';
import { toPagefindOptions, type SearchState } from './search-state.ts';

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string | null, o?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}
/** Counts per filter value, e.g. { year: { '2012': 2, '2013': 2 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchOutcome {
  hits: SearchHit[];
  /** Counts of the results for each filter value, with the other filters applied. */
  filters: FilterCounts;
}

/** Thrown when the index cannot be loaded: opened from file://, a dev server without a build, a network failure. */
export class SearchUnavailableError extends Error {}

let api: Promise<PagefindApi> | undefined;

/** The site's base path ("/" or "/archive/"): Pagefind's URLs are relative to the build folder. */
const BASE_URL = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The index's folder, under the deployment's base path. */
const PAGEFIND_PATH = `${BASE_URL}pagefind/`;

/** Loads Pagefind once; later calls share the same promise. */
function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    try {
      const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`)) as PagefindApi;
      await pagefind.options({
        basePath: PAGEFIND_PATH,
        baseUrl: BASE_URL,
        highlightParam: 'highlight',
        excerptLength: 30,
      });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      api = undefined;
      throw new SearchUnavailableError(String(error));
    }
  })();
  return api;
}

/** Every filter value in the index with its count, for the filter controls. */
export async function allFilters(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

/**
 * Runs a search for a state. With `debounce`, a newer call supersedes this one and it resolves
 * to null. An empty query lists every round that matches the filters.
 */
export async function runSearch(state: SearchState, { debounce = 0, limit = 50 } = {}): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const options = toPagefindOptions(state);
  const query = state.q || null;
  const search = debounce
    ? await pagefind.debouncedSearch(query, options, debounce)
    : await pagefind.search(query, options);
  if (!search) return null;
  const pages = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
  return { hits: subjectsFirst(pages.flatMap(toSearchHits)), filters: search.filters };
}
