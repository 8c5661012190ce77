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
import { parse as parseCsv } from 'csv-parse/sync';
import * as cheerio from 'cheerio';
import { listPages, loadPage, paragraphText } from '../support/dist.ts';
import { FEED_LENGTH } from '../../src/site.ts';
import { isoDay, ordinal } from '../support/expect-text.ts';
import { fixtureRounds, pickRounds } from '../support/fixture-site.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';

const dist = inject('distDir');
const SITE = FIXTURE_SITE;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const rounds = fixtureRounds();
const ROUNDS = rounds.map((r) => r.data.round);
const byNumber = new Map(rounds.map((r) => [r.data.round, r]));
const { latestText, sourceOnlyRounds } = pickRounds(rounds);
/** Who a round's citation names as author: the release's issuer, or the archive for a round known from its record. */
const issuerOf = (n: number) => byNumber.get(n)!.data.source?.issuer ?? 'EU–Russia Human Rights Consultations Archive';

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
      expect(author.literal ?? author.family).toBe(issuerOf(n));
      const iso = page('.round-facts time').attr('datetime')!;
      expect(item!.issued['date-parts'][0]).toEqual(iso.split('-').map(Number));
      expect(item!.URL).toBe(`${SITE}/rounds/${n}/`);
    },
  );

  test.each(rounds.filter((r) => r.data.source?.url).map((r) => [r.data.round, r.data.source!.url]))(
    'round %i’s BibTeX gives the official document as a link biblatex prints (eprint of type url)',
    (n, url) => {
      const bib = read(`rounds/${n}/cite.bib`);
      expect(bib).toContain(`eprint = {${url}}`);
      expect(bib).toContain('eprinttype = {url}');
    },
  );

  test.each(ROUNDS)(
    'round %i’s RIS gives where the round met in its note, not as the place of publication (CY)',
    (n) => {
      const round = rounds.find((r) => r.data.round === n)!;
      const lines = read(`rounds/${n}/cite.ris`).split('\r\n');
      expect(lines.some((l) => l.startsWith('CY  -'))).toBe(false);
      if (round.data.place) expect(lines.find((l) => l.startsWith('N1  -'))).toContain(round.data.place);
    },
  );

  test.each(ROUNDS)('round %i is marked as only scheduled in every format exactly when its record says so', (n) => {
    const scheduled = byNumber.get(n)!.data.scheduled;
    const page = loadPage(dist, `/rounds/${n}/`);
    const jsonLd = JSON.parse(page('script[type="application/ld+json"]').text()) as {
      '@graph': { '@type': string; description?: string }[];
    };
    const event = jsonLd['@graph'].find((node) => node['@type'] === 'Event')!;
    const marks = {
      bib: /^\s+note = \{.*scheduled/m.test(read(`rounds/${n}/cite.bib`)),
      ris: /^N1 {2}- .*scheduled/m.test(read(`rounds/${n}/cite.ris`)),
      csl: (JSON.parse(read(`rounds/${n}/cite.json`)) as { status?: string }[])[0]!.status === 'scheduled',
      text: page('#cite-text').text().includes('(scheduled)'),
      jsonLd: /scheduled/.test(event.description ?? ''),
    };
    expect(marks).toEqual({ bib: scheduled, ris: scheduled, csl: scheduled, text: scheduled, jsonLd: scheduled });
  });

  test.each(ROUNDS)('round %i’s citation quotes a title only when it is the release’s own', (n) => {
    const { title } = byNumber.get(n)!.data;
    const citation = loadPage(dist, `/rounds/${n}/`)('#cite-text').text();
    expect(citation.match(/“([^”]+)”/)?.[1]).toBe(title);
    expect(citation.match(new RegExp(`\\b${ordinal(n)} round`, 'g'))).toHaveLength(1);
  });

  test.each(ROUNDS)('round %i’s BibTeX has one date field, with no month or day beside it', (n) => {
    const bib = read(`rounds/${n}/cite.bib`);
    expect(bib).toMatch(/^\s+date = \{/m);
    expect(bib).not.toMatch(/^\s+(month|day) = /m);
  });

  test('a partial or uncertain date keeps only what the record knows, in each format’s own way', () => {
    const partial = rounds.filter((r) => r.data.date.precision !== 'day' || r.data.date.uncertain);
    expect(partial.length).toBeGreaterThan(0);
    for (const round of partial) {
      const n = round.data.round;
      const parts = isoDay(round.data.date).split('-');
      const csl = JSON.parse(read(`rounds/${n}/cite.json`))[0];
      expect(csl.issued['date-parts']).toEqual([parts.map(Number)]);
      expect(Boolean(csl.issued.circa)).toBe(round.data.date.uncertain);
      expect(read(`rounds/${n}/cite.bib`)).toContain(`date = {${round.data.date.edtf}}`);
      const [y, m = '', d = ''] = parts;
      expect(read(`rounds/${n}/cite.ris`)).toContain(
        `DA  - ${y}/${m}/${d}/${round.data.date.uncertain ? 'uncertain' : ''}`.trimEnd(),
      );
    }
  });

  test('a round’s title in the citation is the release’s own', () => {
    expect(read(`rounds/${latestText.data.round}/cite.bib`)).toContain(`title = {{${latestText.data.title}}}`);
  });
});

describe('reference-manager metadata', () => {
  test.each(ROUNDS)('round %i has Highwire citation_* and Dublin Core tags', (n) => {
    const $ = loadPage(dist, `/rounds/${n}/`);
    const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
    expect(meta('citation_author')).toBe(issuerOf(n));
    expect(meta('citation_date')).toBe($('.round-facts time').attr('datetime')!.replaceAll('-', '/'));
    expect(meta('citation_language')).toBe('en');
    expect(meta('DC.creator')).toBe(issuerOf(n));
    expect(meta('citation_pdf_url')).toBe(byNumber.get(n)!.data.source?.url);
  });
});

describe('structured data', () => {
  const jsonLd = ($: cheerio.CheerioAPI) => JSON.parse($('script[type="application/ld+json"]').text());

  test.each(ROUNDS)('round %i is a schema.org Event with a Report about it', (n) => {
    const { '@graph': graph } = jsonLd(loadPage(dist, `/rounds/${n}/`));
    const event = graph.find((x: { '@type': string }) => x['@type'] === 'Event');
    const report = graph.find((x: { '@type': string }) => x['@type'] === 'Report');
    expect(event.name).toBe(`${ordinal(n)} round of the EU–Russian Federation human rights consultations`);
    expect(event.startDate).toBe(isoDay(byNumber.get(n)!.data.date)); // only the known parts: 2008-10
    expect(event.organizer.map((o: { name: string }) => o.name)).toEqual(['European Union', 'Russian Federation']);
    expect(report.about).toEqual({ '@id': event['@id'] });
    expect(report.url).toBe(`${SITE}/rounds/${n}/`);
    expect(report.isBasedOn).toBe(byNumber.get(n)!.data.source?.url);
  });

  test('the home page describes the site as a WebSite searchable by URL', () => {
    const site = jsonLd(loadPage(dist, '/'));
    expect(site['@type']).toBe('WebSite');
    expect(site.potentialAction.target.urlTemplate).toBe(`${SITE}/search/?q={search_term_string}`);
  });

  test('round pages have Open Graph and Twitter card tags', () => {
    const n = latestText.data.round;
    const $ = loadPage(dist, `/rounds/${n}/`);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE}/rounds/${n}/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}/rounds/${n}/og.png`);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });

  test.each(ROUNDS)('round %i’s link preview says what it is on its own, image description included', (n) => {
    const $ = loadPage(dist, `/rounds/${n}/`);
    const title = `${ordinal(n)} round of the EU–Russian Federation human rights consultations`;
    expect($('meta[property="og:title"]').attr('content')).toMatch(new RegExp(`^${title}, `));
    expect($('meta[name="twitter:title"]').attr('content')).toBe($('meta[property="og:title"]').attr('content'));
    const alt = $('meta[property="og:image:alt"]').attr('content');
    expect(alt?.length).toBeGreaterThan(20);
    expect($('meta[name="twitter:image:alt"]').attr('content')).toBe(alt);
  });

  test.each(ROUNDS)('round %i has a 1200 × 630 PNG preview image generated at build', (n) => {
    const png = readFileSync(join(dist, `rounds/${n}/og.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('feed', () => {
  const feed = parseFeed(read('feed.xml'));

  test('the feed’s first link is the site, as readers that take the first link expect; its own address follows', () => {
    const links = [...read('feed.xml').matchAll(/^ {2}<link rel="(\w+)"[^>]*href="([^"]+)"/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(links).toEqual([
      ['alternate', `${SITE}/`],
      ['self', `${SITE}/feed.xml`],
    ]);
  });

  test('the Atom feed lists the newest rounds (at most its length), newest first, linking each page and source', () => {
    expect(feed.title).toBe('EU–Russia Human Rights Consultations Archive');
    // Corrections of the record are entries too (corrections.test.ts); here, the rounds.
    const roundItems = feed.items.filter((i) => !i.url!.includes('#correction-'));
    expect(roundItems.map((i) => i.url)).toEqual(
      ROUNDS.toReversed()
        .slice(0, FEED_LENGTH)
        .map((n) => `${SITE}/rounds/${n}/`),
    );
    for (const item of roundItems) {
      const url = byNumber.get(Number(/\/rounds\/(\d+)\/$/.exec(item.url!)![1]))!.data.source?.url;
      if (url) expect(item.content).toContain(url);
    }
  });

  test('the feed carries the full text of rounds that have it', () => {
    const item = feed.items.find((i) => i.url === `${SITE}/rounds/${latestText.data.round}/`)!;
    for (const p of latestText.paragraphs) expect(item.content).toContain(p.text.replace(/"/g, '&quot;'));
  });

  test('every page links the feed', () => {
    expect(
      loadPage(dist, `/rounds/${ROUNDS[0]}/`)('link[rel="alternate"][type="application/atom+xml"]').attr('href'),
    ).toBe('/feed.xml');
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

  test.each(ROUNDS)('/rounds/%i.json is valid and agrees with the collection file, which links it', (n) => {
    const one = JSON.parse(read(`rounds/${n}.json`));
    expect(validate(one), JSON.stringify(validate.errors)).toBe(true);
    const { paragraphs, ...record } = one.round;
    const { paragraphCount, data, ...listed } = all.rounds.find((r: { round: number }) => r.round === n);
    expect(listed).toEqual(record);
    expect(paragraphCount).toBe(paragraphs.length);
    expect(data).toBe(`${SITE}/rounds/${n}.json`);
  });

  test('the collection file carries no text: its size does not grow with the paragraphs', () => {
    expect(all.rounds.some((r: object) => 'paragraphs' in r)).toBe(false);
    const withText = byNumber.get(latestText.data.round)!;
    expect(read('data/rounds.json')).not.toContain(JSON.stringify(withText.paragraphs[0]!.text).slice(1, -1));
  });

  test('the schema rejects a round with a missing field', () => {
    const broken = structuredClone(all);
    delete broken.rounds[0].date;
    expect(validate(broken)).toBe(false);
  });

  test.each(ROUNDS)('round %i’s paragraphs in its data file are the page’s paragraphs, with their links', (n) => {
    const { round } = JSON.parse(read(`rounds/${n}.json`));
    const $ = loadPage(dist, `/rounds/${n}/`);
    expect(round.paragraphs).toHaveLength($('p.para').length);
    round.paragraphs.forEach((p: { number: number; url: string; text: string }) => {
      expect(p.text).toBe(paragraphText($, `p${p.number}`));
      expect(p.url).toBe(`${SITE}/rounds/${n}/#p${p.number}`);
    });
  });
});

describe('the rounds as a spreadsheet (/data/rounds.csv)', () => {
  const csv = read('data/rounds.csv');
  const records: Record<string, string>[] = parseCsv(csv, { columns: true, bom: true });

  test('is RFC 4180 CSV in UTF-8 that a CSV parser reads: one row per round, oldest first', () => {
    expect(csv.startsWith('\uFEFFround,')).toBe(true); // a byte-order mark, so spreadsheets read UTF-8
    expect(csv).toContain('\r\n');
    expect(records.map((r) => Number(r.round))).toEqual(ROUNDS);
  });

  test('keeps each round’s date as the record gives it, its place, holdings and sources', () => {
    for (const row of records) {
      const round = byNumber.get(Number(row.round))!;
      expect(row.date_edtf).toBe(round.data.date.edtf);
      expect(row.date_uncertain).toBe(String(round.data.date.uncertain));
      expect(row.date_scheduled).toBe(String(round.data.scheduled));
      expect(row.place).toBe(round.data.place ?? '');
      expect(row.has_text).toBe(String(round.hasText));
      expect(Number(row.source_count)).toBe(round.data.sources.length);
      expect(row.raised).toBe(round.data.raised.map((r) => r.label).join(' | '));
      expect(row.page_url).toBe(`${SITE}/rounds/${round.data.round}/`);
    }
  });

  test('has the same data as rounds.json', () => {
    const all = JSON.parse(read('data/rounds.json'));
    expect(records.map((r) => r.date_earliest)).toEqual(
      all.rounds.map((r: { date: { earliest: string } }) => r.date.earliest),
    );
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test('the sitemap lists every HTML page but the 404 pages, and nothing else', () => {
    const index = locs(read('sitemap-index.xml'));
    const urls = index.flatMap((sitemap) => locs(read(new URL(sitemap).pathname)));
    const pages = listPages(dist)
      .filter((p) => !p.path.endsWith('/404.html'))
      .map((p) => `${SITE}${p.path}`);
    expect(urls.sort()).toEqual(pages.sort());
  });

  test('each page in the sitemap names its English and Russian versions as alternates', () => {
    const index = locs(read('sitemap-index.xml'));
    const $ = cheerio.load(index.map((sitemap) => read(new URL(sitemap).pathname)).join(''), { xml: true });
    const entries = $('url').toArray();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const loc = $(entry).children('loc').text();
      const path = new URL(loc).pathname.replace(/^\/ru\//, '/');
      const alternates = Object.fromEntries(
        $(entry)
          .children('xhtml\\:link')
          .toArray()
          .map((link) => [$(link).attr('hreflang'), $(link).attr('href')]),
      );
      expect(alternates, loc).toEqual({ en: `${SITE}${path}`, ru: `${SITE}/ru${path}` });
    }
  });

  test('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe('provenance', () => {
  test.each(sourceOnlyRounds.map((r) => r.data.round))(
    'round %i links its source, the Internet Archive’s copies, and each release that lists it',
    (n) => {
      const $ = loadPage(dist, `/rounds/${n}/`);
      const links = $('.provenance a')
        .map((_, a) => $(a).attr('href'))
        .get();
      const source = $('.provenance__url').attr('href')!;
      expect(links).toContain(`https://web.archive.org/web/*/${source}`);
      const listedIn = rounds.filter((r) => r.data.previous.some((p) => p.round === n));
      for (const r of listedIn) expect(links).toContain(`/rounds/${r.data.round}/`);
      expect(links).toContain(`/rounds/${n}.json`);
    },
  );
});
