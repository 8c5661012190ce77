import { expect, test } from 'vitest';
import { en, type Dictionary } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { localizePath, splitLocalePath } from '../../src/i18n/locales.ts';
import { plural } from '../../src/i18n/plural.ts';
import { escapeHtml } from '../../src/i18n/escape-html.ts';
import { nameLang } from '../../src/i18n/scripts.ts';
import { getLanguage } from '../../src/i18n/index.ts';
import { describeRoundDate, ENGLISH_DATES, formatRoundDate } from '../../src/format/dates.ts';
import { parseRoundDate } from '../../src/record/round-date.ts';

const RUSSIAN = getLanguage('ru');
const date = (edtf: string) => parseRoundDate(edtf)!;

test.each([
  [1, '1 раунд'], // one
  [2, '2 раунда'], // few
  [5, '5 раундов'], // many
  [11, '11 раундов'], // many: 11–14 are not "one" or "few"
  [21, '21 раунд'], // one again: the rule, not n === 1
  [22, '22 раунда'], // few again
  [1000, '1 000 раундов'], // numbers written the Russian way
])('Russian counts %i rounds as “%s”', (count, words) => {
  expect(ru.subjects.roundCount(count).replace(/\s/g, ' ')).toBe(words);
});

test.each([
  [1, '1 round'],
  [2, '2 rounds'],
  [21, '21 rounds'],
])('English counts %i rounds as “%s”', (count, words) => {
  expect(en.subjects.roundCount(count)).toBe(words);
});

test('a plural needs only the forms its language uses, with "other" as the fallback', () => {
  expect(plural('en-GB', 3, { one: '{n} thing', other: '{n} things' })).toBe('3 things');
  expect(plural('ru-RU', 3, { other: '{n} шт.' })).toBe('3 шт.');
});

test.each([
  ['2013-11-28', '28 ноября 2013 г.'], // the day, genitive month
  ['2008-10', 'октябрь 2008 г.'], // only the month, nominative
  ['2009-05-25/2009-05-26', '25–26 мая 2009 г.'], // a span
  ['2007-10-03?', '3 октября 2007 г. (не точно)'], // uncertain
])('a Russian page writes %s as “%s”', (edtf, words) => {
  // Intl may join the parts with no-break spaces: compared as plain spaces.
  expect(formatRoundDate(date(edtf), RUSSIAN).replace(/\s/g, ' ')).toBe(words);
});

test('a Russian page says what the record does not know of a date', () => {
  expect(describeRoundDate(date('2008-10'), { language: RUSSIAN })).toBe('октябрь 2008 г.; день неизвестен');
  expect(describeRoundDate(date('2013-11-28'), { language: ENGLISH_DATES })).toBe('28 November 2013');
});

test.each([
  [1, '1-й раунд', '1st round'],
  [18, '18-й раунд', '18th round'],
  [22, '22-й раунд', '22nd round'],
])('round %i is the “%s” in Russian and the “%s” in English', (n, russian, english) => {
  expect(ru.round.label(n)).toBe(russian);
  expect(en.round.label(n)).toBe(english);
});

test.each([
  ['/rounds/18/', 'ru', '/ru/rounds/18/'], // a page moves under the prefix
  ['/', 'ru', '/ru/'], // the home page too
  ['/search/?q=x#p6', 'ru', '/ru/search/?q=x#p6'], // query and fragment kept
  ['/rounds/18.json', 'ru', '/rounds/18.json'], // files are the same for every language
  ['/feed.xml', 'ru', '/feed.xml'],
  ['/rounds/18/', 'en', '/rounds/18/'], // English has no prefix
])('localizePath(%s, %s) is %s', (path, locale, expected) => {
  expect(localizePath(path, locale as 'en' | 'ru')).toBe(expected);
});

test.each([
  ['/ru/rounds/18/', '/', { locale: 'ru', path: '/rounds/18/' }],
  ['/ru/', '/', { locale: 'ru', path: '/' }],
  ['/rounds/18/', '/', { locale: 'en', path: '/rounds/18/' }],
  ['/archive/ru/about/', '/archive/', { locale: 'ru', path: '/about/' }], // under a base path
  ['/russia/', '/', { locale: 'en', path: '/russia/' }], // a page whose name starts with "ru" is English
])('splitLocalePath(%s, %s)', (pathname, base, expected) => {
  expect(splitLocalePath(pathname, base)).toEqual(expected);
});

test('the two dictionaries have the same keys, checked by the type checker', () => {
  // These lines are compiled by `astro check`: each must be an error, or the check fails.
  const { siteName: _, ...withoutName } = ru;
  // @ts-expect-error a dictionary without one of the keys is not a Dictionary
  const missing: Dictionary = withoutName;
  // @ts-expect-error nor is one with a key English does not have
  const extra: Dictionary = { ...ru, motto: 'Права человека' };
  expect([missing, extra]).toHaveLength(2);
});

test('the two dictionaries have the same keys at run time too, section by section', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keys(v, `${prefix}${k}.`)])
      : [];
  expect(keys(ru).sort()).toEqual(keys(en).sort());
});

test('values put into HTML are escaped', () => {
  expect(escapeHtml(`a < b & "c" 'd'`)).toBe('a &#60; b &#38; &#34;c&#34; &#39;d&#39;');
  expect(en.subjects.ledeHtml(2, '/x?a=1&b="2"')).toContain('href="/x?a=1&#38;b=&#34;2&#34;"');
});

test.each([
  ['Human Rights Watch', 'en', 'ru', 'en'], // an English name on a Russian page
  ['Radio Svoboda', 'ru', 'ru', 'ru-Latn'], // a Russian name in Latin letters
  ['Радио Свобода', 'ru', 'ru', undefined], // the page's own language
  ['Human Rights Watch', 'en', 'en', undefined],
  ['Memorial Deutschland', 'de', 'en', 'de'],
])('the name %s, from a source in %s, on a %s page has lang %s', (name, language, page, expected) => {
  expect(nameLang(name, language, page)).toBe(expected);
});
