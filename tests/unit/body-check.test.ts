import { expect, test } from 'vitest';
import { checkRoundBody } from '../../src/record/body-check.ts';

test.each([
  // ESM: MDX would run it at build
  ['export const leak = 1', 'line 3 of the text holds an import or export statement, which MDX would run'],
  ['import fs from "node:fs"', 'line 3 of the text holds an import or export statement, which MDX would run'],
  // an expression: MDX would evaluate it
  ['The EU {process.exit(1)}.', 'line 3 of the text holds a {…} expression, which MDX would evaluate'],
  // JSX or HTML: rendered as markup
  ['A <img src="x" /> here.', 'line 3 of the text holds a JSX or HTML element, which MDX would render as markup'],
  // a link to a script
  ['[x](javascript:alert(1))', 'line 3 of the text links to "javascript:alert(1)"; expected only http(s) addresses'],
  // MDX cannot read it at all
  ['An unclosed {brace', 'line 3 of the text cannot be read as MDX ('],
])('refuses %j, naming the file and the line', (body, message) => {
  const [problem, ...more] = checkRoundBody('content/rounds/9.mdx', `\n${body}\n`, 2);
  expect(more).toEqual([]);
  expect(problem).toContain(`content/rounds/9.mdx: ${message}`);
});

test('accepts text, tables, footnotes and http(s) links', () => {
  expect(
    checkRoundBody(
      'r.mdx',
      'Plain \\{text\\}.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[link](https://x.org/) and a note.[^1]\n\n[^1]: A note.\n',
    ),
  ).toEqual([]);
});
