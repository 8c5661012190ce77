import { expect, test } from 'vitest';
import {
  describeTimeline,
  getAllRoundPageData,
  getRoundListing,
  toRoundSummary,
  toTimelineInputs,
} from '../../src/views/round-page.ts';
import { createPageLanguage } from '../../src/i18n/index.ts';
import type { RoundRecord } from '../../src/record/round-schema.ts';
import { makeRound as record } from '../support/round-data.ts';

const english = createPageLanguage('en', { base: '/archive/', site: 'https://x.org' });
/** A round's page data, computed as the route computes it (every page of the rounds at once). */
const pageOf = (round: RoundRecord, rounds: RoundRecord[]) =>
  getAllRoundPageData(rounds, english, { citationUrlFor: english.absoluteUrlFor }).get(round.data.round)!;
const r1 = record(1, '2001-03-01');
const r2 = record(
  2,
  '2001-09-08',
  {
    place: 'Lisbon',
    title: 'Fixture title',
    nextExpected: 'spring 2002',
    previous: [{ round: 1, date: new Date('2001-03-01T00:00:00Z'), url: 'http://example.org/1.pdf' }],
  },
  true,
);

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
    holdingLabel: 'Full text',
    sourceCount: 1,
    summary: 'Summary 2.',
    href: '/archive/rounds/2/',
  });
});

test('lists rounds newest first', () => {
  expect(getRoundListing([r1, r2], english).map((r) => r.round)).toEqual([2, 1]);
});

test('builds a round page: its title, the release’s previous rounds linked here and to the source', () => {
  const page = pageOf(r2, [r2, r1]);
  expect(page.documentTitle).toBe('2nd round, 8 September 2001');
  expect(page.releaseTitle).toBe('Fixture title');
  expect(page.nextExpected).toBe('spring 2002');
  expect(page.previousConsultations).toEqual([
    {
      label: '1st round',
      displayDate: '1 March 2001',
      isoDate: '2001-03-01',
      href: '/archive/rounds/1/',
      sourceUrl: 'http://example.org/1.pdf',
    },
  ]);
});

test('links a round page to its neighbours', () => {
  const page = pageOf(r1, [r2, r1]);
  expect(page.navigation.previous).toBeUndefined();
  expect(page.navigation.next?.href).toBe('/archive/rounds/2/');
});

test('gives a round page its canonical URL and citation', () => {
  const page = pageOf(r2, [r2, r1]);
  expect(page.canonicalUrl).toBe('https://x.org/archive/rounds/2/');
  expect(page.citation).toBe(
    'Fixture Council, “Fixture title”, 2nd round, Lisbon, 8 September 2001. https://x.org/archive/rounds/2/ (official document: http://example.org/2.pdf).',
  );
  expect(JSON.parse(page.citationData)).toMatchObject({
    round: 2,
    date: { edtf: '2001-09-08', precision: 'day', earliest: '2001-09-08T00:00:00.000Z' },
    pageUrl: 'https://x.org/archive/rounds/2/',
  });
});

test('names each timeline mark fully and describes the picture in words', () => {
  expect(toTimelineInputs([r2, r1], english).map((m) => m.label)).toEqual([
    'Round 1, 1 March 2001, official release known',
    'Round 2, 8 September 2001, full text',
  ]);
  expect(describeTimeline([r2, r1], english)).toBe(
    '2 rounds from 1 March 2001 (1st) to 8 September 2001 (2nd). Filled marks have their full text here (2nd); hollow marks are known from their official release or the public record. A bar shows a date known only to the month.',
  );
});

test('describes the page to machines: JSON-LD, citation tags and the preview image', () => {
  const { head } = pageOf(r2, [r2, r1]);
  expect(head.socialImage.url).toBe('https://x.org/archive/rounds/2/og.png');
  expect(head.metaTags).toContainEqual(['citation_title', 'Fixture title']);
  expect(head.jsonLd['@graph'][0]).toMatchObject({ '@type': 'Event', startDate: '2001-09-08' });
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
    holdingLabel: 'Public record only',
  });
  expect(toRoundSummary(doubtful, english)).toMatchObject({
    displayDate: '3 October 2007 (uncertain)',
    dateWords: '3 October 2007 (uncertain: see the sources)',
  });
  expect(toRoundSummary(scheduled, english)).toMatchObject({
    displayDate: '17 November 2010 (scheduled)',
    dateWords: '17 November 2010, the scheduled date; no source reports the meeting afterwards',
  });
  expect(pageOf(scheduled, [scheduled]).dateLabel).toBe('Scheduled for');
});
