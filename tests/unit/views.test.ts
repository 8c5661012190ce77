import { describe, expect, test } from 'vitest';
import { createPageLanguage } from '../../src/i18n/index.ts';
import { makeRoundData } from '../support/round-data.ts';
import { getAboutPageData } from '../../src/views/about.ts';
import { getRoundsPageData } from '../../src/views/rounds.ts';
import { getSearchPageData } from '../../src/views/search.ts';

const language = createPageLanguage('en', { base: '/', site: 'https://x.example' });
const citationUrlFor = language.absoluteUrlFor;
const round = (n: number, date: string, extra: Record<string, unknown> = {}, text: string[] = []) => ({
  hasText: text.length > 0,
  paragraphs: text.map((t, i) => ({ number: i + 1, id: `p${i + 1}`, text: t })),
  data: makeRoundData(n, date, extra),
});
const first = round(1, '2001-03-01');
const second = round(2, '2001-09-08');
const third = round(
  3,
  '2002-02-02',
  {
    title: 'Third',
    previous: [
      { round: 2, date: new Date('2001-09-08T00:00:00Z'), url: 'http://example.org/2.pdf' },
      { round: 1, date: new Date('2001-03-01T00:00:00Z'), url: 'http://example.org/1.pdf' },
    ],
  },
  ['One on torture.', 'Two.'],
);

describe('/about/', () => {
  const about = getAboutPageData([second, third, first], { limit: 10, language, citationUrlFor });

  test('explains numbering on the newest release that lists earlier rounds, in words', () => {
    expect(about.numberingExample?.release.round).toBe(3);
    expect(about.numberingExample?.listedDates).toBe('8 September 2001 and 1 March 2001');
    expect(about.numberingExample?.listedRounds).toBe('2nd and 1st');
  });

  test('names the rounds of each holding while they are few, else counts them from the oldest to the newest', () => {
    const holdings = [about.withText, about.withRelease, about.recordOnly];
    expect(holdings.flatMap((g) => g.named.map((r) => r.round)).sort()).toEqual([1, 2, 3]);
    const counted = getAboutPageData([second, third, first], { limit: 0, language, citationUrlFor });
    for (const group of [counted.withText, counted.withRelease, counted.recordOnly]) {
      expect(group.named).toEqual([]);
      if (group.count) expect(group.oldest!.round).toBeLessThanOrEqual(group.newest!.round);
    }
  });

  test('cites a paragraph of the newest round with text, and names its data file', () => {
    expect(about.citationExample).toContain('para. 2. https://x.example/rounds/3/#p2');
    expect(about.dataFileExample).toEqual({ href: '/rounds/3.json', label: '/rounds/3.json' });
  });

  test('says nothing of numbering or citing when no round has a list or a text', () => {
    const bare = getAboutPageData([first], { limit: 10, language, citationUrlFor });
    expect([bare.numberingExample, bare.citationExample, bare.dataFileExample]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('/search/', () => {
  test('offers only the example searches that the texts contain', () => {
    const { examples, years } = getSearchPageData([first, third], {
      language,
      limit: 10,
      candidates: ['torture', 'Magnitsky', 'TWO'],
    });
    expect(examples).toEqual(['torture', 'TWO']); // case does not matter; absent words are not offered
    expect(years).toEqual([2002, 2001]); // newest first
  });

  test('lists every round in the round filter up to the limit, then asks for a number', () => {
    const few = getSearchPageData([first, third], { language, limit: 2 }).roundFilter;
    expect(few.kind === 'list' && few.rounds.map((r) => r.round)).toEqual([3, 1]);
    expect(getSearchPageData([first, third, second], { language, limit: 2 }).roundFilter).toEqual({
      kind: 'number',
      min: 1,
      max: 3,
    });
  });
});

describe('/rounds/', () => {
  test('counts the rounds with text and describes the listing', () => {
    const page = getRoundsPageData([first, third, second], { language, limit: 3 });
    expect(page.rounds.map((r) => r.round)).toEqual([3, 2, 1]);
    expect(page.withTextCount).toBe(1);
    expect(page.description).toMatch(/^All 3 rounds/);
    expect(page.listsEveryRound).toBe(true);
    expect(page.timeline.kind).toBe('rounds');
  });

  test('past the limit, lists years that link to their pages, and the timeline shows years', () => {
    const page = getRoundsPageData([first, third, second], { language, limit: 2 });
    expect(page.listsEveryRound).toBe(false);
    expect(page.years.map((y) => [y.year, y.roundCount, y.href])).toEqual([
      [2002, 1, '/rounds/years/2002/'],
      [2001, 2, '/rounds/years/2001/'],
    ]);
    expect(page.timeline.kind).toBe('years');
    expect(page.timeline.caption).toMatch(/^3 rounds from 2001 to 2002/);
  });
});
