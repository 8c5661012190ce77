import { expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import {
  formatParagraphTitle,
  numberParagraphs,
  paragraphId,
  rehypeParagraphNumbers,
} from '../../src/lib/paragraph-numbers.ts';

const p = (text: string): Element => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children: [{ type: 'text', value: text }],
});
const tree = (): Root => ({
  type: 'root',
  children: [
    p('First.'),
    { type: 'text', value: '\n' },
    { type: 'element', tagName: 'blockquote', properties: {}, children: [p('Quoted, not numbered.')] },
    p('Second.'),
  ],
});
const paragraphs = (root: Root) => root.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');

test('gives paragraph n the id "pn", which links rely on', () => {
  expect(paragraphId(6)).toBe('p6');
});

test('titles a paragraph for search results and citations', () => {
  expect(formatParagraphTitle(18, new Date('2013-11-28T00:00:00Z'), 6)).toBe('18th round · 28 November 2013 · ¶6');
});

test('numbers top-level paragraphs only, in order', () => {
  const root = tree();
  expect(numberParagraphs(root, () => undefined)).toBe(2);
  expect(paragraphs(root).map((el) => el.properties.id)).toEqual(['p1', 'p2']);
  const quote = root.children[2] as Element;
  expect((quote.children[0] as Element).properties.id).toBeUndefined();
});

test('puts a permalink first in each paragraph, ignored by search, before the untouched words', () => {
  const root = tree();
  numberParagraphs(root, () => undefined);
  const [first] = paragraphs(root);
  const link = first!.children[0] as Element;
  expect(link.tagName).toBe('a');
  expect(link.properties).toMatchObject({ href: '#p1', ariaLabel: 'Paragraph 1', dataPagefindIgnore: '' });
  expect(link.children).toEqual([{ type: 'text', value: '¶1' }]);
  expect(first!.children.at(-1)).toEqual({ type: 'text', value: 'First.' });
});

test('adds a search title only when one is given', () => {
  const root = tree();
  numberParagraphs(root, (n) => (n === 2 ? 'title two' : undefined));
  expect(paragraphs(root).map((el) => el.properties.dataPagefindTitle)).toEqual([undefined, 'title two']);
});

test('as a rehype plugin, titles paragraphs from the file’s round and date frontmatter', () => {
  const root = tree();
  const file = new VFile();
  file.data = { astro: { frontmatter: { round: 18, date: new Date('2013-11-28T00:00:00Z') } } };
  rehypeParagraphNumbers()(root, file);
  expect(paragraphs(root)[1]!.properties.dataPagefindTitle).toBe('18th round · 28 November 2013 · ¶2');
});

test('as a rehype plugin, still numbers a file without round frontmatter, untitled', () => {
  const root = tree();
  rehypeParagraphNumbers()(root, new VFile());
  expect(paragraphs(root)[0]!.properties).toMatchObject({ id: 'p1' });
  expect(paragraphs(root)[0]!.properties.dataPagefindTitle).toBeUndefined();
});
