/** round-summary.ts: a round in short, as every listing shows it. */
import { expect, test } from 'vitest';
import { getRoundListing, toRoundSummary } from '../../src/views/round-summary.ts';
import { createPageLanguage } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { makeRound as record, twoRounds } from '../support/round-data.ts';

const english = createPageLanguage('en', { base: '/archive/', site: 'https://x.org' });
const [r1, r2] = twoRounds();

test('summarises a round for listings, with links under the base path', () => {
  expect(toRoundSummary(r2, english)).toEqual({
    round: 2,
    label: '2nd round',
    displayDate: '8 September 2001',
    dateWords: '8 September 2001',
    isoDate: '2001-09-08',
    year: 2001,
    place: 'Lisbon',
    hasText: true,
    holding: 'text',
    holdingLabel: en.round.holding.text,
    sourceCount: 1,
    summary: 'Summary 2.',
    href: '/archive/rounds/2/',
  });
});

test('lists rounds newest first', () => {
  expect(getRoundListing([r1, r2], english).map((r) => r.round)).toEqual([2, 1]);
});

test('says what is known of a partial, uncertain or scheduled date, and what the archive holds', () => {
  const month = record(8, '2008-10', { source: undefined, numberedBySequence: true });
  const doubtful = record(6, '2007-10-03?', { source: undefined });
  const scheduled = record(12, '2010-11-17', { source: undefined, scheduled: true });
  expect(toRoundSummary(month, english)).toMatchObject({
    displayDate: 'October 2008',
    dateWords: 'October 2008; the day is not recorded',
    isoDate: '2008-10',
    holding: 'record',
    holdingLabel: en.round.holding.record,
  });
  expect(toRoundSummary(doubtful, english)).toMatchObject({
    displayDate: '3 October 2007 (uncertain)',
    dateWords: '3 October 2007 (uncertain: see the sources)',
  });
  expect(toRoundSummary(scheduled, english)).toMatchObject({
    displayDate: '17 November 2010 (scheduled)',
    dateWords: '17 November 2010, the scheduled date; no source reports the meeting afterwards',
  });
});
