/**
 * Finds where search terms occur in a text, for marking them on a page reached from search.
 * A term matches at the start of a word, so "agent" marks "agents" as Pagefind's stemming does,
 * and accents are ignored as Pagefind ignores them: "nordstrom" marks "Nordström".
 */

/** Drops accents letter by letter, keeping the text's length so that positions stay valid: "Muižnieks" -> "Muiznieks". */
function foldAccents(text: string): string {
  return text.replace(/\p{L}/gu, (letter) => {
    const base = letter.normalize('NFD').replace(/\p{M}+/gu, '');
    return base.length === letter.length ? base : letter;
  });
}

/** Returns [start, end) ranges of words in `text` that begin with any term, in order, not overlapping. */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  if (!terms.length) return [];
  const escaped = terms.map((t) => foldAccents(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return [...foldAccents(text).matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
