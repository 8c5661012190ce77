/**
 * The archive's languages and where each lives: English at the site's root (today's addresses
 * stay), Russian under /ru/. Pure: paths in, paths out; the base path is an argument.
 */

/** Every language of the interface; the first is the default, served without a prefix. */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The language tag Intl formats with: British English spelling and dates; Russian as written in Russia. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

/** The Open Graph locale of each language. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU' };

/** Each language's name in itself, for the language switch: "English", "Русский". */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

/** Reads the language of a page from Astro's `currentLocale` (undefined or unknown -> English). */
export function toLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** The value of a route's `[...locale]` parameter: undefined for English (no prefix), "ru" for Russian. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * A site path in a language. Pages (paths ending in "/", before any query or fragment) move under
 * the language's prefix; files (data, feeds, images, citations) are the same for every language:
 * ('/rounds/18/', 'ru') -> "/ru/rounds/18/"; ('/search/?q=x', 'ru') -> "/ru/search/?q=x";
 * ('/rounds/18.json', 'ru') -> "/rounds/18.json"; ('/rounds/18/', 'en') -> "/rounds/18/".
 */
export function localizePath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  const pathname = path.split(/[?#]/)[0]!;
  return pathname.endsWith('/') ? `/${locale}${path}` : path;
}

/**
 * Which language a path under `base` is in, and the same page's path without the language:
 * ('/archive/ru/rounds/18/', '/archive/') -> { locale: 'ru', path: '/rounds/18/' }.
 */
export function splitLocalePath(pathname: string, base: string): { locale: Locale; path: string } {
  const prefix = base.replace(/\/+$/, '');
  const inSite = pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (inSite === `/${locale}` || inSite.startsWith(`/${locale}/`))
      return { locale, path: inSite.slice(locale.length + 1) || '/' };
  }
  return { locale: DEFAULT_LOCALE, path: inSite };
}
