/** Wiring: the build's settings, read once, for the pure modules that take them as arguments. */
import { createUrlFor, toAbsoluteUrl } from './format/urls.ts';
import { LOCALES, localeParam } from './i18n/locales.ts';
import { createPageLanguage, type PageLanguage } from './i18n/index.ts';
import { readBuildSettings } from './build-settings.ts';

/** Turns a site path into a link under the configured base path. */
export const urlFor = createUrlFor({ base: import.meta.env.BASE_URL });

/** Turns a site path into an absolute URL on the configured site, for feeds, data and citations. */
export const absoluteUrlFor = (path: string) => toAbsoluteUrl(urlFor(path), import.meta.env.SITE);

/** The settings from the environment (src/build-settings.ts): tests build the fixture archive with small listing sizes. */
const settings = readBuildSettings(process.env);

/** How many of the newest rounds the feed carries: a feed holds recent entries; the open data holds every round. */
export const FEED_LENGTH = settings.feedLength;

/**
 * The most rounds a listing (the list of rounds, the timeline, the search page's round filter)
 * shows one by one. Past it, listings show years, and each year has its own page, so every page
 * stays within one network round trip (14 KB brotli) however many rounds the archive holds.
 */
export const LISTING_LIMIT = settings.listingLimit;

/**
 * The most rounds a subject's page lists; a subject that appears in more continues on further
 * pages (/subjects/<id>/2/), each within one network round trip.
 */
export const APPEARANCES_PER_PAGE = settings.appearancesPerPage;

/** How many results the search page shows at first and adds with each "Show more". */
export const SEARCH_PAGE_SIZE = settings.searchPageSize;

/** Where social images are kept between builds (src/build-settings.ts). */
export const SOCIAL_IMAGE_CACHE = settings.socialImageCache;

export type { PageLanguage } from './i18n/index.ts';

/** The language of a page, from Astro's `currentLocale` (undefined -> English), with this build's links. */
export function pageLanguage(currentLocale: string | undefined): PageLanguage {
  return createPageLanguage(currentLocale, { base: import.meta.env.BASE_URL, site: import.meta.env.SITE });
}

/** Files have no language: their links (open data, citations, the record's ZIP) are the English pages'. */
export const FILES_LANGUAGE = pageLanguage(undefined);

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
