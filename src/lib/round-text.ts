/**
 * A round's text as data: the body of its MDX file is the release's paragraphs, verbatim,
 * separated by blank lines (see README, "Adding a round").
 */

/** Splits a round body into its paragraphs, joining any line breaks inside one: "a\nb\n\nc" -> ["a b", "c"]. */
export function splitParagraphs(body: string | undefined): string[] {
  return (body ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Whether a round file's body holds the release's text: true once it has a paragraph. */
export function hasReleaseText(body: string | undefined): boolean {
  return splitParagraphs(body).length > 0;
}
