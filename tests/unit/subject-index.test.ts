import { expect, test } from 'vitest';
import { checkSubjectIndex, type SubjectFile } from '../../src/record/subject-folder.ts';
import type { RoundFile } from '../../src/record/round-folder.ts';
import { makeRoundData } from '../support/round-data.ts';

const subject = (id: string, name: string, aliases: string[] = [], related: string[] = []): SubjectFile => ({
  id,
  filePath: `content/subjects/${id}.yaml`,
  data: {
    name,
    kind: 'theme',
    aliases,
    related,
    description: `About ${name}.`,
    ru: { name: `${name} по-русски`, description: `О теме ${name}.` },
  },
});
/** A round raising each subject in its own item, credited to the release as a whole. */
const raising = (n: number, ids: string[], body = ''): RoundFile =>
  raisingWith(
    n,
    ids.map((id) => [[id], 'fixture-release']),
    body,
  );
/** A round raising items of one or more subjects, each credited to one reference. */
const raisingWith = (n: number, items: [string[], unknown][], body = ''): RoundFile => ({
  filePath: `content/rounds/${n}.mdx`,
  body,
  hasText: body.trim().length > 0,
  data: makeRoundData(n, `200${n}-01-01`, {
    raised: items.map(([subjects, reference]) => ({ label: subjects.join(', '), subjects, sources: [reference] })),
  }),
});

test('a sound index has no problems', () => {
  const subjects = [subject('chechnya', 'Chechnya', ['Чечня']), subject('torture', 'Torture')];
  const rounds = [raising(1, ['chechnya']), raising(2, ['torture'], 'The EU raised torture.')];
  expect(checkSubjectIndex({ subjects, rounds })).toEqual([]);
});

test.each([
  [
    'a round raises a subject that has no file',
    [subject('chechnya', 'Chechnya')],
    [raising(1, ['chechnya', 'chechnia'])],
    'content/rounds/1.mdx: field "raised[1].subjects[0]" is "chechnia"; expected the id of a subject file in the subjects folder, such as chechnya.',
  ],
  [
    'two subjects share a name (case and accents aside)',
    [subject('a', 'Golos'), subject('b', 'Voice', ['GOLOS'])],
    [raising(1, ['a', 'b'])],
    'content/subjects/b.yaml: field "aliases[0]" is "GOLOS", which the subject a already has; expected each name and alias in one subject only.',
  ],
  [
    'a related subject does not exist',
    [subject('a', 'A', [], ['nowhere'])],
    [raising(1, ['a'])],
    'content/subjects/a.yaml: field "related[0]" is "nowhere"; expected the id of a subject file.',
  ],
  [
    'a subject appears at no round',
    [subject('a', 'A'), subject('lonely', 'Lonely')],
    [raising(1, ['a'])],
    'content/subjects/lonely.yaml: the subject is raised at no round and named in no release; expected a round that raises it, or no file.',
  ],
  [
    'a round with text raises a subject its text never names',
    [subject('torture', 'Torture', ['ill-treatment'])],
    [raising(2, ['torture'], 'The EU raised the judiciary.')],
    'content/rounds/2.mdx: field "raised[0].subjects[0]" is "torture"; expected its name or an alias (Torture, ill-treatment) in one of the round’s paragraphs, because the archive holds this round’s text.',
  ],
])('reports it when %s', (_case, subjects, rounds, message) => {
  expect(checkSubjectIndex({ subjects, rounds })).toEqual([message]);
});

test.each([
  // A source's words name the subject by an alias, in another case.
  ['an alias', ['chechnya'], 'the situation in the chechen republic'],
  // A plural and a coordinated list still name "freedom of assembly".
  ['a plural and a coordinated list', ['freedom-of-assembly'], 'respect the freedoms of association and assembly'],
  // One reference can support a fact of several subjects when its words name each.
  ['every subject of a fact', ['chechnya', 'freedom-of-assembly'], 'freedom of assembly in Chechnya'],
])('accepts words that name the subject by %s', (_case, ids, words) => {
  const subjects = [
    subject('chechnya', 'Chechnya', ['Chechen Republic']),
    subject('freedom-of-assembly', 'Freedom of assembly'),
  ];
  const rounds = [
    raisingWith(1, [[ids, { source: 'fixture-release', words }]]),
    raising(2, ['chechnya', 'freedom-of-assembly']),
  ];
  expect(checkSubjectIndex({ subjects, rounds })).toEqual([]);
});

test('refuses a source’s words that do not name a subject they are credited for, unless the file says why', () => {
  const subjects = [subject('torture', 'Torture', ['ill-treatment'])];
  const silent = raisingWith(1, [[['torture'], { source: 'fixture-release', words: 'the situation in prisons' }]]);
  expect(checkSubjectIndex({ subjects, rounds: [silent] })).toEqual([
    'content/rounds/1.mdx: field "raised[0].sources[0].words" is "the situation in prisons"; expected words naming torture (Torture, ill-treatment), or a "why" saying how these words state it.',
  ]);
  const explained = raisingWith(1, [
    [['torture'], { source: 'fixture-release', words: 'la torture en prison', why: 'French for torture in prison' }],
  ]);
  expect(checkSubjectIndex({ subjects, rounds: [explained] })).toEqual([]);
});
