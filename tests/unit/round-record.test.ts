import { expect, test } from 'vitest';
import { getRecordSection } from '../../src/views/round-record.ts';
import { makeRoundData } from '../support/round-data.ts';

const data = makeRoundData(6, '2007-10-03?', {
  source: undefined,
  numberedBySequence: true,
  sources: [
    {
      id: 'svoboda',
      kind: 'press',
      publisher: 'Radio Svoboda',
      description: 'Report',
      url: 'https://x.org/a',
      language: 'ru',
    },
    { id: 'hrw', kind: 'ngo', publisher: 'HRW', description: 'Memorandum', published: '2007-10-24', language: 'en' },
    { id: 'unused', kind: 'presidency', publisher: 'P', description: 'Mirror', language: 'nl', mirror: true },
  ],
  attested: { date: ['svoboda'] },
  raised: [{ subject: { id: 'chechnya', label: 'Chechnya' }, by: 'eu', sources: ['hrw', 'svoboda'] }],
  conflicts: [{ about: 'date', text: 'HRW suggests later.', sources: ['hrw'] }],
});
const section = getRecordSection(data);

test('numbers source notes in the order facts first cite them, then lists the sources no fact cites', () => {
  expect(section.sources.map((s) => [s.number, s.publisher])).toEqual([
    [1, 'Radio Svoboda'],
    [2, 'HRW'],
    [3, 'P'],
  ]);
  expect(section.raised[0]).toEqual({ label: 'Chechnya', value: 'raised by the EU', notes: [2, 1] });
});

test('states the date with its doubt and shows an unknown place as unknown, unsourced', () => {
  expect(section.facts).toEqual([
    { label: 'Held on', value: '3 October 2007 (uncertain: see the sources)', notes: [1] },
    { label: 'Place', value: 'Not stated in any source the archive knows', notes: [] },
  ]);
});

test('keeps a disagreement visible, with its own source', () => {
  expect(section.conflicts).toEqual([{ label: 'The date is disputed', value: 'HRW suggests later.', notes: [2] }]);
});

test('labels each note with its kind, date and language; a mirror is marked', () => {
  expect(section.sources[0]).toMatchObject({ kind: 'Press report', language: 'in Russian', id: 'source-1' });
  expect(section.sources[1]).toMatchObject({ kind: 'NGO report', published: '24 October 2007', language: undefined });
  expect(section.sources[2]).toMatchObject({ language: 'in Dutch', mirror: true });
  expect(section.numberedBySequence).toBe(true);
});
