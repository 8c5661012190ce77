import { expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from '../support/dist.ts';
import { brotli, PAGE_BUDGET, pageWeight as weigh } from '../../tools/lib/page-weight.ts';

const dist = inject('distDir');
/** JavaScript allowed before the reader interacts with anything. */
const EAGER_JS_BUDGET = 1024;
const pageWeight = (file: string) => weigh(dist, file);

const roundPages = listPages(dist).filter((p) => /^\/rounds\/\d+\/$/.test(p.path));

test('there are round pages to weigh', () => {
  expect(roundPages.length).toBeGreaterThan(0);
});

test.each(listPages(dist).map((p) => [p.path, p.file]))('%s fits in 14 KB brotli (HTML + CSS + JS)', (_path, file) => {
  const w = pageWeight(file);
  expect(w.html + w.css + w.js).toBeLessThanOrEqual(PAGE_BUDGET);
});

// The search page (in each language) runs search as soon as it opens; every other page is for reading.
const readingPages = listPages(dist).filter((p) => !/^(\/ru)?\/search\/$/.test(p.path));

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
