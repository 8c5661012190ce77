/** Page weight counts each byte a reader downloads once: inline code is part of the HTML. */
import { afterAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotli, pageWeight } from '../../tools/lib/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const script = `document.documentElement.classList.add('has-js');${'/* some code */'.repeat(20)}`;
const html = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><script>${script}</script><script type="module" src="/_astro/b.js"></script></head><body><p>Text</p></body></html>`;
mkdirSync(join(dist, '_astro'));
writeFileSync(join(dist, '_astro/a.css'), 'p { color: red; }');
writeFileSync(join(dist, '_astro/b.js'), 'console.log(1)');
writeFileSync(join(dist, 'index.html'), html);

test('the total is the HTML (inline script included once) and each linked file', () => {
  const w = pageWeight(dist, join(dist, 'index.html'));
  expect(w.total).toBe(brotli(html) + brotli('p { color: red; }') + brotli('console.log(1)'));
});

test('eager JavaScript counts the inline script and the linked one', () => {
  expect(pageWeight(dist, join(dist, 'index.html')).js).toBe(brotli(script) + brotli('console.log(1)'));
});
