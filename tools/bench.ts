/**
 * `npm run bench -- --rounds 3000`: how the archive's costs grow with its size. Generates a
 * synthetic archive of N rounds (tools/lib/synthetic-archive.ts) in a temporary copy of the
 * project, builds it twice (the second time unchanged), and prints one table: build time by
 * phase, peak memory, dist and index size, the brotli weight of the heaviest page of every page
 * template, the feed and the open data, and the first search for a rare and a common word in
 * Chromium (requests, bytes, ms). Exits non-zero when a page is over the 14 KB budget.
 * A benchmark, not a test: timings vary by machine, so they live here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { copyProjectFrom } from './lib/project-copy.ts';
import { COMMON_WORD, rareWordOf, writeSyntheticRounds } from './lib/synthetic-archive.ts';
import { brotli, PAGE_BUDGET, pageWeight } from './lib/page-weight.ts';
import { startStaticServer } from './lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } },
});
const ROUNDS = Number(values.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 30) {
  console.error(
    `npm run bench: --rounds must be a whole number of at least 30 (so every subject appears), got ${JSON.stringify(values.rounds)}`,
  );
  process.exit(1);
}

/** Page templates, by the path of their pages in either language; each row reports its heaviest page. */
const TEMPLATES: [string, RegExp][] = [
  ['home /', /^\/$/],
  ['rounds /rounds/', /^\/rounds\/$/],
  ['year /rounds/years/<y>/', /^\/rounds\/years\/\d+\/$/],
  ['round /rounds/<n>/', /^\/rounds\/\d+\/$/],
  ['search /search/', /^\/search\/$/],
  ['subjects /subjects/', /^\/subjects\/$/],
  ['subject /subjects/<id>/', /^\/subjects\/(?!matrix\/)[^/]+\/$/],
  ['subject, later pages /subjects/<id>/<n>/', /^\/subjects\/(?!matrix\/)[^/]+\/\d+\/$/],
  ['matrix /subjects/matrix/', /^\/subjects\/matrix\/$/],
  ['matrix by decade /subjects/matrix/<d>s/', /^\/subjects\/matrix\/\d+s\/$/],
  ['about /about/', /^\/about\/$/],
  ['404', /^\/404\.html$/],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .reduce((sum, f) => sum + statSync(join(f.parentPath, f.name)).size, 0);
}

function htmlPages(dist: string): { path: string; file: string }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => {
      const file = join(f.parentPath, f.name);
      const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
      return { path, file };
    });
}

interface BuildReport {
  astroMs: number;
  imagesMs: number;
  imagesDrawn: number;
  imagesReused: number;
  pagefindMs: number;
  memory: { rssMb: number; heapMb: number; heapLimitMb: number };
}

/** Builds the copy as `npm run build` does (Astro, then Pagefind), timing each step. */
function build(root: string, outDir: string): BuildReport {
  const peakFile = join(root, '.bench-peak-memory');
  const env = {
    // A benchmark build is never published: it needs an address, not a real one (.test is reserved).
    SITE: 'https://archive.test',
    ...process.env,
    SOCIAL_IMAGE_CACHE: join(root, '.cache/social-images'),
    ASTRO_TELEMETRY_DISABLED: '1',
    PEAK_MEMORY_FILE: peakFile,
  };
  const run = (args: string[]) => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    return { ms: performance.now() - start, output: `${result.stdout}\n${result.stderr}` };
  };
  const astro = run([
    '--import',
    resolve(import.meta.dirname, 'lib/report-peak-memory.ts'),
    'node_modules/astro/bin/astro.mjs',
    'build',
    '--outDir',
    outDir,
  ]);
  const images = /\[social-images\] drawn (\d+), reused (\d+) in (\d+) ms/.exec(astro.output);
  if (!images) throw new Error('the build did not report its social images');
  const pagefind = run(['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir]);
  return {
    astroMs: astro.ms,
    imagesDrawn: Number(images[1]),
    imagesReused: Number(images[2]),
    imagesMs: Number(images[3]),
    pagefindMs: pagefind.ms,
    memory: JSON.parse(readFileSync(peakFile, 'utf8')),
  };
}

interface SearchReport {
  requests: number;
  bytes: number;
  ms: number;
}

/** A first search in a fresh browser (cold cache): what it fetches, sent as brotli, and how long until results show. */
async function firstSearch(
  browser: Browser,
  siteUrl: string,
  dist: string,
  page: string,
  query: string | undefined,
  results: string,
): Promise<SearchReport> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    await tab.goto(siteUrl + page, { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    tab.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const start = performance.now();
    if (query) {
      await tab.locator('#site-search-q').focus();
      await tab.locator('#site-search-q').pressSequentially(query);
    } else {
      fetched.push(new URL(siteUrl + page).pathname);
      await tab.reload();
    }
    await tab.locator(results).first().waitFor({ timeout: 30_000 });
    const ms = performance.now() - start;
    await tab.waitForLoadState('networkidle');
    const unique = [...new Set(fetched)];
    const bytes = unique.reduce((sum, p) => {
      const path = decodeURIComponent(p).replace(/\/$/, '/index.html');
      try {
        return sum + brotli(readFileSync(join(dist, path)));
      } catch {
        return sum;
      }
    }, 0);
    return { requests: unique.length, bytes, ms };
  } finally {
    await context.close();
  }
}

const started = performance.now();
const copy = copyProjectFrom(resolve(import.meta.dirname, '..'));
const dist = join(copy.root, 'dist');
try {
  writeSyntheticRounds(copy.root, ROUNDS);
  console.error(`Synthetic archive of ${ROUNDS} rounds in ${copy.root}; building…`);
  const first = build(copy.root, dist);
  console.error('Built once; measuring pages…');
  const pages = htmlPages(dist).map((p) => {
    const w = pageWeight(dist, p.file);
    return { ...p, weight: w.total };
  });
  const over = pages.filter((p) => p.weight > PAGE_BUDGET);
  const templates = TEMPLATES.map(([name, pattern]) => {
    // A Russian page (/ru/…) is of the same template as its English twin.
    const matching = pages.filter((p) => pattern.test(p.path.replace(/^\/ru\//, '/')));
    const heaviest = matching.reduce<(typeof pages)[number] | undefined>(
      (a, b) => (!a || b.weight > a.weight ? b : a),
      undefined,
    );
    return { name, count: matching.length, heaviest };
  });
  const distBytes = folderSize(dist);
  const indexBytes = folderSize(join(dist, 'pagefind'));
  const feed = readFileSync(join(dist, 'feed.xml'));
  const feedEntries = (feed.toString().match(/<entry>/g) ?? []).length;
  const data = readFileSync(join(dist, 'data/rounds.json'));

  console.error('Searching in Chromium…');
  const site = await startStaticServer({ root: dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rare = rareWordOf(Math.ceil(ROUNDS / 2));
  const option = '#site-search-results [role="option"]';
  let searches: [string, SearchReport][];
  try {
    searches = [
      [`header, rare word “${rare}”`, await firstSearch(browser, site.url, dist, 'rounds/1/', rare, option)],
      [
        `header, common word “${COMMON_WORD}”`,
        await firstSearch(browser, site.url, dist, 'rounds/1/', COMMON_WORD, option),
      ],
      [
        `/search/?q=${COMMON_WORD} (page load included)`,
        await firstSearch(browser, site.url, dist, `search/?q=${COMMON_WORD}`, undefined, '.hits li'),
      ],
      [
        '/search/ empty (page load included)',
        await firstSearch(browser, site.url, dist, 'search/', undefined, '.search-results[data-state="empty"]'),
      ],
    ];
  } finally {
    await browser.close();
    await site.close();
  }

  console.error('Building again, unchanged…');
  const second = build(copy.root, join(copy.root, 'dist-again'));

  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `Synthetic archive of ${ROUNDS} rounds · ${cpus().length} × ${cpus()[0]?.model.trim()} · ${(totalmem() / 2 ** 30).toFixed(1)} GB · Node ${process.version}`,
    '',
    row(['build', 'first', 'second (unchanged)']),
    row(['---', '---:', '---:']),
    row(['Astro (pages, data, images)', seconds(first.astroMs), seconds(second.astroMs)]),
    row([
      'social images (part of Astro)',
      `${seconds(first.imagesMs)} (${first.imagesDrawn} drawn)`,
      `${seconds(second.imagesMs)} (${second.imagesDrawn} drawn, ${second.imagesReused} reused)`,
    ]),
    row(['Pagefind index', seconds(first.pagefindMs), seconds(second.pagefindMs)]),
    row(['peak memory of Astro: resident', `${first.memory.rssMb} MB`, `${second.memory.rssMb} MB`]),
    row([
      `peak JavaScript heap (Node's limit here: ${first.memory.heapLimitMb} MB)`,
      `${first.memory.heapMb} MB`,
      `${second.memory.heapMb} MB`,
    ]),
    '',
    row(['output', 'size']),
    row(['---', '---:']),
    row(['dist', `${(distBytes / 2 ** 20).toFixed(1)} MB`]),
    row(['Pagefind index', `${(indexBytes / 2 ** 20).toFixed(1)} MB`]),
    row(['/feed.xml', `${kb(brotli(feed))} brotli, ${feedEntries} entries`]),
    row(['/data/rounds.json', `${kb(brotli(data))} brotli (no texts)`]),
    '',
    row(['page template', 'pages (both languages)', 'heaviest, brotli (HTML + CSS + JS)', 'heaviest page']),
    row(['---', '---:', '---:', '---']),
    ...templates.map((t) => row([t.name, t.count, t.heaviest ? kb(t.heaviest.weight) : '–', t.heaviest?.path ?? '–'])),
    '',
    row(['first search, cold cache', 'requests', 'bytes (brotli)', 'ms']),
    row(['---', '---:', '---:', '---:']),
    ...searches.map(([name, s]) => row([name, s.requests, kb(s.bytes), s.ms.toFixed(0)])),
  ];
  console.log(lines.join('\n'));
  console.log(
    over.length
      ? `\n${over.length} page(s) over the ${kb(PAGE_BUDGET)} budget: ${over
          .slice(0, 5)
          .map((p) => `${p.path} (${kb(p.weight)})`)
          .join(', ')}`
      : `\nEvery one of the ${pages.length} pages is within ${kb(PAGE_BUDGET)} brotli. Benchmark took ${seconds(performance.now() - started)}.`,
  );
  if (over.length) process.exitCode = 1;
} finally {
  if (values.keep) console.error(`Kept ${copy.root}`);
  else rmSync(copy.root, { recursive: true, force: true });
}
