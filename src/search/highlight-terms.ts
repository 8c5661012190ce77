/**
 * Finds where search terms occur in a text, for marking them on a page reached from search.
 * A term matches at the start of a word, so "agent" marks "agents" as Pagefind's stemming does.
 */

/** Returns [start, end) ranges of words in `text` that begin with any term, in order, not overlapping. */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  if (!terms.length) return [];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
