/** The dictionaries by language, and what a page needs to speak its language. */
import { en, type Dictionary } from './en.ts';
import { ru } from './ru.ts';
import { INTL_LOCALES, localizePath, toLocale, type Locale } from './locales.ts';
import { createUrlFor, toAbsoluteUrl } from '../format/urls.ts';

export type { Dictionary } from './en.ts';
export * from './locales.ts';

export const DICTIONARIES: Record<Locale, Dictionary> = { en, ru };

/** A language's words and formats, handed to page-data functions and components. */
export interface Language {
  locale: Locale;
  /** The Intl tag for dates, numbers and lists: "en-GB", "ru-RU". */
  intl: string;
  t: Dictionary;
}

/**
 * A language as a page uses it: its words and formats, and links to its pages. Every page-data
 * function takes one, with no default: a forgotten argument fails to compile instead of
 * rendering English on a Russian page. Built once per page (src/middleware.ts).
 */
export interface PageLanguage extends Language {
  /** A site path as a link in this language: ('/rounds/') -> "/ru/rounds/" under the base path. */
  urlFor: (path: string) => string;
  /** The same as an absolute URL, for canonical links, hreflang, feeds and social images. */
  absoluteUrlFor: (path: string) => string;
  /** A link already made by `urlFor` (or a view's href) as an absolute URL, for data files. */
  absoluteHref: (href: string) => string;
}

/** The language of a locale code or of Astro's `currentLocale`: ('ru') -> Russian; (undefined) -> English. */
export function getLanguage(locale: string | undefined): Language {
  const code = toLocale(locale);
  return { locale: code, intl: INTL_LOCALES[code], t: DICTIONARIES[code] };
}

/**
 * A page's language for a deployment: ('ru', { base: '/archive/', site: 'https://x.org' }).urlFor('/rounds/')
 * -> "/archive/ru/rounds/"; files (no trailing slash) keep one address for every language.
 */
export function createPageLanguage(
  locale: string | undefined,
  { base, site }: { base: string; site: string | URL },
): PageLanguage {
  const language = getLanguage(locale);
  const urlFor = createUrlFor({ base });
  const localUrlFor = (path: string) => urlFor(localizePath(path, language.locale));
  return {
    ...language,
    urlFor: localUrlFor,
    absoluteUrlFor: (path) => toAbsoluteUrl(localUrlFor(path), site),
    absoluteHref: (href) => toAbsoluteUrl(href, site),
  };
}
