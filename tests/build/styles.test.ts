/**
 * Site-wide CSS is only tokens, base, prose and print; components carry their own styles. The
 * cascade layers keep one order on every page, whichever components the page uses.
 */
import { expect, inject, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, loadPage } from '../support/dist.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const LAYERS = ['reset', 'base', 'layout', 'prose', 'components', 'utilities'];
const pages = listPages(inject('distDir'));

test('src/styles holds only the site-wide sheets', () => {
  expect(readdirSync(join(PROJECT_ROOT, 'src/styles')).sort()).toEqual(
    ['base.css', 'index.css', 'print.css', 'prose.css', 'tokens.css'].sort(),
  );
});

test.each(pages.map((p) => [p.path]))('%s: the layers come in the declared order', (path) => {
  const css = loadPage(inject('distDir'), path)('style').text();
  const seen: string[] = [];
  for (const [, names] of css.matchAll(/@layer ([a-z, ]+)[{;]/g)) {
    for (const name of names!.split(',').map((n) => n.trim())) if (!seen.includes(name)) seen.push(name);
  }
  expect(seen).toEqual(LAYERS.filter((layer) => seen.includes(layer)));
  expect(seen.slice(0, 2)).toEqual(['reset', 'base']);
});
