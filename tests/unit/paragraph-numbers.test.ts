import { expect, test } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { numberParagraphs, remarkParagraphNumbers } from '../../src/integrations/paragraph-numbers.ts';
import { getRoundParagraphs } from '../../src/record/paragraphs.ts';

const BODY = 'First.\n\n> Quoted, not numbered.\n\n| a |\n| - |\n| cell |\n\nSecond.[^1]\n\n[^1]: A note.';
const tree = (): Root => unified().use(remarkParse).use(remarkGfm).parse(BODY);
const numbered = (root: Root) =>
  root.children.filter((n): n is Paragraph => n.type === 'paragraph' && Boolean(n.data?.hProperties));

test('numbers exactly the paragraphs the record counts, with the same ids', () => {
  const root = tree();
  expect(numberParagraphs(root)).toBe(2);
  const ids = numbered(root).map((p) => p.data?.hProperties?.id);
  expect(ids).toEqual(getRoundParagraphs(BODY).map((p) => p.id));
});

test('marks each numbered paragraph with its id, class and number, and adds no word of any language', () => {
  const root = tree();
  const text = (node: unknown) => JSON.stringify(node).match(/"value":"[^"]*"/g);
  const before = root.children.map(text);
  numberParagraphs(root);
  expect(numbered(root).map((p) => p.data?.hProperties)).toEqual(
    getRoundParagraphs(BODY).map((p) => ({ id: p.id, className: ['para'], dataParagraph: p.number })),
  );
  expect(root.children.map(text)).toEqual(before);
});

test('as a remark plugin, marks the paragraphs of a file with a round number', () => {
  const root = tree();
  const file = new VFile();
  file.data = { astro: { frontmatter: { round: 18, date: new Date('2013-11-28T00:00:00Z') } } };
  remarkParagraphNumbers()(root, file);
  expect(numbered(root)).toHaveLength(getRoundParagraphs(BODY).length);
});

test('as a remark plugin, leaves a file without a round number (an about text) unnumbered', () => {
  const root = tree();
  const before = structuredClone(root);
  remarkParagraphNumbers()(root, new VFile());
  expect(root).toEqual(before);
});
