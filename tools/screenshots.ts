/**
 * `npm run screenshots`: renders key pages of the built site in Chromium at phone and desktop
 * widths, in light and dark, in English and in Russian (/ru/…, named ru-…), into screenshots/
 * (git-ignored), for a person to look at. `--only <name>` renders the pages whose name contains it.
 * `npm run screenshots -- <dist> --large` renders the by-year pages of a large archive instead
 * (a synthetic one kept by `npm run bench -- --rounds 3000 --keep`).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const archivePages: Record<string, string> = {
  home: '',
  'round-18': 'rounds/18/',
  'round-18-target': 'rounds/18/#p6',
  'round-17': 'rounds/17/',
  'round-6': 'rounds/6/',
  rounds: 'rounds/',
  subjects: 'subjects/',
  subject: 'subjects/sergei-magnitsky/',
  matrix: 'subjects/matrix/',
  'accounts-matrix': 'subjects/matrix/accounts/',
  about: 'about/',
  corrections: 'corrections/',
  download: 'download/',
  'round-7': 'rounds/7/',
  search: 'search/?q=foreign+agents',
  'search-typo': 'search/?q=Politkovskaia',
  'search-subject-year': 'search/?subject=foreign-agents-law&year=2013',
  'not-found': 'no-such-page/',
  year: 'rounds/years/2013/',
};
const largeArchivePages: Record<string, string> = {
  'large-home': '',
  'large-rounds': 'rounds/',
  'large-year': 'rounds/years/2030/',
  'large-subject-page': 'subjects/human-rights-defenders/2/',
  'large-matrix': 'subjects/matrix/',
  'large-search': 'search/?q=rights',
};
const args = process.argv.slice(2);
/** The same pages in Russian; the search runs a Russian query. */
const inRussian = (list: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(list).map(([name, path]) => [
      `ru-${name}`,
      `ru/${path.replace('q=foreign+agents', 'q=иностранные+агенты').replace('q=Politkovskaia', 'q=Политковской')}`,
    ]),
  );
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const allPages = args.includes('--large') ? largeArchivePages : archivePages;
const pages = Object.fromEntries(
  Object.entries({ ...allPages, ...inRussian(allPages) }).filter(([name]) => !only || name.includes(only)),
);
const widths = [360, 1280];
const schemes = ['light', 'dark'] as const;

const outDir = resolve('screenshots');
await mkdir(outDir, { recursive: true });
const site = await startStaticServer({
  root: resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') ?? 'dist'),
  base: process.env.BASE_PATH || '/',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, path] of Object.entries(pages)) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        const file = `${outDir}/${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
