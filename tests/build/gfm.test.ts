/**
 * GitHub-flavoured Markdown in round files (tables, footnotes, autolinks) renders through the
 * unified() processor, and such a round's paragraph ids agree everywhere the archive publishes
 * them: the page, /rounds/<n>.json, /data/rounds.json, the feed and the citations.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { formatCitation } from '../../src/publish/citation.ts';
import { loadPage } from '../support/dist.ts';
import { fixtureRounds } from '../support/fixture-site.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';

const dist = inject('distDir');
const SITE = FIXTURE_SITE;
const gfmRound = fixtureRounds().find((r) => /^\|.*\|$/m.test(r.body) && /\[\^\w+\]/.test(r.body));
if (!gfmRound) throw new Error('the fixture site needs a round whose text has a table and a footnote');
const n = gfmRound.data.round;
const pageUrl = `${SITE}/rounds/${n}/`;
const $ = loadPage(dist, `/rounds/${n}/`);

describe('GFM in a round’s text', () => {
  test('tables render as tables', () => {
    expect($('.release table th').length).toBeGreaterThan(0);
  });

  test('footnotes render with a reference and a note', () => {
    expect($('.release sup a[href^="#user-content-fn"]').length).toBeGreaterThan(0);
    expect($('.release section.footnotes li').length).toBeGreaterThan(0);
  });

  test('bare URLs become links', () => {
    const url = /https?:\/\/[^\s)]+[^\s).,]/.exec(gfmRound.body)![0];
    expect($(`.release a[href="${url}"]`)).toHaveLength(1);
  });
});

describe('one paragraph model', () => {
  const pageIds = $('.release p.para')
    .map((_, p) => $(p).attr('id'))
    .get();

  test('the page numbers only the release’s own paragraphs: not table cells, quotations or footnotes', () => {
    expect(pageIds).toEqual(gfmRound.paragraphs.map((p) => p.id));
    expect($('.release table p.para, .release blockquote p.para, .release .footnotes p.para')).toHaveLength(0);
  });

  test('/rounds/<n>.json gives the same paragraph links as the page; /data/rounds.json counts them', () => {
    const one = JSON.parse(readFileSync(join(dist, `rounds/${n}.json`), 'utf8')).round;
    const all = JSON.parse(readFileSync(join(dist, 'data/rounds.json'), 'utf8')).rounds.find(
      (r: { round: number }) => r.round === n,
    );
    expect(one.paragraphs.map((p: { url: string }) => p.url)).toEqual(pageIds.map((id) => `${pageUrl}#${id}`));
    expect(all.paragraphCount).toBe(pageIds.length);
  });

  test('the feed links the same paragraphs', () => {
    const feed = parseFeed(readFileSync(join(dist, 'feed.xml'), 'utf8'));
    const item = feed.items.find((i) => i.url === pageUrl)!;
    const content = cheerio.load(item.content ?? '');
    const links = content('a[href*="#p"]')
      .map((_, a) => content(a).attr('href'))
      .get();
    expect(links).toEqual(pageIds.map((id) => `${pageUrl}#${id}`));
  });

  test('each paragraph’s citation, built from the page’s citation data, links an id on the page', () => {
    const data = JSON.parse($('article.round').attr('data-citation')!);
    const round = {
      ...data,
      date: { ...data.date, earliest: new Date(data.date.earliest), latest: new Date(data.date.latest) },
    };
    for (const p of gfmRound.paragraphs) {
      const cited = /https?:\/\/\S+#(p\d+)\b/.exec(formatCitation(round, data.pageUrl, { paragraph: p.number }));
      expect(cited?.[1]).toBe(p.id);
      expect($(`#${cited?.[1]}`)).toHaveLength(1);
    }
  });
});
