import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import {
  checkRoundFrontmatter,
  describeValue,
  formatFieldPath,
  collectRoundErrors,
} from '../../src/record/validate-rounds.ts';
import { FIXTURE_SOURCE as FIXTURE_RELEASE, makeRoundData } from '../support/round-data.ts';
import { readRoundFolder } from '../../src/record/round-folder.ts';
import { formatProblems } from '../../src/record/content-folders.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/rounds');
/** Every problem the loader would report for the files in `folder`, in the loader's order. */
const validateFixtureFolder = (folder: string) => readRoundFolder(folder, PROJECT_ROOT).errors;

const invalid = (name: string) => `tests/fixtures/rounds/invalid/${name}`;
const cross = (folder: string) => join(FIXTURES, 'cross', folder);

describe('a valid set of round files', () => {
  test('passes every check', () => {
    expect(validateFixtureFolder(join(FIXTURES, 'valid'))).toEqual([]);
  });

  test('gets defaults and types from the schema', () => {
    const { frontmatter } = parseFrontmatter(readFileSync(join(FIXTURES, 'valid/1.mdx'), 'utf8'));
    const { data } = checkRoundFrontmatter('1.mdx', frontmatter);
    expect(data?.previous).toEqual([]); // `previous` defaults to an empty list
    expect(data?.raised).toEqual([]); // so do the record's facts
    expect(data?.date).toMatchObject({ edtf: '2001-03-01', precision: 'day', uncertain: false }); // YAML's date, read as EDTF
    expect(data?.date.earliest).toBeInstanceOf(Date);
  });
});

describe('one bad field in one file', () => {
  test.each([
    // a word where a number belongs
    ['round-is-a-word.mdx', 'field "round" is "second"; expected a positive whole number, such as 18.'],
    // zero is not a round
    ['round-is-zero.mdx', 'field "round" is 0; expected a positive whole number, such as 18.'],
    // the meeting date left out
    [
      'date-missing.mdx',
      'field "date" is missing; expected an EDTF date: 2013-11-28 (the day), 2008-10 (only the month)',
    ],
    // a date in words is not EDTF
    ['date-in-words.mdx', 'field "date" is "8 September 2001"; expected an EDTF date: 2013-11-28 (the day)'],
    // no such month
    ['date-not-edtf.mdx', 'field "date" is "2013-13-01"; expected an EDTF date'],
    // a fact must name at least one source
    [
      'fact-without-source.mdx',
      'field "raised[0].sources" is []; expected a list of references to this file’s sources, each with the source’s words',
    ],
    // a misspelt field name is not silently dropped
    [
      'unknown-field.mdx',
      'field "venue" is not a known field; expected only the fields round, date, scheduled, numberedBySequence, place, title, summary, source, sources, attested, delegations, raised, notes, conflicts, previous, nextExpected, corrections and ru.',
    ],
    // only web addresses are sources
    [
      'source-url-not-http.mdx',
      'field "source.url" is "ftp://example.org/2.pdf"; expected the http(s) address of the official document, exactly as published.',
    ],
    ['source-format-wrong.mdx', 'field "source.format" is "Word"; expected the document format: PDF.'],
    ['summary-empty.mdx', 'field "summary" is ""; expected one plain sentence.'],
    // nested fields are named by their path
    ['previous-date-quoted.mdx', 'field "previous[0].date" is "1 March 2001"; expected a date written YYYY-MM-DD'],
    // every round's record needs its public sources
    ['sources-missing.mdx', 'field "sources" is missing;'],
  ])('%s: reports "%s"', (file, message) => {
    const { frontmatter } = parseFrontmatter(readFileSync(invalid(file), 'utf8'));
    const { data, errors } = checkRoundFrontmatter(invalid(file), frontmatter);
    expect(data).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${invalid(file)}: ${message}`);
  });
});

describe('problems across files', () => {
  test.each([
    // two files claim round 2 (so round 1 is gone, and 1.mdx is misnamed): every consequence is listed
    [
      'duplicate-round',
      [
        'cross/duplicate-round/1.mdx: field "round" is 2 but the file is named 1.mdx; expected the file to be named 2.mdx.',
        'cross/duplicate-round/1.mdx and tests/fixtures/rounds/cross/duplicate-round/2.mdx: field "round" is 2 in 2 files; expected each round number in one file only.',
        'cross/duplicate-round/2.mdx: field "previous[0].round" is 1; expected a round that has its own file in the rounds folder (known rounds: 2).',
      ],
    ],
    // round 2 dated before round 1
    [
      'dates-not-increasing',
      [
        'cross/dates-not-increasing/2.mdx: field "date" is 2000-12-31; expected a date that can fall after 2001-03-01, the date of round 1 in tests/fixtures/rounds/cross/dates-not-increasing/1.mdx, because rounds are numbered in the order they were held.',
      ],
    ],
    // a month-only date may contain the next round's day; a day before the whole month may not
    [
      'partial-dates-contradict',
      [
        'cross/partial-dates-contradict/2.mdx: field "date" is 2001-02-28; expected a date that can fall after 2001-03, the date of round 1 in tests/fixtures/rounds/cross/partial-dates-contradict/1.mdx, because rounds are numbered in the order they were held.',
      ],
    ],
    // a fact that cites a source the file does not list
    [
      'unknown-source-id',
      [
        'cross/unknown-source-id/2.mdx: field "raised[0].sources[0]" names "hrw-2001"; expected the id of a source listed in this file (fixture-release).',
      ],
    ],
    // a round with text needs its official release
    [
      'text-without-source',
      [
        'cross/text-without-source/2.mdx: field "source" is missing; expected the official release’s issuer and format, because this round has its text in the archive.',
      ],
    ],
    // the release lists a round that has no file
    [
      'previous-unknown-round',
      [
        'cross/previous-unknown-round/2.mdx: field "previous[0].round" is 1; expected a round that has its own file in the rounds folder (known rounds: 2).',
      ],
    ],
    [
      'previous-wrong-date',
      [
        'cross/previous-wrong-date/2.mdx: field "previous[0].date" is 2001-03-02; expected 2001-03-01, the date in tests/fixtures/rounds/cross/previous-wrong-date/1.mdx.',
      ],
    ],
    // URLs must match byte for byte: cms_data is not cms_Data
    [
      'previous-wrong-url',
      [
        'cross/previous-wrong-url/2.mdx: field "previous[0].url" is "http://example.org/docs/cms_data/1.pdf"; expected "http://example.org/docs/cms_Data/1.pdf", the source.url in tests/fixtures/rounds/cross/previous-wrong-url/1.mdx (byte for byte).',
      ],
    ],
    // a file the collection would not load is never skipped silently
    [
      'stray-file',
      [
        'cross/stray-file/notes.md: this file is not loaded as a round; expected only files named <round>.mdx (such as 18.mdx) in this folder.',
      ],
    ],
    [
      'wrong-file-name',
      [
        'cross/wrong-file-name/round-2.mdx: field "round" is 2 but the file is named round-2.mdx; expected the file to be named 2.mdx.',
      ],
    ],
    // a round without text must link its source
    [
      'source-only-without-url',
      [
        'cross/source-only-without-url/1.mdx: field "source.url" is missing; expected the official document\'s address, because this round has no text in the archive',
        'cross/source-only-without-url/2.mdx: field "previous[0].url" is "http://example.org/docs/cms_Data/1.pdf"; expected the same address in the source.url of tests/fixtures/rounds/cross/source-only-without-url/1.mdx, which has none.',
      ],
    ],
    [
      'text-without-title',
      [
        'cross/text-without-title/2.mdx: field "title" is missing; expected the release\'s title, verbatim, because this round has text in the archive.',
      ],
    ],
    // the Russian words must cover the record exactly: each source, each note, the place
    [
      'russian-words-mismatch',
      [
        'cross/russian-words-mismatch/1.mdx: field "ru.sources.ngo-report" is missing; expected the source’s description in Russian.',
        'cross/russian-words-mismatch/1.mdx: field "ru.sources.ngo-reprot" is "Доклад"; expected one of the ids ["fixture-release","ngo-report"].',
        'cross/russian-words-mismatch/1.mdx: field "ru.notes" has 0 entries; expected 1, one for each of "notes" in the same order.',
        'cross/russian-words-mismatch/1.mdx: field "ru.place" is missing; expected the place "Lisbon" in Russian.',
      ],
    ],
    // received text that MDX would run or render as markup: every place, with the file's line
    [
      'body-runs-code',
      [
        'cross/body-runs-code/2.mdx: line 39 of the text holds an import or export statement, which MDX would run',
        'cross/body-runs-code/2.mdx: line 41 of the text links to "javascript:alert(1)"; expected only http(s) addresses',
      ],
    ],
    // broken YAML: the file is named with the parser's reason
    ['unreadable-yaml', ['cross/unreadable-yaml/2.mdx: the frontmatter could not be read (']],
  ])('%s: reports it', (folder, messages) => {
    const errors = validateFixtureFolder(cross(folder));
    expect(errors).toHaveLength(messages.length);
    messages.forEach((message, i) => expect(errors[i]).toContain(`tests/fixtures/rounds/${message}`));
  });
});

describe('source references and their words', () => {
  const release = { ...FIXTURE_RELEASE, textInArchive: true };
  const other = { id: 'ngo', kind: 'ngo', publisher: 'Fixture Watch', description: 'Report', language: 'en' };
  const round = (attested: unknown, hasText = true) => ({
    filePath: 'content/rounds/1.mdx',
    hasText,
    paragraphs: hasText ? [{ number: 1, id: 'p1', text: 'On 1 March 2001 the parties met in Lisbon.' }] : [],
    data: makeRoundData(1, '2001-03-01', {
      title: 'Fixture release',
      sources: [release, other],
      attested,
      ru: { summary: 'Раунд.', issuer: 'Совет', sources: { 'fixture-release': 'Релиз', ngo: 'Доклад' } },
    }),
  });
  const check = (attested: unknown, hasText = true) =>
    collectRoundErrors({ schemaErrors: [], directoryFiles: [], loadedFiles: [], rounds: [round(attested, hasText)] });

  test('accepts words of the held release that stand in the cited paragraph, and a plain id for it', () => {
    expect(
      check({ date: [{ source: 'fixture-release', paragraph: 1, words: 'On 1 March  2001' }, 'fixture-release'] }),
    ).toEqual([]);
  });

  test.each([
    [
      // a plain id for a source other than the held release
      { date: ['ngo'] },
      'content/rounds/1.mdx: field "attested.date[0]" is "ngo" without words; expected { source: ngo, words: "…" } with the words of that source that state the fact (a plain id is accepted only for the release whose text this file holds).',
    ],
    [
      // words the cited paragraph does not hold
      { date: [{ source: 'fixture-release', paragraph: 1, words: 'on 2 March' }] },
      'content/rounds/1.mdx: field "attested.date[0]".words is "on 2 March"; expected words that stand in paragraph 1 of the text, verbatim.',
    ],
    [
      // a paragraph the text does not have
      { date: [{ source: 'fixture-release', paragraph: 4, words: 'On 1 March' }] },
      'content/rounds/1.mdx: field "attested.date[0]".paragraph is 4; expected a paragraph of the text (1 to 1).',
    ],
    [
      // a paragraph of a source whose text is not here
      { date: [{ source: 'ngo', paragraph: 1, words: 'On 1 March' }] },
      'content/rounds/1.mdx: field "attested.date[0]".paragraph is 1; expected no paragraph, because ngo is not the release whose text this file holds.',
    ],
  ])('refuses %j', (attested, message) => {
    expect(check(attested)).toEqual([message]);
  });

  test('refuses a release marked as held in a file without text', () => {
    expect(check({ date: [{ source: 'ngo', words: 'in March 2001' }] }, false)).toEqual([
      'content/rounds/1.mdx: field "sources[0].textInArchive" is true; expected false, because this file holds no release text.',
    ]);
  });
});

describe('message helpers', () => {
  test.each([
    [new Date('2013-11-28T00:00:00Z'), '2013-11-28'], // dates as written in YAML
    ['eighteen', '"eighteen"'], // strings quoted, so an empty one shows
    [18, '18'],
    [undefined, 'missing'],
    [{ a: 1 }, '{"a":1}'],
  ])('describes %o as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  test.each([
    [['round'], 'round'],
    [['source', 'url'], 'source.url'],
    [['previous', 2, 'date'], 'previous[2].date'],
  ])('writes the path %j as %s', (path, expected) => {
    expect(formatFieldPath(path)).toBe(expected);
  });

  test('counts the problems it lists', () => {
    expect(formatProblems('Round files', ['a', 'b'])).toBe('Round files have 2 problems:\n  - a\n  - b');
    expect(formatProblems('Round files', ['a'])).toMatch(/^Round files have 1 problem:/);
  });
});
