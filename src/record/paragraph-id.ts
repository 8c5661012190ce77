/**
 * The `p<n>` convention for paragraph ids, with no dependencies: the browser's search code reads
 * paragraph numbers back from result URLs with it, and must not pull in the Markdown parser.
 */

/** The fragment id of paragraph n: 6 -> "p6". Links such as /rounds/18/#p6 rely on it never changing. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/** Reads a paragraph number back from a link's fragment: "#p6" or "/rounds/18/#p6" -> 6; anything else -> undefined. */
export function parseParagraphFragment(href: string): number | undefined {
  const match = /#p([1-9][0-9]*)$/.exec(href);
  return match ? Number(match[1]) : undefined;
}
