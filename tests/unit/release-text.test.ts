/** release-text.ts: the page's words around a release's numbered paragraphs, in its language. */
import { expect, test } from 'vitest';
import { getReleaseText } from '../../src/views/release-text.ts';
import { createPageLanguage } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { findMentions } from '../../src/record/mentions.ts';
import { getRoundParagraphs } from '../../src/record/paragraphs.ts';
import { parseRoundDate } from '../../src/record/round-date.ts';
import { subjectNames, type SubjectRecord } from '../../src/record/subject-schema.ts';
import { ENGLISH_DATES, formatRoundDate } from '../../src/format/dates.ts';

const golos: SubjectRecord = {
  id: 'golos',
  data: {
    name: 'GOLOS',
    kind: 'organisation',
    aliases: ['Golos Association', 'Голос'],
    related: [],
    description: 'An election monitor.',
    ru: { name: '«Голос»', description: 'Наблюдатель на выборах.' },
  },
};
const paragraphs = getRoundParagraphs('The EU raised GOLOS.\n\nNothing named here.\n\nThe Golos Association again.');
const round = {
  round: 18,
  date: parseRoundDate('2013-11-28')!,
  paragraphs,
  mentions: findMentions(paragraphs, [{ id: golos.id, names: subjectNames(golos) }]),
};

test.each([
  ['en', en, '/archive/subjects/golos/', golos.data.name, undefined],
  ['ru', ru, '/archive/ru/subjects/golos/', golos.data.ru.name, 'ru'],
] as const)('in %s: titles, link names and the subjects named, from the dictionary', (locale, t, href, name, lang) => {
  const language = createPageLanguage(locale, { base: '/archive/', site: 'https://archive.test' });
  const text = getReleaseText(round, [golos], language);
  expect(text.lang).toBe(lang);
  expect(text.namedHere).toBe(t.release.namedHere);
  const date = formatRoundDate(round.date, language);
  expect(text.paragraphs.get(1)).toEqual({
    title: t.release.paragraphTitle(18, date, 1),
    linkLabel: t.release.paragraphLabel(1),
    named: [{ name, href }],
    // The paragraph writes "GOLOS"; its other names stay for search, by script.
    searchNames: [
      { lang: 'en', text: 'Golos Association' },
      { lang: 'ru', text: 'Голос' },
    ],
  });
  expect(text.paragraphs.get(2)!.named).toEqual([]);
  // A name the paragraph already uses is not repeated for search.
  expect(text.paragraphs.get(3)!.searchNames).toEqual([{ lang: 'ru', text: 'Голос' }]);
});

test('an English page titles paragraphs as citations do', () => {
  const text = getReleaseText(round, [golos], createPageLanguage('en', { base: '/', site: 'https://archive.test' }));
  expect(text.paragraphs.get(1)!.title).toBe(
    en.release.paragraphTitle(18, formatRoundDate(round.date, ENGLISH_DATES), 1),
  );
});
