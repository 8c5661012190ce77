/** Wiring: the build's settings, read once, for the pure modules that take them as arguments. */
import { createUrlFor, toAbsoluteUrl } from './format/urls.ts';
import { ARCHIVE_NAME } from './publish/citation.ts';
import { LOCALES, localeParam } from './i18n/locales.ts';
import { createPageLanguage, type PageLanguage } from './i18n/index.ts';

/** The archive's name, in the header, titles and citations. */
export const SITE_NAME = ARCHIVE_NAME;

/** Turns a site path into a link under the configured base path. */
export const urlFor = createUrlFor({ base: import.meta.env.BASE_URL });

/** Turns a site path into an absolute URL on the configured site, for feeds, data and citations. */
export const absoluteUrlFor = (path: string) => toAbsoluteUrl(urlFor(path), import.meta.env.SITE);

/**
 * A listing size from the environment, else its default: tests build the fixture archive with
 * small limits to see the pages of a large archive. A value that is not a whole number stops the
 * build with a message naming it.
 */
function sizeSetting(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`${name}: expected a whole number of at least 1, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** How many of the newest rounds the feed carries: a feed holds recent entries; the open data holds every round. */
export const FEED_LENGTH = sizeSetting('FEED_LENGTH', 20);

/**
 * The most rounds a listing (the list of rounds, the timeline, the search page's round filter)
 * shows one by one. Past it, listings show years, and each year has its own page, so every page
 * stays within one network round trip (14 KB brotli) however many rounds the archive holds.
 */
export const LISTING_LIMIT = sizeSetting('LISTING_LIMIT', 40);

/**
 * The most rounds a subject's page lists; a subject that appears in more continues on further
 * pages (/subjects/<id>/2/), each within one network round trip.
 */
export const APPEARANCES_PER_PAGE = sizeSetting('APPEARANCES_PER_PAGE', 20);

/** How many results the search page shows at first and adds with each "Show more". */
export const SEARCH_PAGE_SIZE = sizeSetting('SEARCH_PAGE_SIZE', 10);

export type { PageLanguage } from './i18n/index.ts';

/** The language of a page, from Astro's `currentLocale` (undefined -> English), with this build's links. */
export function pageLanguage(currentLocale: string | undefined): PageLanguage {
  return createPageLanguage(currentLocale, { base: import.meta.env.BASE_URL, site: import.meta.env.SITE });
}

/**
 * getStaticPaths in every language: `paths` lists one language's pages (their parameters but the
 * language), and each gets its `[...locale]` parameter, none for English: /rounds/18/, /ru/rounds/18/.
 */
export function pathsInEveryLanguage<Path extends { params: Record<string, string | undefined> }>(
  paths: (language: PageLanguage) => Path[],
) {
  return LOCALES.flatMap((locale) =>
    paths(pageLanguage(locale)).map((path) => ({ ...path, params: { ...path.params, locale: localeParam(locale) } })),
  );
}

/** getStaticPaths of a page with no other parameter: one page per language. */
export const localePaths = () => pathsInEveryLanguage(() => [{ params: {} }]);
