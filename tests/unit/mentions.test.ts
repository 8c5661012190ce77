import { expect, test } from 'vitest';
import { findMentions, foldText } from '../../src/record/mentions.ts';

const paragraphs = [
  { number: 1, id: 'p1', text: 'The EU supported Nils Muižnieks. It raised GOLOS and Side by Side.' },
  { number: 2, id: 'p2', text: 'Golosovanie is a word. The law on “foreign agents” was discussed.' },
];
const subjects = [
  { id: 'muiznieks', names: ['Nils Muiznieks', 'Муйжниекс'] }, // written without the accent
  { id: 'golos', names: ['GOLOS', 'Голос'] },
  { id: 'side-by-side', names: ['Side by Side'] },
  { id: 'foreign-agents-law', names: ['Law on foreign agents', 'foreign agents'] },
  { id: 'absent', names: ['Nobody'] },
];

test('folds case and accents without moving positions: "Muižnieks" -> "muiznieks"', () => {
  expect(foldText('Nils Muižnieks')).toBe('nils muiznieks');
});

test('finds every subject each paragraph names, whole words only, without regard to case or accents', () => {
  expect(findMentions(paragraphs, subjects).map((m) => [m.paragraph, m.subject])).toEqual([
    [1, 'muiznieks'], // accents ignored
    [1, 'golos'],
    [1, 'side-by-side'], // a name of several words
    [2, 'foreign-agents-law'], // an alias
    // "Golosovanie" does not name GOLOS: names match whole words
  ]);
});

test('quotes the sentence around the first match', () => {
  const [muiznieks, golos] = findMentions(paragraphs, subjects);
  expect(muiznieks!.sentence).toBe('The EU supported Nils Muižnieks.');
  expect(golos!.sentence).toBe('It raised GOLOS and Side by Side.');
});
