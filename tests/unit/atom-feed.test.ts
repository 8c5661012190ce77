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
