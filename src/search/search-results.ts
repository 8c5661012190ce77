/**
 * Turns Pagefind's results into what the search UI shows: one hit per matching paragraph
 * (or one per page where no paragraph matched, as for source-only rounds). Pure.
 */

import { parseParagraphFragment } from '../record/paragraph-id.ts';
import type { BrowserWords } from '../i18n/browser-words.ts';
import { withoutSearchOnly } from './search-only.ts';

/** The parts of a Pagefind result's data that the archive uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: {
    title: string;
    url: string;
    excerpt: string;
    /** Pagefind's scores of the matched words in this part of the page. */
    weighted_locations?: { balanced_score: number }[];
  }[];
}

export interface SearchHit {
  /** "18th round" */
  round: string;
  /** "28 November 2013" */
  date: string;
  /** 6 for ¶6; undefined for a hit on the round page as a whole. */
  paragraph: number | undefined;
  /** Where the hit leads, with Pagefind's highlight parameter. */
  url: string;
  /** Pagefind's excerpt, the page's own text with the matched terms in <mark>; search-only text taken out. */
  excerpt: string;
  /** Whether the archive holds the round's text. */
  hasText: boolean;
  /** For a round without text, what the archive holds of it, in a sentence. */
  status: string | undefined;
  /** A round (or one of its paragraphs), or a subject of the index. */
  kind?: 'round' | 'subject';
}

/**
 * Expands one page result into hits: its matching paragraphs, best match first, or the page itself.
 * The page's `text` meta says what it is: "text", "release" or "record" (a round's holding) or
 * "subject"; `status` says what a result for a round without text holds, in `words`.
 */
export function toSearchHits(data: PagefindResultData, status: BrowserWords['status']): SearchHit[] {
  const holding = data.meta.text ?? '';
  const base = {
    round: data.meta.title ?? '',
    date: data.meta.date ?? '',
    hasText: holding === 'text',
    status: holding === 'release' || holding === 'record' ? status[holding] : undefined,
    kind: data.meta.text === 'subject' ? ('subject' as const) : ('round' as const),
  };
  // Pagefind lists a page's parts in page order; the paragraph that matches best comes first.
  const score = (sub: { weighted_locations?: { balanced_score: number }[] }) =>
    (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  const paragraphs = (data.sub_results ?? [])
    .flatMap((sub) => {
      const paragraph = parseParagraphFragment(sub.url);
      return paragraph
        ? [{ hit: { ...base, paragraph, url: sub.url, excerpt: withoutSearchOnly(sub.excerpt) }, score: score(sub) }]
        : [];
    })
    .sort((a, b) => b.score - a.score)
    .map((p) => p.hit);
  if (paragraphs.length) return paragraphs;
  return [{ ...base, paragraph: undefined, url: data.url, excerpt: withoutSearchOnly(data.excerpt) }];
}

/**
 * The heading of a hit: "18th round · 28 November 2013 · ¶6"; for a subject,
 * "Sergei Magnitsky: raised in 5 rounds, 2010–2013".
 */
export function formatHitTitle(hit: SearchHit): string {
  if (hit.kind === 'subject') return hit.date ? `${hit.round}: ${hit.date}` : hit.round;
  return [hit.round, hit.date, hit.paragraph ? `¶${hit.paragraph}` : undefined].filter(Boolean).join(' · ');
}

/** A search with fewer results (pages) than this also looks for the subject its query may misspell ("Did you mean …?"). */
export const SUGGEST_BELOW = 3;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ё/g, 'е').toLowerCase();
const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

/**
 * Whether the engine found the query itself, not only words that merely share its first letters
 * (Pagefind stems and matches prefixes: "Politkovskaia" marks "political"): every query word of
 * three letters or more is one of the marked words, or a marked word differs from it only in its
 * last two letters ("Magnitsky" marks "Magnitsky's", "Тайные" marks "тайных").
 */
export function engineFoundQuery(excerpts: readonly string[], query: string): boolean {
  const marked = excerpts.flatMap((excerpt) =>
    [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => wordsOf(m[1]!)),
  );
  const close = (a: string, b: string) => {
    const common = [...a].findIndex((c, i) => c !== b[i]);
    const shared = common === -1 ? Math.min(a.length, b.length) : common;
    return Math.max(a.length, b.length) - shared <= 2 && shared >= Math.min(a.length, b.length) - 2;
  };
  return wordsOf(query).every((word) => marked.some((m) => m === word || close(m, word)));
}

/**
 * Whether a search should look for the subject its query may misspell, and how close a name
 * must be: any close name when the engine did not find the query's own words ("Politkovskaia"
 * marks "political"), a very close one when it found them but showed no subject ("Политковской"
 * is in a record's words, the subject's page writes "Политковская") or few results; none when
 * it found the words and a subject.
 */
export function subjectSuggestion(
  total: number,
  excerpts: readonly string[],
  query: string,
  foundSubject: boolean,
): 'close' | 'very close' | undefined {
  if (!engineFoundQuery(excerpts, query)) return 'close';
  return !foundSubject || total < SUGGEST_BELOW ? 'very close' : undefined;
}

/** Puts subjects before rounds and paragraphs, keeping Pagefind's order within each: a name finds its subject first. */
export function subjectsFirst<T extends { kind?: 'round' | 'subject' }>(hits: readonly T[]): T[] {
  return [...hits.filter((h) => h.kind === 'subject'), ...hits.filter((h) => h.kind !== 'subject')];
}
