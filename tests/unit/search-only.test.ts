/** search-only.ts: snippets keep the page's own words, never what a page carries for search only. */
import { expect, test } from 'vitest';
import { SEARCH_ONLY_CLOSE as C, SEARCH_ONLY_OPEN as O, withoutSearchOnly } from '../../src/search/search-only.ts';

test.each([
  // search-only text inside the excerpt is taken out, with its marks
  [`The EU raised it. ${O} Named here: X (<mark>Xy</mark>) ${C} Next.`, 'The EU raised it. Next.'],
  // an excerpt that ends inside search-only text loses its tail
  [`The EU raised it. ${O} Named here: X (<mark>Xy</mark>`, 'The EU raised it.'],
  // an excerpt that begins inside it loses its head
  [`(<mark>Xy</mark>) ${C} The next paragraph.`, 'The next paragraph.'],
  // an excerpt without marks is unchanged
  ['Plain <mark>words</mark>.', 'Plain <mark>words</mark>.'],
])('%j -> %j', (excerpt, expected) => {
  expect(withoutSearchOnly(excerpt)).toBe(expected);
});
