/**
 * Text a page carries for search only (subjects' other names, the "Named here" line after a
 * paragraph) must be found but never shown in a result's snippet. The page encloses it in two
 * hidden marks, which Pagefind indexes like any character and keeps in its excerpts; the
 * results take what lies between them out of the snippet, so a snippet is the page's own
 * readable text. Pure: used at build (the marks) and in the browser (the snippets).
 */

/** The marks: two brackets no text of the archive uses (⟦ U+27E6, ⟧ U+27E7). */
export const SEARCH_ONLY_OPEN = '⟦';
export const SEARCH_ONLY_CLOSE = '⟧';

/**
 * An excerpt with its search-only text taken out, also where the excerpt begins or ends inside
 * it: "a ⟦ (Magnitskiy, <mark>Магнитский</mark>) ⟧ b" -> "a b"; "x) ⟧ the text" -> "the text".
 */
export function withoutSearchOnly(excerpt: string): string {
  return excerpt
    .replace(/⟦[^⟧]*(?:⟧|$)/g, ' ')
    .replace(/^[^⟦]*⟧/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
