import { expect, test } from 'vitest';
import { getRecordSection } from '../../src/views/record-section.ts';
import { getLanguage } from '../../src/i18n/index.ts';
import { makeRoundData } from '../support/round-data.ts';

const english = getLanguage('en');
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
  attested: { date: [{ source: 'svoboda', words: '3 октября прошел' }] },
  raised: [
    {
      label: 'Chechnya',
      subjects: ['chechnya'],
      by: 'eu',
      sources: [
        { source: 'hrw', words: 'the situation in Chechnya', unverified: 'cut-off' },
        { source: 'svoboda', words: ['Чечня, по словам', 'и далее'] },
      ],
    },
  ],
  conflicts: [{ about: 'date', text: 'HRW suggests later.', sources: [{ source: 'hrw', words: 'later in October' }] }],
});
const section = getRecordSection(data, () => [], english, '/rounds/6/');

test('numbers source notes in the order facts first cite them, then lists the sources no fact cites', () => {
  expect(section.sources.map((s) => [s.number, s.publisher])).toEqual([
    [1, 'Radio Svoboda'],
    [2, 'HRW'],
    [3, 'P'],
  ]);
  expect(section.raised[0]).toMatchObject({ label: 'Chechnya', value: 'raised by the EU', notes: [2, 1] });
});

test('shows each source’s own words, in its language, linked to the source at those words', () => {
  const [hrw, svoboda] = section.raised[0]!.evidence;
  // HRW has no address in this record: its words are shown without a link, with their weakness said.
  expect(hrw).toEqual({
    note: 2,
    publisher: 'HRW',
    publisherLang: undefined,
    phrases: ['the situation in Chechnya'],
    lang: undefined,
    href: undefined,
    unverified: english.t.record.unverified['cut-off'],
    // The fragment id the accounts table links: the first fact's first reference.
    id: 'w1-1',
  });
  // Two phrases become two text directives; the words keep their language.
  expect(svoboda).toMatchObject({
    note: 1,
    phrases: ['Чечня, по словам', 'и далее'],
    lang: 'ru',
    unverified: undefined,
  });
  // The same link as the fully encoded one, once the URL parser reads it (letters may stay letters).
  expect(new URL(svoboda!.href!).href).toBe(
    `https://x.org/a#:~:text=${encodeURIComponent('Чечня').replace(/,/g, '%2C')}%2C%20${encodeURIComponent('по словам')}&text=${encodeURIComponent('и далее')}`,
  );
});

test('states the date with its doubt and shows an unknown place as unknown, unsourced', () => {
  expect(section.facts.map(({ label, value, notes }) => ({ label, value, notes }))).toEqual([
    { label: 'Held on', value: '3 October 2007 (uncertain: see the sources)', notes: [1] },
    { label: 'Place', value: 'Not stated in any source the archive knows', notes: [] },
  ]);
});

test('keeps a disagreement visible, with its own source', () => {
  expect(section.conflicts).toMatchObject([
    { label: 'The date is disputed', value: 'HRW suggests later.', notes: [2] },
  ]);
});

test('labels each note with its kind, date, language and saved copies; a mirror is marked', () => {
  expect(section.sources[0]).toMatchObject({
    kind: 'Press report',
    language: 'in Russian',
    id: 'source-1',
    savedCopies: 'https://web.archive.org/web/*/https://x.org/a',
  });
  expect(section.sources[1]).toMatchObject({ kind: 'NGO report', published: '24 October 2007', language: undefined });
  expect(section.sources[2]).toMatchObject({ language: 'in Dutch', mirror: true });
  expect(section.numberedBySequence).toBe(true);
});

test('says “Held in” for a month and “Held on” for a day', () => {
  const month = getRecordSection(makeRoundData(5, '2007-05', { source: undefined }), () => [], english, '/rounds/5/');
  expect(month.facts[0]!.label).toBe(english.t.round.heldIn);
  expect(section.facts[0]!.label).toBe(english.t.round.heldOn);
});
