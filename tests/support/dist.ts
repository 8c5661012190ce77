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
export function browsablePaths(distDir: string, searchQuery = 'round', russianQuery = 'раунд'): string[] {
  return [
    ...listPages(distDir)
      .map((p) => p.path)
      .filter((p) => !p.endsWith('/404.html')),
    '/no-such-page/',
    '/ru/no-such-page/',
    `/search/?q=${searchQuery}`,
    `/ru/search/?q=${encodeURIComponent(russianQuery)}`,
  ];
}

/** Whether a site path is a Russian page: "/ru/rounds/18/" -> true. */
export const isRussianPath = (path: string) => path === '/ru/' || path.startsWith('/ru/');

/**
 * The kind of page a path is, by its route and, for a round, by what the archive holds of it:
 * "/ru/rounds/4/" -> "ru /rounds/<n>/ text"; "/subjects/golos/" -> "en /subjects/<id>/".
 */
function templateOf(distDir: string, path: string): string {
  const language = isRussianPath(path) ? 'ru' : 'en';
  const route = path
    .replace(/^\/ru\//, '/')
    .replace(/^\/rounds\/\d+\/$/, '/rounds/<n>/')
    .replace(/^\/rounds\/years\/\d+\/$/, '/rounds/years/<y>/')
    .replace(/^\/subjects\/(?!matrix\/)[^/]+\/$/, '/subjects/<id>/')
    .replace(/^\/subjects\/(?!matrix\/)[^/]+\/\d+\/$/, '/subjects/<id>/<n>/');
  if (route !== '/rounds/<n>/') return `${language} ${route}`;
  const html = readFileSync(join(distDir, path.slice(1), 'index.html'), 'utf8');
  return `${language} ${route} ${/value="(\w+)" data-pagefind-meta="text\[value\]"/.exec(html)?.[1]}`;
}

/**
 * One page of each kind in each language (the first of each), for checks that look at how a
 * template behaves (a Tab walk, axe on the other language's twins) rather than at each page's content.
 */
export function onePerTemplate(distDir: string, paths: readonly string[] = browsablePaths(distDir)): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = path.includes('?') || path.includes('no-such-page') ? path : templateOf(distDir, path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The facts of a round page's "What the record says" that carry no source note, or whose note
 * leads nowhere: [] on a sound page. An unknown place is stated without a source, by design.
 */
export function unsourcedFacts($: cheerio.CheerioAPI): string[] {
  return $('.record__facts > div, .record__list > li')
    .map((_, fact) => {
      const text = $(fact).text().replace(/\s+/g, ' ').trim();
      const refs = $(fact).find('a.record__ref');
      if (!refs.length) return text.includes('Not stated in any source') ? [] : [text];
      const broken = refs.filter((__, ref) => $(`.record__sources li${$(ref).attr('href')}`).length !== 1);
      return broken.length ? [`${text} (a note leads nowhere)`] : [];
    })
    .get();
}
