import { expect, test } from 'vitest';
import { hasReleaseText, splitParagraphs } from '../../src/lib/round-text.ts';

test.each([
  ['First.\n\nSecond.', ['First.', 'Second.']], // paragraphs are separated by a blank line
  ['A line\nbroken.\n\n\n  Next.  \n', ['A line broken.', 'Next.']], // line breaks inside a paragraph are joined
  ['\n   \n', []], // blank lines are no text
  [undefined, []], // a file with no body
])('splits %j into %j', (body, expected) => {
  expect(splitParagraphs(body)).toEqual(expected);
});

test('a body has the release text once it has a paragraph', () => {
  expect(hasReleaseText('\n\nOne.\n')).toBe(true);
  expect(hasReleaseText('  \n ')).toBe(false);
});
