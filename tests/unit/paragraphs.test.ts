import { expect, test } from 'vitest';
import { getRoundParagraphs } from '../../src/record/paragraphs.ts';
import { paragraphId, parseParagraphFragment } from '../../src/record/paragraph-id.ts';

const texts = (body: string | undefined) => getRoundParagraphs(body).map((p) => p.text);

test.each([
  ['First.\n\nSecond.', ['First.', 'Second.']], // paragraphs are separated by a blank line
  ['A line\nbroken.\n\n\n  Next.  \n', ['A line broken.', 'Next.']], // line breaks inside a paragraph are joined
  ['\n   \n', []], // blank lines are no text
  [undefined, []], // a file with no body
  ['Before.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter.', ['Before.', 'After.']], // a GFM table is not a paragraph
  ['Text.[^1]\n\n[^1]: A note.', ['Text.']], // a footnote's text is not a numbered paragraph
  ['> Quoted.\n\n- listed\n\nOwn.', ['Own.']], // quotations and list items are not the release's paragraphs
  ['On “non-traditional” and "foreign agents".', ['On “non-traditional” and "foreign agents".']], // quotes stay as written
])('reads the numbered paragraphs of %j as %j', (body, expected) => {
  expect(texts(body)).toEqual(expected);
});

test('numbers paragraphs from 1 and gives each its p<n> id', () => {
  expect(getRoundParagraphs('One.\n\nTwo.')).toEqual([
    { number: 1, id: 'p1', text: 'One.' },
    { number: 2, id: 'p2', text: 'Two.' },
  ]);
});

test('a body without a top-level paragraph (blank, or only a table) has no numbered paragraph, so no text', () => {
  expect(getRoundParagraphs('\n\nOne.\n')).toHaveLength(1);
  expect(getRoundParagraphs('  \n ')).toEqual([]);
  expect(getRoundParagraphs('| only | a table |\n| - | - |')).toEqual([]);
});

test('gives paragraph n the id "pn", which links rely on', () => {
  expect(paragraphId(6)).toBe('p6');
});

test.each([
  ['#p6', 6], // a fragment
  ['/rounds/18/#p12', 12], // a full link
  ['/rounds/18/', undefined], // no fragment
  ['#p0', undefined], // paragraphs count from 1
  ['#main', undefined], // another fragment
])('reads the paragraph number of %j as %j', (href, expected) => {
  expect(parseParagraphFragment(href)).toBe(expected);
});
