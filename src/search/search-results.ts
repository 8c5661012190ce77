/**
 * Turns Pagefind's results into what the search UI shows: one hit per matching paragraph
 * (or one per page where no paragraph matched, as for source-only rounds). Pure.
 */

import { parseParagraphFragment } from '../record/paragraph-id.ts';

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
  /** Pagefind's excerpt: text with the matched terms in <mark>. */
  excerpt: string;
  /** Whether the archive holds the round's text. */
  hasText: boolean;
  /** For a round without text, what the archive holds of it, in a sentence. */
  status: string | undefined;
  /** A round (or one of its paragraphs), or a subject of the index. */
  kind?: 'round' | 'subject';
}

/** What a result for a round without text says it is, by the page's `text` meta. */
const STATUS: Record<string, string> = {
  'official release known': 'Official release known: this archive links it and sets out the public record',
  'public record only': 'Public record only: what sources report of the round, each fact with its sources',
};

/** Expands one page result into hits: its matching paragraphs, best match first, or the page itself. */
export function toSearchHits(data: PagefindResultData): SearchHit[] {
  const base = {
    round: data.meta.title ?? '',
    date: data.meta.date ?? '',
    hasText: data.meta.text === 'full text',
    status: STATUS[data.meta.text ?? ''],
    kind: data.meta.text === 'subject' ? ('subject' as const) : ('round' as const),
  };
  // Pagefind lists a page's parts in page order; the paragraph that matches best comes first.
  const score = (sub: { weighted_locations?: { balanced_score: number }[] }) =>
    (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  const paragraphs = (data.sub_results ?? [])
    .flatMap((sub) => {
      const paragraph = parseParagraphFragment(sub.url);
      return paragraph ? [{ hit: { ...base, paragraph, url: sub.url, excerpt: sub.excerpt }, score: score(sub) }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .map((p) => p.hit);
  if (paragraphs.length) return paragraphs;
  return [{ ...base, paragraph: undefined, url: data.url, excerpt: data.excerpt }];
}

/**
 * The heading of a hit: "18th round · 28 November 2013 · ¶6"; for a subject,
 * "Sergei Magnitsky: raised in 5 rounds, 2010–2013".
 */
export function formatHitTitle(hit: SearchHit): string {
  if (hit.kind === 'subject') return `${hit.round}: ${hit.date}`;
  return [hit.round, hit.date, hit.paragraph ? `¶${hit.paragraph}` : undefined].filter(Boolean).join(' · ');
}

/** Puts subjects before rounds and paragraphs, keeping Pagefind's order within each: a name finds its subject first. */
export function subjectsFirst<T extends { kind?: 'round' | 'subject' }>(hits: readonly T[]): T[] {
  return [...hits.filter((h) => h.kind === 'subject'), ...hits.filter((h) => h.kind !== 'subject')];
}

/** A count a screen reader can announce: (0, 'x') -> 'No results for “x”'. */
export function describeResultCount(count: number, query: string): string {
  const about = query ? ` for “${query}”` : '';
  if (count === 0) return `No results${about}`;
  return `${count} ${count === 1 ? 'result' : 'results'}${about}`;
}
