import { expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/build-site.ts';
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

test.each(listPages(dist).map((p) => [p.path, p.file]))(
  '%s fits in 14 KB brotli (the HTML with its inline code, and the files it links)',
  (_path, file) => {
    const w = pageWeight(file);
    expect(w.total).toBeLessThanOrEqual(PAGE_BUDGET);
  },
);

// The search page (in each language) runs search as soon as it opens; every other page is for reading.
const readingPages = listPages(dist).filter((p) => !/^(\/ru)?\/search\/$/.test(p.path));

test.each(readingPages.map((p) => [p.path, p.file]))(
  '%s loads at most 1 KB of JavaScript before interaction',
  (_path, file) => {
    expect(pageWeight(file).js).toBeLessThanOrEqual(EAGER_JS_BUDGET);
  },
);

/**
 * The typo-tolerant "Did you mean …?" (Fuse.js and our matcher, src/search/fuzzy-subjects.ts and
 * subject-suggest.ts), loaded only when a query finds little.
 */
const isMatcher = (file: string) => /^(fuzzy-subjects|subject-suggest)\./.test(file);

// 10 KB until search learned to forgive (snippets without search-only text, counts that keep the
// other filters, the subject filter, when to suggest): those rules cost 1.1 KB; the matcher itself
// is counted on its own below.
test('our whole search UI (every script the site ships, Pagefind and the typo matcher aside) is at most 11.5 KB brotli', () => {
  const files = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js') && !isMatcher(f));
  const inlineBoot = pageWeight(roundPages[0]!.file).js;
  const total = files.reduce((sum, f) => sum + brotli(readFileSync(join(dist, '_astro', f))), inlineBoot);
  expect(files.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(11.5 * 1024);
});

test('the typo matcher costs no more than Fuse.js’s basic build and 1.5 KB of ours, and no page loads it before a search needs it', () => {
  const files = readdirSync(join(dist, '_astro')).filter(isMatcher);
  expect(files.length).toBeGreaterThan(0);
  const fuse = brotli(readFileSync(join(PROJECT_ROOT, 'node_modules/fuse.js/dist/fuse.basic.min.mjs')));
  const total = files.reduce((sum, f) => sum + brotli(readFileSync(join(dist, '_astro', f))), 0);
  expect(total).toBeLessThanOrEqual(fuse + 1.5 * 1024);
  for (const { file } of roundPages) expect(readFileSync(file, 'utf8')).not.toMatch(/fuzzy-subjects\./);
});
