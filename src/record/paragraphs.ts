/**
 * The one definition of a round's numbered paragraphs. A round file's body is the release's
 * text in Markdown (GFM); its numbered paragraphs are the top-level paragraphs of that tree, in
 * order: not table cells, list items, quotations or footnotes. The page (through the remark
 * plugin in src/integrations), the open data, the feed, the citations and the search index all
 * take their paragraphs and `p<n>` ids from here, so they always agree.
 */
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { paragraphId } from './paragraph-id.ts';

export { paragraphId };

/** The paragraphs that get numbers: the top-level paragraph nodes of a round text's Markdown tree, in order. */
export function selectNumberedParagraphs(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
}

/** One numbered paragraph of a release, as data. */
export interface RoundParagraph {
  /** 1 for the first paragraph. */
  number: number;
  /** "p1": the fragment id on the round page. */
  id: string;
  /** The paragraph's words, verbatim, with the source's line breaks joined. */
  text: string;
}

const markdown = unified().use(remarkParse).use(remarkGfm);

/** The numbered paragraphs of a round file's body: "One\ntwo.\n\n| a |\n|---|\n\nThree." -> ["One two.", "Three."]. */
export function getRoundParagraphs(body: string | undefined): RoundParagraph[] {
  return selectNumberedParagraphs(markdown.parse(body ?? '')).map((node, index) => ({
    number: index + 1,
    id: paragraphId(index + 1),
    text: toString(node).replace(/\s+/g, ' ').trim(),
  }));
}
