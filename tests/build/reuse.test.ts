/** Every artifact for reuse, read back with an independent parser. */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import * as cheerio from 'cheerio';
import { listPages, loadPage, paragraphText } from '../support/dist.ts';

const dist = inject('distDir');
const SITE = 'https://hr-consultations.example';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const ROUNDS = [15, 16, 17, 18];

interface CslItem {
  title: string;
  author: { literal?: string; family?: string }[];
  issued: { 'date-parts': number[][] };
  URL: string;
}

describe('citation downloads', () => {
  test.each(ROUNDS.flatMap((n) => ['bib', 'ris', 'json'].map((format) => [n, format] as const)))(
    'round %i cite.%s parses with citation-js and keeps title, date, issuer and URL',
    (n, format) => {
      const text = read(`rounds/${n}/cite.${format}`);
      const [item] = new Cite(format === 'json' ? JSON.parse(text) : text).data as CslItem[];
      const page = loadPage(dist, `/rounds/${n}/`);
      const citationTitle = page('meta[name="citation_title"]').attr('content');
      expect(item!.title).toBe(citationTitle);
      const author = item!.author[0]!;
      expect(author.literal ?? author.family).toBe('Council of the European Union');
      const iso = page('.round-facts time').attr('datetime')!;
      expect(item!.issued['date-parts'][0]).toEqual(iso.split('-').map(Number));
      expect(item!.URL).toBe(`${SITE}/rounds/${n}/`);
    },
  );

  test('round 18’s title in the citation is the release’s own', () => {
    expect(read('rounds/18/cite.bib')).toContain(
      'title = {{European Union–Russian Federation human rights consultations}}',
    );
  });
});

describe('reference-manager metadata', () => {
  test.each(ROUNDS)('round %i has Highwire citation_* and Dublin Core tags', (n) => {
    const $ = loadPage(dist, `/rounds/${n}/`);
    const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
    expect(meta('citation_author')).toBe('Council of the European Union');
    expect(meta('citation_date')).toBe($('.round-facts time').attr('datetime')!.replaceAll('-', '/'));
    expect(meta('citation_language')).toBe('en');
    expect(meta('DC.creator')).toBe('Council of the European Union');
    if (n !== 18) expect(meta('citation_pdf_url')).toMatch(/^http:\/\/www\.consilium\.europa\.eu\/.+\.pdf$/);
  });
});

describe('structured data', () => {
  const jsonLd = ($: cheerio.CheerioAPI) => JSON.parse($('script[type="application/ld+json"]').text());

  test.each(ROUNDS)('round %i is a schema.org Event with a Report about it', (n) => {
    const { '@graph': graph } = jsonLd(loadPage(dist, `/rounds/${n}/`));
    const event = graph.find((x: { '@type': string }) => x['@type'] === 'Event');
    const report = graph.find((x: { '@type': string }) => x['@type'] === 'Report');
    expect(event.name).toBe(`${n}th round of the EU–Russian Federation human rights consultations`);
    expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(event.organizer.map((o: { name: string }) => o.name)).toEqual(['European Union', 'Russian Federation']);
    expect(report.about).toEqual({ '@id': event['@id'] });
    expect(report.url).toBe(`${SITE}/rounds/${n}/`);
    if (n !== 18) expect(report.isBasedOn).toMatch(/^http:\/\/www\.consilium\.europa\.eu\//);
  });

  test('the home page describes the site as a WebSite searchable by URL', () => {
    const site = jsonLd(loadPage(dist, '/'));
    expect(site['@type']).toBe('WebSite');
    expect(site.potentialAction.target.urlTemplate).toBe(`${SITE}/search/?q={search_term_string}`);
  });

  test('round pages have Open Graph and Twitter card tags', () => {
    const $ = loadPage(dist, '/rounds/18/');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE}/rounds/18/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}/rounds/18/og.png`);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });

  test.each(ROUNDS)('round %i has a 1200 × 630 PNG preview image generated at build', (n) => {
    const png = readFileSync(join(dist, `rounds/${n}/og.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('feed', () => {
  const feed = parseFeed(read('feed.xml'));

  test('the Atom feed lists every round, newest first, linking each page and source', () => {
    expect(feed.title).toBe('EU–Russia Human Rights Consultations Archive');
    expect(feed.items.map((i) => i.url)).toEqual(ROUNDS.toReversed().map((n) => `${SITE}/rounds/${n}/`));
    for (const item of feed.items.slice(1)) expect(item.content).toContain('http://www.consilium.europa.eu/');
  });

  test('the feed carries round 18’s full text', () => {
    const [latest] = feed.items;
    expect(latest!.content).toContain('Sergey Magnitsky case, which was closed prematurely');
  });

  test('every page links the feed', () => {
    expect(loadPage(dist, '/rounds/15/')('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe(
      '/feed.xml',
    );
  });
});

describe('open data', () => {
  const schema = JSON.parse(read('data/rounds.schema.json'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const all = JSON.parse(read('data/rounds.json'));

  test('/data/rounds.json is valid against its published JSON Schema and versioned', () => {
    expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
    expect(all.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(all.$schema).toBe(`${SITE}/data/rounds.schema.json`);
    expect(all.rounds.map((r: { round: number }) => r.round)).toEqual(ROUNDS);
  });

  test.each(ROUNDS)('/rounds/%i.json is valid and agrees with the collection file', (n) => {
    const one = JSON.parse(read(`rounds/${n}.json`));
    expect(validate(one), JSON.stringify(validate.errors)).toBe(true);
    expect(one.round).toEqual(all.rounds.find((r: { round: number }) => r.round === n));
  });

  test('the schema rejects a round with a missing field', () => {
    const broken = structuredClone(all);
    delete broken.rounds[0].date;
    expect(validate(broken)).toBe(false);
  });

  test('round 18’s paragraphs in the data are the page’s paragraphs, with their links', () => {
    const round = all.rounds.find((r: { round: number }) => r.round === 18);
    const $ = loadPage(dist, '/rounds/18/');
    expect(round.paragraphs).toHaveLength(7);
    round.paragraphs.forEach((p: { number: number; url: string; text: string }) => {
      expect(p.text).toBe(paragraphText($, `p${p.number}`));
      expect(p.url).toBe(`${SITE}/rounds/18/#p${p.number}`);
    });
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test('the sitemap lists every HTML page but the 404 page, and nothing else', () => {
    const index = locs(read('sitemap-index.xml'));
    const urls = index.flatMap((sitemap) => locs(read(new URL(sitemap).pathname)));
    const pages = listPages(dist)
      .filter((p) => p.path !== '/404.html')
      .map((p) => `${SITE}${p.path}`);
    expect(urls.sort()).toEqual(pages.sort());
  });

  test('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe('provenance', () => {
  test.each([15, 16, 17])(
    'round %i links its source, the Internet Archive’s copies, and the release that lists it',
    (n) => {
      const $ = loadPage(dist, `/rounds/${n}/`);
      const links = $('.provenance a')
        .map((_, a) => $(a).attr('href'))
        .get();
      const source = $('.provenance__url').attr('href')!;
      expect(links).toContain(`https://web.archive.org/web/*/${source}`);
      expect(links).toContain('/rounds/18/');
      expect(links).toContain(`/rounds/${n}.json`);
    },
  );
});
