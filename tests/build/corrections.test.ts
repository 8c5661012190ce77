/**
 * Corrections are public: each corrected round page lists its own, /corrections/ lists every one
 * in both languages, and the feed carries them; every expectation comes from the fixture files.
 */
import { expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { loadPage } from '../support/dist.ts';
import { fixtureRounds } from '../support/fixture-site.ts';

const dist = inject('distDir');
const day = (date: Date) => date.toISOString().slice(0, 10);
const rounds = fixtureRounds();
const corrected = rounds.filter((r) => r.data.corrections.length > 0);
const all = corrected.flatMap((r) => r.data.corrections.map((c, i) => ({ round: r.data.round, c, i })));

test('the fixture record has corrections', () => {
  expect(all.length).toBeGreaterThan(0);
});

test.each(corrected.map((r) => [r.data.round, r]))(
  'round %i’s page lists its corrections, in both languages, each where a link can reach it',
  (n, round) => {
    for (const [prefix, words] of [
      ['', (c: (typeof round.data.corrections)[number]) => [c.changed, c.why]],
      ['/ru', (c: (typeof round.data.corrections)[number]) => [c.ru.changed, c.ru.why]],
    ] as const) {
      const $ = loadPage(dist, `${prefix}/rounds/${n}/`);
      round.data.corrections.forEach((c, i) => {
        const item = $(`#correction-${i + 1}`);
        expect(item.find('time').attr('datetime')).toBe(day(c.date));
        for (const text of words(c)) expect(item.text().replace(/\s+/g, ' ')).toContain(text);
      });
    }
  },
);

test('/corrections/ lists every correction, newest first, each linked to its place on its round page', () => {
  for (const prefix of ['', '/ru']) {
    const $ = loadPage(dist, `${prefix}/corrections/`);
    const links = $('.corrections a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const expected = [...all]
      .sort((a, b) => day(b.c.date).localeCompare(day(a.c.date)) || a.round - b.round || a.i - b.i)
      .map(({ round, i }) => `${prefix}/rounds/${round}/#correction-${i + 1}`);
    expect(links).toEqual(expected);
  }
  // The footer of every page leads to it.
  expect(loadPage(dist, '/')('footer a[href="/corrections/"]')).toHaveLength(1);
});

test('the feed carries each correction as an entry of its own', () => {
  const feed = parseFeed(readFileSync(join(dist, 'feed.xml'), 'utf8'));
  for (const { round, c, i } of all) {
    const entry = feed.items.find((item) => item.url?.endsWith(`/rounds/${round}/#correction-${i + 1}`));
    expect(entry?.content).toContain(c.why);
  }
});
