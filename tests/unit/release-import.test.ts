import { describe, expect, test } from 'vitest';
import {
  escapeMarkdownText,
  ImportError,
  parseRelease,
  parseReleaseDate,
  renderRoundFile,
  SUMMARY_PLACEHOLDER,
} from '../../tools/lib/release-import.ts';
import { checkRoundBody } from '../../src/record/body-check.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';

const ISSUER = { issuer: 'Fixture Council' };
const release = (opening: string, ...more: string[]) =>
  ['A fixture release', '', opening, '', ...more.flatMap((p) => [p, ''])].join('\n');

describe('reading a release', () => {
  test('reads round, date and place from the opening paragraph, and the next round from the last', () => {
    const { draft, warnings } = parseRelease(
      release(
        'On 3 March 2006, the parties held their third round of human rights consultations in Vienna, discussing things.',
        'The next round of consultations should take place in autumn 2006.',
      ),
      ISSUER,
    );
    expect(draft).toMatchObject({ round: 3, date: '2006-03-03', place: 'Vienna', nextExpected: 'autumn 2006' });
    expect(draft.title).toBe('A fixture release');
    expect(warnings).toEqual([]);
  });

  test('joins a paragraph’s line breaks with spaces, and blank lines made of spaces still separate paragraphs', () => {
    const text =
      'Title \n \nOn 1 May 2007, they held their fifth round\nof consultations in Brussels. \n   \nSecond one.\n';
    expect(parseRelease(text, ISSUER).draft.paragraphs).toEqual([
      'On 1 May 2007, they held their fifth round of consultations in Brussels.',
      'Second one.',
    ]);
  });

  test('keeps a hyphen at a line end, joins the word and warns the editor', () => {
    const { draft, warnings } = parseRelease(
      release('On 1 May 2007, they held their fifth round of consultations in Brussels on anti-\nextremism.'),
      ISSUER,
    );
    expect(draft.paragraphs[0]).toContain('anti-extremism.');
    expect(warnings).toEqual(['a line ends with a hyphen; joined as "anti-extremism.": check it against the original']);
  });

  test('reads the list of previous consultations, counting round numbers back, and drops it from the text', () => {
    const { draft } = parseRelease(
      release(
        'On 28 November 2013, they held their eighteenth round of consultations in Brussels.',
        'Previous Human Rights Consultations:',
        '17 May 2013\nhttp://example.org/cms_Data/a.pdf',
        '7 December 2012 http://example.org/b.pdf', // a PDF may keep the date and address on one line
      ),
      ISSUER,
    );
    expect(draft.paragraphs).toHaveLength(1);
    expect(draft.previous).toEqual([
      { round: 17, date: '2013-05-17', url: 'http://example.org/cms_Data/a.pdf' },
      { round: 16, date: '2012-12-07', url: 'http://example.org/b.pdf' },
    ]);
  });

  test('flags override what the text says, and a missing place is reported, not guessed', () => {
    const { draft, warnings } = parseRelease(release('The parties met again.'), {
      ...ISSUER,
      round: 9,
      date: '2009-05-26',
    });
    expect(draft).toMatchObject({ round: 9, date: '2009-05-26', place: undefined });
    expect(warnings).toEqual([
      'the place could not be read from the opening paragraph; give it with --place, or leave it unknown',
    ]);
  });

  test.each([
    ['', {}, 'the text is empty'], // an empty file
    ['Only a title\n', {}, 'no paragraphs found'], // a title and nothing else
    [release('The parties met.'), {}, 'the round number could not be read'], // no ordinal
    [release('On 31 Smarch 2013, they held their first round.'), {}, 'the date "31 Smarch 2013" could not be parsed'],
    [release('They held their first round.'), { date: '2013-02-30' }, '--date is "2013-02-30"'], // not a real day
    [
      release(
        'On 1 May 2007, they held their fifth round.',
        'Previous Human Rights Consultations:',
        'May 2007\nnot a url',
      ),
      {},
      'the list of previous consultations has "May 2007 not a url"; expected a date such as "17 May 2013" followed by its http(s) address',
    ], // no day in the date, no address
    [
      release('On 1 May 2007, they held their fifth round.', 'Previous Human Rights Consultations:', '1 May 2006'),
      {},
      'the list of previous consultations has "1 May 2006"; expected a date such as "17 May 2013" followed by its http(s) address',
    ], // a date without its address
  ])('refuses %j with a message saying what was expected', (text, overrides, message) => {
    expect(() => parseRelease(text, { ...ISSUER, ...overrides })).toThrow(ImportError);
    expect(() => parseRelease(text, { ...ISSUER, ...overrides })).toThrow(message);
  });

  test('needs to know the issuer', () => {
    expect(() => parseRelease(release('On 1 May 2007, they held their fifth round.'))).toThrow(
      'the issuer is not known',
    );
  });
});

describe('writing a round file', () => {
  test.each([
    ['28 November 2013', '2013-11-28'], // as the releases write dates
    ['7 December 2012', '2012-12-07'], // a one-digit day
    ['31 February 2013', undefined], // no such day
    ['November 2013', undefined], // no day
  ])('reads the date %j as %s', (text, expected) => {
    expect(parseReleaseDate(text)).toBe(expected);
  });

  test.each([
    ['plain words', 'plain words'], // nothing to escape
    ['a {brace} and <tag>', 'a \\{brace\\} and \\<tag>'], // MDX expressions and tags
    ['1. The EU', '1\\. The EU'], // would start an ordered list
    ['- a dash', '\\- a dash'], // would start a list
    ['*stars* and _under_', '\\*stars\\* and \\_under\\_'], // emphasis marks
    ['export const a = 1', '&#x65;xport const a = 1'], // MDX would run it as ESM
    ['Import duties', '&#x49;mport duties'], // likewise, in any case
    ['AT&T &amp; co', 'AT\\&T \\&amp; co'], // a character reference would be decoded
    ['~~struck~~', '\\~\\~struck\\~\\~'], // GFM strikethrough
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeMarkdownText(text)).toBe(expected);
  });

  test.each([
    'export const leak = require("fs").readFileSync("/etc/hostname", "utf8");',
    'import fs from "node:fs"',
    'The EU noted {process.exit(1)} and {leak}.',
    'A <script>alert(1)</script> and <img src=x onerror=alert(1)> inside.',
    '[click](javascript:alert(1)) and <javascript:alert(1)> and ![x](data:image/png;base64,AAA)',
    '1. A list? # A heading? > A quote? | a | table |',
    'Entities &lt; &#65; &amp; stay as written, like \\ backslashes and `code`.',
  ])(
    'received text %j reads back through MDX’s own parser as the same characters, with nothing MDX would run',
    (text) => {
      const escaped = escapeMarkdownText(text);
      expect(checkRoundBody('x.mdx', escaped)).toEqual([]);
      const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(escaped);
      expect(toString(tree)).toBe(text);
    },
  );

  test('leaves the summary to the editor with a placeholder', () => {
    const { draft } = parseRelease(release('On 1 May 2007, they held their fifth round in Brussels.'), ISSUER);
    expect(renderRoundFile(draft)).toContain(`summary: ${JSON.stringify(SUMMARY_PLACEHOLDER)}`);
  });
});
