import { expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { renderAtomFeed } from '../../src/publish/atom-feed.ts';
import { makeRoundData } from '../support/round-data.ts';

const rounds = [3, 1, 4, 2].map((n) => ({
  data: makeRoundData(n, `200${n}-05-01`),
  paragraphs: [],
  pageUrl: `https://example.org/rounds/${n}/`,
}));
const options = {
  title: 'Archive',
  homeUrl: 'https://example.org/',
  feedUrl: 'https://example.org/feed.xml',
  completeRecordUrl: 'https://example.org/data/rounds.json',
};

test('carries only the newest rounds, newest first, and says where every round is', () => {
  const xml = renderAtomFeed(rounds, { ...options, limit: 2 });
  const feed = parseFeed(xml);
  expect(feed.items.map((i) => i.url)).toEqual(['https://example.org/rounds/4/', 'https://example.org/rounds/3/']);
  expect(feed.description).toContain('https://example.org/data/rounds.json');
  expect(feed.updated?.toISOString()).toBe('2004-05-01T00:00:00.000Z');
});

test('carries every round when there are fewer than its length', () => {
  expect(parseFeed(renderAtomFeed(rounds, { ...options, limit: 20 })).items).toHaveLength(rounds.length);
});

test('carries each correction of the record as an entry, linked to it on the round page', () => {
  const corrected = makeRoundData(2, '2002-05-01', {
    corrections: [
      {
        date: new Date('2026-12-03'),
        changed: 'A source no longer stands behind a topic.',
        why: 'Its words do not say it.',
        ru: { changed: 'Изменено.', why: 'Потому что.' },
      },
    ],
  });
  const withCorrection = rounds.map((r) => (r.data.round === 2 ? { ...r, data: corrected } : r));
  const feed = parseFeed(renderAtomFeed(withCorrection, { ...options, limit: 20 }));
  const entry = feed.items.find((i) => i.url === 'https://example.org/rounds/2/#correction-1');
  expect(entry?.title).toBe('Correction to the 2nd round, 3 December 2026');
  expect(entry?.content).toContain('Its words do not say it.');
  // The feed is as new as its newest correction.
  expect(feed.updated?.toISOString()).toBe('2026-12-03T00:00:00.000Z');
});
