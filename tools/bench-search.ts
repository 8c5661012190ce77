/**
 * `npm run bench:search`: the cost of a first search, measured in Chromium on the built site,
 * for our UI (header search) and for Pagefind's Component UI on the same index. Prints requests,
 * bytes (brotli, as a host would send them) and milliseconds from the first keystroke to
 * rendered results. A benchmark, not a test: timings vary by machine.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const QUERY = 'Magnitsky';
const RUNS = Number(process.env.RUNS ?? 5);

const dist = resolve(process.argv[2] ?? 'dist');
const root = mkdtempSync(join(tmpdir(), 'hr-bench-'));
cpSync(dist, root, { recursive: true });
// Pagefind's own Component UI on a page of its own, over the same index.
writeFileSync(
  join(root, 'bench-component-ui.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Component UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-component-ui.css">
<script type="module" src="/pagefind/pagefind-component-ui.js"></script></head>
<body><pagefind-input></pagefind-input><pagefind-results></pagefind-results></body></html>`,
);

const uis = [
  {
    name: 'Archive UI (header search)',
    page: 'rounds/15/',
    input: '#site-search-q',
    results: '#site-search-results [role="option"]',
  },
  {
    name: 'Pagefind Component UI',
    page: 'bench-component-ui.html',
    input: 'pagefind-input input',
    results: 'pagefind-results .pf-result',
  },
];

const brotliSize = new Map<string, number>();
function sentBytes(pathname: string): number {
  if (!brotliSize.has(pathname)) {
    const file = join(root, decodeURIComponent(pathname));
    let size: number;
    try {
      size = brotliCompressSync(readFileSync(file)).length;
    } catch {
      size = 0;
    }
    brotliSize.set(pathname, size);
  }
  return brotliSize.get(pathname)!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const site = await startStaticServer({ root });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  console.log(`First search for “${QUERY}”, ${RUNS} runs each, cold cache\n`);
  console.log('UI                              requests  KB (br)  ms (median)');
  for (const ui of uis) {
    const times: number[] = [];
    let requests = 0;
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(site.url + ui.page, { waitUntil: 'networkidle' });
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      const input = page.locator(ui.input);
      await input.waitFor();
      const start = Date.now();
      await input.focus();
      await input.pressSequentially(QUERY);
      await page.locator(ui.results).first().waitFor({ timeout: 15_000 });
      times.push(Date.now() - start);
      await page.waitForLoadState('networkidle');
      // Count what the search itself cost, plus the page's own UI bundle for the Component UI.
      const uiAssets = ui.page.endsWith('.html')
        ? ['/pagefind/pagefind-component-ui.js', '/pagefind/pagefind-component-ui.css']
        : [];
      const all = [...new Set([...fetched, ...uiAssets])];
      requests = all.length;
      bytes = all.reduce((sum, p) => sum + sentBytes(p), 0);
      await context.close();
    }
    console.log(
      `${ui.name.padEnd(32)}${String(requests).padStart(8)}${(bytes / 1024).toFixed(1).padStart(9)}${String(median(times)).padStart(13)}`,
    );
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(root, { recursive: true, force: true });
}
