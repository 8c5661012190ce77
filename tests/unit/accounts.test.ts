/** record/accounts.ts: an account reports a subject exactly when one of its sources is cited for it. */
import { expect, test } from 'vitest';
import { getRoundAccounts, oneSideOnly } from '../../src/record/accounts.ts';
import { makeRoundData } from '../support/round-data.ts';

const source = (id: string, kind: string) => ({ id, kind, publisher: id, description: 'A source', language: 'en' });
const data = makeRoundData(7, '2010-05-01', {
  sources: [
    { ...source('fixture-release', 'council') },
    source('mission', 'government'),
    source('watch', 'ngo'),
    source('daily', 'press'),
  ],
  raised: [
    {
      label: 'Golos',
      subjects: ['golos'],
      by: 'eu',
      sources: [
        { source: 'fixture-release', words: 'Golos' },
        { source: 'watch', words: 'GOLOS' },
      ],
    },
    {
      label: 'Non-citizens',
      subjects: ['non-citizens'],
      by: 'russia',
      sources: [{ source: 'mission', words: 'non-citizens' }],
    },
    { label: 'Golos again', subjects: ['golos', 'civil-society'], sources: [{ source: 'mission', words: 'Golos' }] },
  ],
  ru: { summary: 'Описание.', issuer: 'Совет', sources: {}, raised: ['Голос', 'Неграждане', 'Голос'] },
});

test('each subject lists the references of each account that reports it, and no account that does not', () => {
  const { known, subjects } = getRoundAccounts(data);
  expect(known).toEqual(['eu', 'russia', 'ngo']); // the press is a source of the round, but states nothing raised
  const golos = subjects.find((s) => s.subject === 'golos')!;
  expect(golos.reports).toEqual({
    eu: [{ fact: 0, reference: 0, source: 'fixture-release' }],
    ngo: [{ fact: 0, reference: 1, source: 'watch' }],
    russia: [{ fact: 2, reference: 0, source: 'mission' }],
  });
  expect(subjects.map((s) => s.subject)).toEqual(['golos', 'non-citizens', 'civil-society']);
});

test('who raised it stays apart from who reported it: the EU raised Golos, Russia’s account reports it too', () => {
  const { subjects } = getRoundAccounts(data);
  expect(subjects.find((s) => s.subject === 'golos')!.by).toBe('eu');
  expect(subjects.find((s) => s.subject === 'civil-society')!.by).toBeUndefined();
});

test('a subject in one side’s account only is marked, where the round has both sides’ accounts', () => {
  const { known, subjects } = getRoundAccounts(data);
  const side = (id: string) =>
    oneSideOnly(
      subjects.find((s) => s.subject === id)!,
      known,
    );
  expect(side('golos')).toBeUndefined();
  expect(side('non-citizens')).toBe('russia');
  expect(side('civil-society')).toBe('russia');
  // Without Russia's account, nothing is "the EU's only": the other side is silent, not contrary.
  expect(oneSideOnly(subjects[0]!, ['eu', 'ngo'])).toBeUndefined();
});
