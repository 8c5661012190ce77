/**
 * The search page's state lives in its URL (`/search/?q=magnitsky&year=2013&round=18&kind=person`), so a
 * search can be bookmarked, shared, and restored by Back and Forward. Pure: URLSearchParams in,
 * plain data out, and back.
 */
import { SUBJECT_KINDS } from '../record/subject-kinds.ts';

export type SearchSort = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  year: string | undefined;
  round: string | undefined;
  /** A kind of subject (person, organisation, law, case, theme, place): only subject pages of that kind. */
  kind?: string | undefined;
  /** One subject's id: only the rounds that raised or named it (with `year`, that year's). */
  subject?: string | undefined;
  sort: SearchSort;
}

const DIGITS = /^\d{1,4}$/;

/** Reads the state from a query string, ignoring values that cannot be filters: "?q=x&year=abc" -> { q: 'x' }. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const pick = (key: string) => {
    const value = params.get(key)?.trim();
    return value && DIGITS.test(value) ? value : undefined;
  };
  return {
    q: (params.get('q') ?? '').trim(),
    year: pick('year'),
    round: pick('round'),
    kind: (SUBJECT_KINDS as readonly string[]).includes(params.get('kind') ?? '')
      ? (params.get('kind') as string)
      : undefined,
    subject: /^[a-z0-9][a-z0-9-]{0,80}$/.test(params.get('subject') ?? '')
      ? (params.get('subject') as string)
      : undefined,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Writes the state as a query string, leaving out empty values and defaults: -> "?q=magnitsky&year=2013". */
export function toQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.year) params.set('year', state.year);
  if (state.round) params.set('round', state.round);
  if (state.kind) params.set('kind', state.kind);
  if (state.subject) params.set('subject', state.subject);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A Pagefind filter: one value, or any of several. */
export type FilterValue = string | { any: string[] };

/** No round has this number: the round filter of a subject no round is about, or of a round not about it. */
const NO_ROUND = '0';

/**
 * Pagefind's search options for a state: filters by year, round and kind, newest first on
 * request. A subject narrows through the round filter, to the rounds `roundsAbout` gives it
 * (those that raised or named it), and with a round chosen too, to that round if it is one of them.
 */
export function toPagefindOptions(
  state: SearchState,
  roundsAbout: (id: string) => readonly string[] = () => [],
): {
  filters: Record<string, FilterValue>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, FilterValue> = {};
  if (state.year) filters.year = state.year;
  if (state.round) filters.round = state.round;
  if (state.kind) filters.kind = state.kind;
  if (state.subject) {
    const rounds = roundsAbout(state.subject);
    filters.round = state.round
      ? rounds.includes(state.round)
        ? state.round
        : NO_ROUND
      : { any: rounds.length ? [...rounds] : [NO_ROUND] };
  }
  return state.sort === 'newest' ? { filters, sort: { date: 'desc' } } : { filters };
}

/** The words to mark on a page reached from search: "Foreign  agents" -> ["foreign", "agents"]. */
export function searchTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  return [...new Set(words)];
}
