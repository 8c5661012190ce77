/**
 * Remark plugin: marks a round's numbered paragraphs, as official documents number them (¶1, ¶2
 * ...), with their stable id and number, and nothing else: no word of any language. Which
 * paragraphs count is decided by src/record/paragraphs.ts alone. The page's words around each
 * paragraph (its ¶ link, its search title, the "Named here" line) come from the page's language
 * in one place: ReleaseParagraph.astro, with the data of src/views/release-text.ts.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
// Declares mdast's data.hProperties, which the Markdown-to-HTML step turns into attributes.
import type {} from 'mdast-util-to-hast';
import { paragraphId, selectNumberedParagraphs } from '../record/paragraphs.ts';

/**
 * Gives every numbered paragraph of a tree, in place, its id, the class `para` and its number
 * (`data-paragraph`), which the page's paragraph component reads. Returns how many it marked.
 */
export function numberParagraphs(tree: Root): number {
  const paragraphs = selectNumberedParagraphs(tree);
  paragraphs.forEach((node, index) => {
    const n = index + 1;
    node.data = { ...node.data, hProperties: { id: paragraphId(n), className: ['para'], dataParagraph: n } };
  });
  return paragraphs.length;
}

/** The plugin: marks a round file's paragraphs (a file with a `round` number in its frontmatter). */
export function remarkParagraphNumbers() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    // Only a round's text is numbered: other MDX (the about texts) is the archive's own prose.
    if (typeof frontmatter.round !== 'number') return;
    numberParagraphs(tree);
  };
}
