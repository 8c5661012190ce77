/** round-page.ts: the data of every round's page, computed in one pass over the rounds. */
import { describe, expect, test } from 'vitest';
import { getAllRoundPageData } from '../../src/views/round-page.ts';
import { sortRounds } from '../../src/record/round-order.ts';
import { createPageLanguage } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import type { RoundRecord } from '../../src/record/round-schema.ts';
import { makeRound as record, twoRounds } from '../support/round-data.ts';

const english = createPageLanguage('en', { base: '/archive/', site: 'https://x.org' });
/** A round's page data, computed as the route computes it (every page of the rounds at once). */
const pageOf = (round: RoundRecord, rounds: RoundRecord[]) =>
  getAllRoundPageData(rounds, english, { citationUrlFor: english.absoluteUrlFor }).get(round.data.round)!;
const [r1, r2] = twoRounds();

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

test('describes the page to machines: JSON-LD, citation tags and the preview image', () => {
  const { head } = pageOf(r2, [r2, r1]);
  expect(head.socialImage.url).toBe('https://x.org/archive/rounds/2/og.png');
  expect(head.metaTags).toContainEqual(['citation_title', 'Fixture title']);
  expect(head.jsonLd['@graph'][0]).toMatchObject({ '@type': 'Event', startDate: '2001-09-08' });
});

test('labels the date of a round no source reports afterwards as scheduled', () => {
  const scheduled = record(12, '2010-11-17', { source: undefined, scheduled: true });
  expect(pageOf(scheduled, [scheduled]).dateLabel).toBe(en.round.scheduledFor);
});

describe('navigation between rounds', () => {
  const settings = { citationUrlFor: english.absoluteUrlFor };
  const round = (n: number, previous: number[] = []) =>
    record(n, `20${String(n).padStart(2, '0')}-01-01`, {
      previous: previous.map((p) => ({
        round: p,
        date: new Date(Date.UTC(2000 + p, 0, 1)),
        url: `http://example.org/${p}.pdf`,
      })),
    });
  // Collection order is not fixed, so the input is deliberately shuffled.
  const shuffled = [round(17, [15, 16]), round(15), round(18, [17, 15]), round(16)];
  const pages = getAllRoundPageData(shuffled, english, settings);

  test('sorts rounds oldest first whatever order they arrive in', () => {
    expect(sortRounds(shuffled).map((r) => r.data.round)).toEqual([15, 16, 17, 18]);
  });

  test.each([
    [18, 17, undefined], // the newest round has no next
    [16, 15, 17], // a middle round has both
    [15, undefined, 16], // the oldest round has no previous
  ])('round %i: previous %s, next %s', (n, previous, next) => {
    const { navigation } = pages.get(n)!;
    expect(navigation.previous?.round).toBe(previous);
    expect(navigation.next?.round).toBe(next);
  });

  test('links across gaps in numbering to the nearest round held', () => {
    const gap = getAllRoundPageData([round(18), round(13)], english, settings);
    expect(gap.get(18)!.navigation.previous?.round).toBe(13);
  });

  test('names the later rounds whose releases list a round, oldest first', () => {
    expect(pages.get(15)!.listedIn.map((r) => r.round)).toEqual([17, 18]);
    expect(pages.get(18)!.listedIn).toEqual([]);
  });
});
