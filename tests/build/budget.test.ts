import { expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import * as cheerio from 'cheerio';
import { listPages } from '../support/dist.ts';

const dist = inject('distDir');
/** About what fits in TCP's first flight (10 segments): a page that fits arrives in one round trip. */
const PAGE_BUDGET = 14 * 1024;
/** JavaScript allowed before the reader interacts with anything. */
const EAGER_JS_BUDGET = 1024;

const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The HTML, CSS and eagerly loaded JavaScript a page needs, brotli-compressed, in bytes. */
function pageWeight(file: string) {
  const html = readFileSync(file);
  const $ = cheerio.load(html.toString());
  const local = (ref: string) => readFileSync(join(dist, new URL(ref, 'http://x/').pathname));
  const css = $('link[rel="stylesheet"]')
    .map((_, l) => brotli(local($(l).attr('href')!)))
    .get();
  // JSON-LD is data, not code: the browser never runs it.
  const inlineJs = $('script:not([src]):not([type="application/ld+json"])')
    .map((_, s) => brotli($(s).text()))
    .get();
  // Module scripts and ordinary scripts both run before interaction; lazy code is imported later.
  const js = $('script[src]')
    .map((_, s) => brotli(local($(s).attr('src')!)))
    .get();
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { html: brotli(html), css: sum(css), js: sum(js) + sum(inlineJs) };
}

const roundPages = listPages(dist).filter((p) => /^\/rounds\/\d+\/$/.test(p.path));

test('there are round pages to weigh', () => {
  expect(roundPages.length).toBeGreaterThan(0);
});

test.each(roundPages.map((p) => [p.path, p.file]))('%s fits in 14 KB brotli (HTML + CSS + JS)', (_path, file) => {
  const w = pageWeight(file);
  expect(w.html + w.css + w.js).toBeLessThanOrEqual(PAGE_BUDGET);
});

// The search page runs search as soon as it opens; every other page is for reading.
const readingPages = listPages(dist).filter((p) => p.path !== '/search/');

test.each(readingPages.map((p) => [p.path, p.file]))(
  '%s loads at most 1 KB of JavaScript before interaction',
  (_path, file) => {
    expect(pageWeight(file).js).toBeLessThanOrEqual(EAGER_JS_BUDGET);
  },
);

test('our whole search UI (every script the site ships, Pagefind aside) is at most 10 KB brotli', () => {
  const files = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
  const inlineBoot = pageWeight(roundPages[0]!.file).js;
  const total = files.reduce((sum, f) => sum + brotli(readFileSync(join(dist, '_astro', f))), inlineBoot);
  expect(files.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(10 * 1024);
});
