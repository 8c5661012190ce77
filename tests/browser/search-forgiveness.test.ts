/**
 * Search that forgives and reads like the record: "Did you mean …?" for a misspelt name in both
 * languages, filter counts that keep the other filters, and snippets made of the page's own words.
 * Every query is made from the fixture's files, never written out here.
 */
import { describe, expect, inject, test } from 'vitest';
import { useSite } from '../support/browser.ts';
import { FIXTURE_CONTENT, fixtureRounds, readContentSubjects } from '../support/fixture-site.ts';
import { browserWords } from '../../src/i18n/browser-words.ts';
import { en } from '../../src/i18n/en.ts';
import { findMentions, foldText } from '../../src/record/mentions.ts';
import { subjectNames } from '../../src/record/subject-schema.ts';

const site = useSite(inject('distDir'));
const { at } = site;

const subjects = readContentSubjects(FIXTURE_CONTENT);
/** A name's longest word with its middle letter left out: "Kwiatkowski-Lind" -> "Kwiatowski". */
const misspelt = (name: string) => {
  const word = name.split(/[\s-]+/).sort((a, b) => b.length - a.length)[0]!;
  const middle = Math.floor(word.length / 2);
  return word.slice(0, middle) + word.slice(middle + 1);
};
// The subject with the longest word in its name: a typo there is a typo, not another word.
const longest = (name: string) => Math.max(...name.split(/[\s-]+/).map((w) => w.length));
const subject = [...subjects].sort((a, b) => longest(b.data.name) - longest(a.data.name))[0]!;

describe.each([
  { locale: 'en', prefix: '', name: subject.data.name },
  { locale: 'ru', prefix: '/ru', name: subject.data.ru.name },
])('in $locale', ({ locale, prefix, name }) => {
  const query = misspelt(name);
  const words = browserWords(locale);

  test(`a misspelt name (“${query}”) gets “Did you mean …?” with the subject as the first result`, async () => {
    const page = await site.browser.newPage();
    await page.goto(at(`${prefix}/search/?q=${encodeURIComponent(query)}`));
    const suggestion = page.locator('.search-results__suggestion');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.innerText()).toBe(`${words.didYouMean.before}${name}${words.didYouMean.after}`);
    const href = `${prefix}/subjects/${subject.id}/`;
    expect(await suggestion.locator('a').getAttribute('href')).toBe(href);
    const first = page.locator('.hits a.hit').first();
    expect(await first.getAttribute('href')).toBe(href);
    expect(await first.locator('.hit__title').innerText()).toBe(name);
    await page.close();
  });

  test('a name spelt right gets no “Did you mean”', async () => {
    const page = await site.browser.newPage();
    await page.goto(at(`${prefix}/search/?q=${encodeURIComponent(name)}`));
    await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
    expect(await page.locator('.search-results__suggestion').isVisible()).toBe(false);
    await page.close();
  });
});

test('the subjects filter keeps a subject whose name is misspelt', async () => {
  const page = await site.browser.newPage();
  await page.goto(at('/subjects/'));
  await page.locator('subject-filter input').fill(misspelt(subject.data.name));
  await expect.poll(() => page.locator('li[data-names]:not([hidden]) a').allInnerTexts()).toEqual([subject.data.name]);
  await page.close();
});

test('a filter’s counts are what each value would give with the other filters kept', async () => {
  const page = await site.browser.newPage();
  // "round" is on every round page.
  await page.goto(at('/search/?q=round'));
  const options = () => page.locator('#search-year option:not([value=""])').allInnerTexts();
  await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
  const unfiltered = await options();
  expect(unfiltered.length).toBeGreaterThan(1);
  const year = await page.locator('#search-year option:not([value=""])').first().getAttribute('value');
  await page.selectOption('#search-year', year!);
  await expect.poll(() => page.url()).toContain(`year=${year}`);
  await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
  // Choosing a year does not make the other years count 0.
  await expect.poll(options).toEqual(unfiltered);
  await page.close();
});

test('a search for a subject’s other name shows the paragraph’s own words, never the search-only names', async () => {
  // A paragraph that names a subject, and one of the subject's other names that it does not use.
  const found = fixtureRounds().flatMap((round) =>
    findMentions(
      round.paragraphs,
      subjects.map((s) => ({ id: s.id, names: subjectNames(s) })),
    ).flatMap((m) => {
      const paragraph = round.paragraphs[m.paragraph - 1]!;
      const s = subjects.find((x) => x.id === m.subject)!;
      const alias = s.data.aliases.find(
        (a) => /^\p{Script=Latin}/u.test(a) && !foldText(paragraph.text).includes(foldText(a)),
      );
      return alias ? [{ round, paragraph, alias }] : [];
    }),
  )[0];
  expect(found, 'the fixture needs a paragraph naming a subject without one of its Latin other names').toBeTruthy();
  const { round, paragraph, alias } = found!;
  const page = await site.browser.newPage();
  await page.goto(at(`/search/?q=${encodeURIComponent(alias)}`));
  const hit = page
    .locator(
      `.hits a.hit[href$="/rounds/${round.data.round}/?highlight=${encodeURIComponent(alias.toLowerCase())}#${paragraph.id}"], .hits a.hit[href*="/rounds/${round.data.round}/"][href$="#${paragraph.id}"]`,
    )
    .first();
  await expect.poll(() => hit.count()).toBe(1);
  const excerpt = (await hit.locator('.hit__excerpt').innerText()).trim();
  expect(excerpt).not.toMatch(/[⟦⟧]/);
  expect(excerpt).not.toContain(en.release.namedHere.trim());
  expect(excerpt.length).toBeGreaterThan(0);
  // Every word shown is the paragraph's: the snippet is a piece of its text.
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const paragraphWords = new Set(words(paragraph.text));
  expect(words(excerpt).filter((w) => !paragraphWords.has(w))).toEqual([]);
  await page.close();
});

test('the search narrows to one subject and one year at once, from the URL', async () => {
  const rounds = fixtureRounds();
  const about = (id: string) =>
    rounds.filter(
      (r) =>
        r.data.raised.some((item) => item.subjects.includes(id)) ||
        findMentions(
          r.paragraphs,
          subjects.map((s) => ({ id: s.id, names: subjectNames(s) })),
        ).some((m) => m.subject === id),
    );
  // The subject the record reports at the most rounds, and the year of its newest.
  const [chosen] = [...subjects].sort((a, b) => about(b.id).length - about(a.id).length);
  const year = about(chosen!.id).at(-1)!.data.date.earliest.getUTCFullYear();
  const expected = about(chosen!.id)
    .filter((r) => r.data.date.earliest.getUTCFullYear() === year)
    .map((r) => r.data.round);
  const page = await site.browser.newPage();
  await page.goto(at(`/search/?subject=${chosen!.id}&year=${year}`));
  await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
  expect(await page.locator('#search-subject').inputValue()).toBe(chosen!.id);
  const shown = (
    await page.locator('.hits a.hit').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  ).map((href) => Number(/\/rounds\/(\d+)\//.exec(href)?.[1]));
  expect([...new Set(shown)].sort((a, b) => a - b)).toEqual(expected);
  await page.close();
});
