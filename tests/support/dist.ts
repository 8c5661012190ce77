/** Reading the built site: its HTML pages, parsed with a real HTML parser (cheerio over parse5). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

/** Every HTML file in the build, as a site path: "rounds/18/index.html" -> "/rounds/18/". */
export function listPages(distDir: string): { path: string; file: string }[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      file: join(distDir, f),
      path: `/${relative('.', f)
        .replace(/index\.html$/, '')
        .split('\\')
        .join('/')}`,
    }));
}

/** Parses one built page. */
export function loadPage(distDir: string, sitePath: string): cheerio.CheerioAPI {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return cheerio.load(readFileSync(join(distDir, file), 'utf8'));
}

/** A paragraph's own words: its text without the ¶ permalink and footnote reference marks. */
export function paragraphText($: cheerio.CheerioAPI, id: string): string {
  const clone = $(`#${id}`).clone();
  clone.find('.para-link, sup:has(a[data-footnote-ref])').remove();
  return clone.text().replace(/\s+/g, ' ').trim();
}

/**
 * The addresses a browser test visits: every built page (the 404 page through an unknown
 * address, as readers meet it) and the search page with a query ("round" is on every round page).
 */
export function browsablePaths(distDir: string, searchQuery = 'round'): string[] {
  return [
    ...listPages(distDir)
      .map((p) => p.path)
      .filter((p) => p !== '/404.html'),
    '/no-such-page/',
    `/search/?q=${searchQuery}`,
  ];
}
