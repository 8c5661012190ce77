/**
 * fuzzy-subjects.ts on the fixture's subjects: every name with a letter left out, doubled or two
 * letters swapped still finds its subject first, and a word of no name finds none. The queries
 * are made from the subject files, in both scripts.
 */
import { expect, test } from 'vitest';
import { createSubjectMatcher } from '../../src/search/fuzzy-subjects.ts';
import { FIXTURE_CONTENT, readContentSubjects } from '../support/fixture-site.ts';
import { subjectNames } from '../../src/record/subject-schema.ts';

const subjects = readContentSubjects(FIXTURE_CONTENT).map((s) => ({
  id: s.id,
  names: [...subjectNames(s), s.data.ru.name],
}));
const match = createSubjectMatcher(subjects);
/** The longest word of each name (six letters or more), and its subject. */
const words = subjects.flatMap((s) =>
  s.names.flatMap((name) =>
    name
      .split(/[\s-]+/)
      .filter((w) => w.length >= 6 && !/[«»“”]/.test(w))
      .slice(0, 1)
      .map((word) => ({ id: s.id, word })),
  ),
);
const middle = (w: string) => Math.floor(w.length / 2);
const typos = {
  'a letter left out': (w: string) => w.slice(0, middle(w)) + w.slice(middle(w) + 1),
  'a letter doubled': (w: string) => w.slice(0, middle(w)) + w[middle(w)] + w.slice(middle(w)),
  'two letters swapped': (w: string) =>
    w.slice(0, middle(w) - 1) + w[middle(w)] + w[middle(w) - 1] + w.slice(middle(w) + 1),
};

test('the fixture has names to misspell in both scripts', () => {
  expect(words.some((w) => /\p{Script=Cyrillic}/u.test(w.word))).toBe(true);
  expect(words.some((w) => /\p{Script=Latin}/u.test(w.word))).toBe(true);
});

test.each(Object.entries(typos))('%s, its subject comes first', (_, typo) => {
  const misses = words.filter(({ id, word }) => match(typo(word))[0]?.id !== id).map(({ word }) => typo(word));
  expect(misses).toEqual([]);
});

test('case, accents and ё do not matter', () => {
  const { id, word } = words.find((w) => /\p{Script=Latin}/u.test(w.word))!;
  expect(match(word.toUpperCase())[0]?.id).toBe(id);
});

test.each(['zzzzzz', 'qwertyuiop', 'ab'])('“%s” finds no subject', (query) => {
  expect(match(query)).toEqual([]);
});
