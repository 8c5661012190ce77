import { expect, test } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import {
  formatParagraphTitle,
  numberParagraphs,
  remarkParagraphNumbers,
} from '../../src/integrations/paragraph-numbers.ts';
import { getRoundParagraphs } from '../../src/record/paragraphs.ts';

const BODY = 'First.\n\n> Quoted, not numbered.\n\n| a |\n| - |\n| cell |\n\nSecond.[^1]\n\n[^1]: A note.';
const tree = (): Root => unified().use(remarkParse).use(remarkGfm).parse(BODY);
const numbered = (root: Root) =>
  root.children.filter((n): n is Paragraph => n.type === 'paragraph' && Boolean(n.data?.hProperties));

test('titles a paragraph for search results and citations', () => {
  expect(formatParagraphTitle(18, new Date('2013-11-28T00:00:00Z'), 6)).toBe('18th round · 28 November 2013 · ¶6');
});

test('numbers exactly the paragraphs the record counts, with the same ids', () => {
  const root = tree();
  expect(numberParagraphs(root, () => undefined)).toBe(2);
  const ids = numbered(root).map((p) => p.data?.hProperties?.id);
  expect(ids).toEqual(getRoundParagraphs(BODY).map((p) => p.id));
});

test('puts a permalink first in each paragraph, ignored by search, before the untouched words', () => {
  const root = tree();
  numberParagraphs(root, () => undefined);
  const [first] = numbered(root);
  const link = first!.children[0]!;
  expect(link).toMatchObject({ type: 'link', url: '#p1', children: [{ type: 'text', value: '¶1' }] });
  expect(link.data?.hProperties).toMatchObject({ ariaLabel: 'Paragraph 1', dataPagefindIgnore: '' });
  expect(first!.children.at(-1)).toMatchObject({ type: 'text', value: 'First.' });
});

test('adds a search title only when one is given', () => {
  const root = tree();
  numberParagraphs(root, (n) => (n === 2 ? 'title two' : undefined));
  expect(numbered(root).map((p) => p.data?.hProperties?.dataPagefindTitle)).toEqual([undefined, 'title two']);
});

test('as a remark plugin, titles paragraphs from the file’s round and date frontmatter', () => {
  const root = tree();
  const file = new VFile();
  file.data = { astro: { frontmatter: { round: 18, date: new Date('2013-11-28T00:00:00Z') } } };
  remarkParagraphNumbers()(root, file);
  expect(numbered(root)[1]!.data?.hProperties?.dataPagefindTitle).toBe('18th round · 28 November 2013 · ¶2');
});

test('as a remark plugin, leaves a file without a round number (an about text) unnumbered', () => {
  const root = tree();
  const before = structuredClone(root);
  remarkParagraphNumbers()(root, new VFile());
  expect(root).toEqual(before);
});
