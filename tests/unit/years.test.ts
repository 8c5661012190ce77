import { expect, test } from 'vitest';
import { describeYear, getYearPages } from '../../src/views/years.ts';
import { createPageLanguage } from '../../src/i18n/index.ts';
import { makeRound } from '../support/round-data.ts';

const english = createPageLanguage('en', { base: '/', site: 'https://example.org' });
const rounds = [makeRound(1, '2001-03-01'), makeRound(2, '2001-09-08', {}, true), makeRound(3, '2003-05-01')];

test('each year with rounds has a page, oldest first, linked to the years before and after it', () => {
  const pages = getYearPages(rounds, english);
  expect(pages.map((p) => [p.year, p.href, p.rounds.map((r) => r.round)])).toEqual([
    [2001, '/rounds/years/2001/', [2, 1]],
    [2003, '/rounds/years/2003/', [3]],
  ]);
  expect(pages[0]!.previous).toBeUndefined();
  expect(pages[0]!.next).toEqual({ label: '2003', href: '/rounds/years/2003/' });
  expect(pages[1]!.previous).toEqual({ label: '2001', href: '/rounds/years/2001/' });
  expect(pages[0]!.lede).toBe('2 rounds, 1 with full text, newest first.');
  expect(pages[1]!.lede).toBe('One round.');
});

test.each([
  [{ roundCount: 1, withTextCount: 0 }, 'one round'],
  [{ roundCount: 1, withTextCount: 1 }, 'one round, with full text'],
  [{ roundCount: 52, withTextCount: 3 }, '52 rounds, 3 with full text'],
])('describes a year: %o -> %s', (counts, words) => {
  expect(describeYear(counts, english.t)).toBe(words);
});
