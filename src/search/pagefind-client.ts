/**
 * Loads Pagefind's browser API from the built index on first use and turns its results into
 * hits (see src/search/search-results.ts). Only imported when a reader reaches for search.
 */
import { subjectsFirst, toSearchHits, type PagefindResultData, type SearchHit } from './search-results.ts';
import { browserWords } from '../i18n/browser-words.ts';
import { toPagefindOptions, type SearchState } from './search-state.ts';

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch>;
  /** Every filter and its values across the whole index. */
  filters(): Promise<FilterCounts>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within the results of this search's filters; only for the filters it applied. */
  filters: FilterCounts;
}
/** Counts per filter value, e.g. { year: { '2012': 2, '2013': 2 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchOutcome {
  /** How many pages match: subjects and rounds. Counting them fetches nothing. */
  total: number;
  /**
   * For each filter, how many results each of its values would give with the other filters kept
   * (not with this filter's own value: then every other year would count 0).
   */
  filters: FilterCounts;
  /**
   * The hits of results `from` to `from + count` (subjects first, then rounds), fetching only
   * those results' data: one small fragment file each. A page's hits are its matching
   * paragraphs, best first.
   */
  load(from: number, count: number): Promise<SearchHit[][]>;
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

/** Every filter value of the index, asked once. */
let indexFilters: Promise<FilterCounts> | undefined;

let latestCall = 0;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a search for a state, fetching no result data until `load` asks for it. Subjects come
 * before rounds whatever their scores (a name finds its subject first), so the two kinds are
 * searched apart with the `type` filter; counting results costs nothing. With `debounce`, a
 * newer call within that time supersedes this one, which resolves to null.
 */
export async function runSearch(
  state: SearchState,
  {
    debounce = 0,
    roundsBySubject = {},
  }: {
    debounce?: number;
    /** The rounds (their numbers) that raised or named each subject, by its id; the search page knows them. */
    roundsBySubject?: Readonly<Record<string, readonly string[]>>;
  } = {},
): Promise<SearchOutcome | null> {
  const call = ++latestCall;
  if (debounce) await wait(debounce);
  if (call !== latestCall) return null;
  const pagefind = await loadPagefind();
  const roundsAbout = (id: string) => roundsBySubject[id] ?? [];
  const { filters, sort } = toPagefindOptions(state, roundsAbout);
  const query = state.q || null;
  // Subject pages have no year or round; rounds have no kind: a filter on those leaves one list.
  const [subjects, rounds] = await Promise.all([
    state.year || state.round || state.subject
      ? undefined
      : pagefind.search(query, { filters: { ...filters, type: 'subject' } }),
    state.kind ? undefined : pagefind.search(query, { filters: { ...filters, type: 'round' }, ...(sort && { sort }) }),
  ]);
  // Each filter's counts come from a search with the other filters kept and this one open to the
  // values it may take (Pagefind counts a filter's values only when the search applies that
  // filter: with one value chosen, every other would count 0). The searches share the index
  // already loaded and fetch no result data.
  const allValues = await (indexFilters ??= pagefind.filters());
  const without = (...names: string[]) =>
    Object.fromEntries(Object.entries(filters).filter(([k]) => !names.includes(k)));
  const open = async (type: string, fixed: Record<string, unknown>, name: string, values: readonly string[]) =>
    values.length
      ? ((await pagefind.search(query, { filters: { ...fixed, type, [name]: { any: [...values] } } })).filters[name] ??
        {})
      : {};
  const roundValues = Object.keys(allValues.round ?? {});
  const subjectRounds = state.subject ? roundsAbout(state.subject) : undefined;
  const noRounds = Boolean(state.kind);
  const noSubjects = Boolean(state.year || state.round || state.subject);
  const [year, round, kind, perRound] = await Promise.all([
    noRounds ? {} : open('round', without('year'), 'year', Object.keys(allValues.year ?? {})),
    // With a subject chosen, the rounds about it count; the others would give nothing.
    noRounds ? {} : open('round', without('round'), 'round', subjectRounds ?? roundValues),
    noSubjects ? {} : open('subject', without('kind'), 'kind', Object.keys(allValues.kind ?? {})),
    // A subject's count is the sum of its rounds' counts, with the round chosen (if any) kept.
    noRounds ? {} : open('round', without('round'), 'round', state.round ? [state.round] : roundValues),
  ]);
  const perRoundCount = perRound as Record<string, number>;
  const subject = Object.fromEntries(
    Object.entries(roundsBySubject).map(([id, list]) => [
      id,
      list.reduce((sum, r) => sum + (perRoundCount[r] ?? 0), 0),
    ]),
  );
  if (call !== latestCall) return null;
  const results = subjectsFirst([
    ...(subjects?.results ?? []).map((r) => ({ kind: 'subject' as const, r })),
    ...(rounds?.results ?? []).map((r) => ({ kind: 'round' as const, r })),
  ]).map(({ r }) => r);
  return {
    total: results.length,
    filters: { year, round, kind, subject },
    load: async (from, count) =>
      (await Promise.all(results.slice(from, from + count).map((r) => r.data()))).map((data) =>
        toSearchHits(data, browserWords().status),
      ),
  };
}
