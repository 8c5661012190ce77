/**
 * Links to selected words: `…/rounds/18/#p6:~:text=Sergey%20Magnitsky`, which browsers with
 * text fragments scroll to and highlight; others fall back to the paragraph (#p6).
 */

import { encodeTextDirective } from '../format/text-fragments.ts';

export { encodeTextDirective };

/** Words kept at each end of a long selection (textStart,textEnd) instead of quoting it whole. */
const EDGE_WORDS = 4;
const LONG_SELECTION = 12;

/**
 * The text directive for a selection: the words themselves, or for a long selection its first
 * and last words as a range: "a b … y z" -> "a%20b%20c%20d,w%20x%20y%20z".
 */
export function textDirective(selected: string): string {
  const words = selected.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length <= LONG_SELECTION) return encodeTextDirective(words.join(' '));
  return `${encodeTextDirective(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextDirective(words.slice(-EDGE_WORDS).join(' '))}`;
}

/** The link to a selection in paragraph `paragraphId`, or to the paragraph where text fragments are not supported. */
export function selectionUrl(
  pageUrl: string,
  paragraphId: string,
  selected: string,
  supportsTextFragments: boolean,
): string {
  const base = `${pageUrl.split('#')[0]}#${paragraphId}`;
  const directive = textDirective(selected);
  return supportsTextFragments && directive ? `${base}:~:text=${directive}` : base;
}
