/**
 * The fixture archive built as a large archive would be: listing limits far below its number of
 * rounds (LISTING_LIMIT=2, APPEARANCES_PER_PAGE=1, FEED_LENGTH=2, SEARCH_PAGE_SIZE=1), so every listing takes its
 * by-year form, and served under a sub-path (BASE_PATH=/archive/), so every link must carry it.
 * What each page should list is worked out from the fixture files.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parseFeed } from '@rowanmanning/feed-parser';
import { astroEnv, buildSite, FIXTURE_SITE } from '../support/build-site.ts';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { browserFacts, FIXTURE_CONTENT, readContentSubjects } from '../support/fixture-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { axeViolations } from '../support/axe.ts';
import { findMentions } from '../../src/record/mentions.ts';
import { PAGE_BUDGET, pageWeight } from '../../tools/lib/page-weight.ts';

const { text, hits, sourceOnly, rounds } = browserFacts();
const [hit] = hits;
/** A word in more than one paragraph, so that the header search offers several results. */
const common = (() => {
  const counts = new Map<string, number>();
  for (const p of rounds.flatMap((r) => r.paragraphs))
    for (const w of new Set(p.text.toLowerCase().match(/\p{L}{7,}/gu))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
})();

const year = (r: (typeof rounds)[number]) => r.data.date.earliest.getUTCFullYear();
const years = [...new Set(rounds.map(year))].sort().reverse();
const subjects = readContentSubjects(FIXTURE_CONTENT);
const nameable = subjects.map((s) => ({ id: s.id, names: [s.data.name, ...s.data.aliases] }));
/** The rounds where each subject appears (raised or named), oldest first. */
const appearances = new Map(
  subjects.map((s) => [
    s.id,
    rounds
      .filter(
        (r) =>
          r.data.raised.some((x) => x.subjects.includes(s.id)) ||
          findMentions(r.paragraphs, nameable).some((m) => m.subject === s.id),
      )
      .sort((a, b) => a.data.round - b.data.round),
  ]),
);
const [busiest, busiestRounds] = [...appearances].sort((a, b) => b[1].length - a[1].length)[0]!;

let copy: ReturnType<typeof copyProject>;
let site: BrowserSite;
let dist: string;
const load = (path: string) => cheerio.load(readFileSync(join(dist, path.replace(/\/$/, '/index.html')), 'utf8'));

beforeAll(async () => {
  copy = copyProject({ content: FIXTURE_CONTENT });
  dist = join(copy.root, 'dist');
  buildSite(dist, {
    root: copy.root,
    env: astroEnv({
      BASE_PATH: '/archive/',
      LISTING_LIMIT: '2',
      APPEARANCES_PER_PAGE: '1',
      FEED_LENGTH: '2',
      SEARCH_PAGE_SIZE: '1',
    }),
  });
  site = await openSite(dist, '/archive/');
}, 120_000);
afterAll(async () => {
  await site?.close();
  copy?.remove();
});

test('search works under /archive/ and its results link inside it', async () => {
  const page = await site.browser.newPage();
  const outside: string[] = [];
  page.on('request', (r) => !new URL(r.url()).pathname.startsWith('/archive/') && outside.push(r.url()));
  await page.goto(`${site.url}search/?q=${encodeURIComponent(hit.written)}`);
  const first = page.locator('.hits a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toBe(
    `/archive${text.path}?highlight=${encodeURIComponent(hit.highlight)}#${hit.id}`,
  );
  await first.click();
  await expect.poll(() => page.locator(`#${hit.id} mark.search-term`).count()).toBe(1);
  expect(outside).toEqual([]);
  await page.close();
});

test('the header search loads its code and index under /archive/', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}${sourceOnly.path.slice(1)}`);
  await page.locator('#site-search-q').fill(common);
  await expect.poll(() => page.locator('#site-search-results [role="option"]').count()).toBeGreaterThan(1);
  await page.close();
});

test('/rounds/ lists the years, each linking to its page, instead of every round', () => {
  expect(rounds.length).toBeGreaterThan(2);
  const $ = load('/rounds/');
  expect(
    $('.rounds-table tbody th[scope="row"] a')
      .map((_, a) => $(a).attr('href'))
      .get(),
  ).toEqual(years.map((y) => `/archive/rounds/years/${y}/`));
  // The listing links years, not rounds (the ledger of announcements names its few rounds).
  expect(
    $('a[href^="/archive/rounds/"]')
      .not('.ledger a')
      .filter((_, a) => /\/rounds\/\d+\/$/.test($(a).attr('href')!)),
  ).toHaveLength(0);
});

test('/rounds/ shows only the newest announcements of the ledger, saying how many there are in all', () => {
  const $ = load('/rounds/');
  const announcing = rounds
    .filter((r) => r.data.nextExpected || r.data.notes.some((n) => n.announces === 'next'))
    .map((r) => r.data.round);
  expect(announcing.length).toBeGreaterThan(2);
  const shown = $('.ledger tbody th a')
    .map((_, a) =>
      Number(
        $(a)
          .attr('href')!
          .match(/\/rounds\/(\d+)\/$/)![1],
      ),
    )
    .get();
  expect(shown).toEqual(announcing.toReversed().slice(0, 2));
  expect($('.ledger caption').text()).toContain(String(announcing.length));
});

test('each year page lists that year’s rounds, newest first', () => {
  for (const y of years) {
    const $ = load(`/rounds/years/${y}/`);
    expect(
      $('.rounds-table tbody th[scope="row"] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(
      rounds
        .filter((r) => year(r) === y)
        .sort((a, b) => b.data.round - a.data.round)
        .map((r) => `/archive/rounds/${r.data.round}/`),
    );
  }
});

test('the home timeline shows a bar per year, named with its count, linking to the year', () => {
  const $ = load('/');
  const bars = $('.timeline-svg__mark')
    .map((_, a) => [[$(a).attr('href'), $(a).attr('aria-label')]])
    .get();
  expect(bars).toEqual(
    years.toReversed().map((y) => {
      const n = rounds.filter((r) => year(r) === y).length;
      return [
        `/archive/rounds/years/${y}/`,
        expect.stringMatching(new RegExp(`^${y}: ${n === 1 ? 'one round' : `${n} rounds`}`)),
      ];
    }),
  );
});

test('a subject in more rounds than a page holds continues on numbered pages, each indexed once', () => {
  expect(busiestRounds.length).toBeGreaterThan(1);
  busiestRounds.forEach((round, i) => {
    const path = i === 0 ? `/subjects/${busiest}/` : `/subjects/${busiest}/${i + 1}/`;
    const $ = load(path);
    expect(
      $('.appearances__list > li')
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual([`round-${round.data.round}`]);
    expect($('nav[aria-label="Pages of the list"] a[aria-current="page"]').attr('href')).toBe(`/archive${path}`);
    expect($('[data-pagefind-body]')).toHaveLength(i === 0 ? 1 : 0);
  });
});

test('the matrix counts each subject’s rounds by year and links to the page that lists them', () => {
  const $ = load('/subjects/matrix/');
  const columns = $('.matrix thead th a')
    .map((_, a) => $(a).text().trim())
    .get();
  expect(columns).toEqual(years.toReversed().map(String));
  for (const [id, list] of appearances) {
    const row = $(`.matrix th[scope="row"]:has(a[href="/archive/subjects/${id}/"])`).parent();
    const counts = row
      .find('td')
      .map((_, td) => $(td).text().trim())
      .get();
    expect(counts).toEqual(
      columns.map((y) => {
        const n = list.filter((r) => String(year(r)) === y).length;
        return n ? String(n) : '';
      }),
    );
  }
});

test('the feed carries only its most recent entries', () => {
  const feed = parseFeed(readFileSync(join(dist, 'feed.xml'), 'utf8'));
  const [corrections, roundEntries] = [
    feed.items.filter((i) => i.url!.includes('#correction-')),
    feed.items.filter((i) => !i.url!.includes('#correction-')),
  ];
  // As many corrections as rounds at the most, and no more than the record has.
  const allCorrections = rounds.flatMap((r) => r.data.corrections);
  expect(corrections.length).toBe(Math.min(2, allCorrections.length));
  expect(roundEntries.map((i) => i.url)).toEqual(
    rounds
      .map((r) => r.data.round)
      .sort((a, b) => b - a)
      .slice(0, 2)
      .map((n) => `${FIXTURE_SITE}/archive/rounds/${n}/`),
  );
});

test('the search page asks for a round number, and a search with it keeps to that round', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(hit.written)}&round=${text.round}`);
  expect(await page.locator('#search-round').getAttribute('type')).toBe('number');
  await page.locator('.hits a').first().waitFor();
  expect(await page.locator('.hits a').first().getAttribute('href')).toContain(`/archive/rounds/${text.round}/`);
  await page.goto(`${site.url}search/?q=${encodeURIComponent(hit.written)}&round=${sourceOnly.round}`);
  await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('none');
  await page.close();
});

test('the search page shows results a page at a time; “Show more” fetches the next page and moves focus to it', async () => {
  const page = await site.browser.newPage();
  const fragments = new Set<string>();
  page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.add(r.url()));
  await page.goto(`${site.url}search/?q=${encodeURIComponent(common)}`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('.search-results').getAttribute('data-state')).toBe('results');
  const total = Number(/^(\d+) results/.exec(await page.locator('.search-results__status').innerText())![1]);
  expect(total).toBeGreaterThan(1);
  expect(fragments.size).toBe(1);
  const more = page.locator('.search-results__more');
  expect(await more.innerText()).toBe(`Show 1 more (1 of ${total} shown)`);
  await more.click();
  await expect.poll(() => fragments.size).toBe(2);
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.closest('.hits li:nth-child(2), .hits li:last-child') !== null),
    )
    .toBe(true);
  await page.close();
});

const LARGE_PATHS = ['/', '/rounds/', `/subjects/${busiest}/2/`, '/subjects/matrix/', '/search/'];

test.each(LARGE_PATHS)('%s in its large-archive form is within budget and has no axe violations', async (path) => {
  const w = pageWeight(dist, join(dist, path.replace(/\/$/, '/index.html')), { base: '/archive/' });
  expect(w.total).toBeLessThanOrEqual(PAGE_BUDGET);
  expect(await axeViolations(site.browser, site.url, path)).toEqual([]);
});
