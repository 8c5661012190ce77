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

/**
 * Pagefind's search options for a state: filters by year, round, kind and subject, newest first
 * on request. `subjectFilter` gives a subject id's value in the index (its page's address).
 */
export function toPagefindOptions(
  state: SearchState,
  subjectFilter: (id: string) => string = (id) => id,
): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, string> = {};
  if (state.year) filters.year = state.year;
  if (state.round) filters.round = state.round;
  if (state.kind) filters.kind = state.kind;
  if (state.subject) filters.subject = subjectFilter(state.subject);
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
