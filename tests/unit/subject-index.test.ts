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
const raising = (n: number, ids: string[], body = ''): RoundFile => ({
  filePath: `content/rounds/${n}.mdx`,
  body,
  hasText: body.trim().length > 0,
  data: makeRoundData(n, `200${n}-01-01`, {
    raised: ids.map((id) => ({ subject: { id, label: id }, sources: ['fixture-release'] })),
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
    'content/rounds/1.mdx: field "raised[1].subject.id" is "chechnia"; expected the id of a subject file in the subjects folder, such as chechnya.',
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
    'content/rounds/2.mdx: field "raised[0].subject.id" is "torture"; expected its name or an alias (Torture, ill-treatment) in one of the round’s paragraphs, because the archive holds this round’s text.',
  ],
])('reports it when %s', (_case, subjects, rounds, message) => {
  expect(checkSubjectIndex({ subjects, rounds })).toEqual([message]);
});
