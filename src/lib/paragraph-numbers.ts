/**
 * Numbers a round's paragraphs as official documents do (¶1, ¶2 ...) and gives each a stable
 * id (`p1`, `p2` ...) so that readers can link to, cite and search for one paragraph.
 * Only top-level paragraphs count: the release's own paragraphs, in order.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { formatRoundDate } from './dates.ts';
import { formatOrdinal } from './ordinals.ts';

/** The fragment id of paragraph n: 6 -> "p6". Links such as /rounds/18/#p6 rely on it never changing. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/**
 * The name of one paragraph in search results and citations:
 * (18, 2013-11-28, 6) -> "18th round · 28 November 2013 · ¶6".
 */
export function formatParagraphTitle(round: number, date: Date, n: number): string {
  return `${formatOrdinal(round)} round · ${formatRoundDate(date)} · ¶${n}`;
}

/** The permalink placed at the start of paragraph n; ignored by search so "¶6" never matches. */
function paragraphLink(n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['para-link'],
      href: `#${paragraphId(n)}`,
      ariaLabel: `Paragraph ${n}`,
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: `¶${n}` }],
  };
}

/**
 * Adds the id, class, search title and permalink to every top-level `<p>` of a tree, in place.
 * Returns how many paragraphs were numbered.
 */
export function numberParagraphs(tree: Root, titleFor: (n: number) => string | undefined): number {
  let count = 0;
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'p') continue;
    count += 1;
    const title = titleFor(count);
    node.properties = {
      ...node.properties,
      id: paragraphId(count),
      className: ['para'],
      ...(title ? { dataPagefindTitle: title } : {}),
    };
    node.children = [paragraphLink(count), { type: 'text', value: ' ' } as ElementContent, ...node.children];
  }
  return count;
}

/** Reads a YAML date that may arrive as a Date or as an ISO string. */
function toDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Rehype plugin: numbers paragraphs, titling them from the file's `round` and `date` frontmatter. */
export function rehypeParagraphNumbers() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const round = frontmatter.round;
    const date = toDate(frontmatter.date);
    numberParagraphs(tree, (n) =>
      typeof round === 'number' && date ? formatParagraphTitle(round, date, n) : undefined,
    );
  };
}
