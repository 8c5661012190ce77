/** The dictionaries by language, and what a page needs to speak its language. */
import { en, type Dictionary } from './en.ts';
import { ru } from './ru.ts';
import { INTL_LOCALES, toLocale, type Locale } from './locales.ts';

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

/** The language of a locale code or of Astro's `currentLocale`: ('ru') -> Russian; (undefined) -> English. */
export function getLanguage(locale: string | undefined): Language {
  const code = toLocale(locale);
  return { locale: code, intl: INTL_LOCALES[code], t: DICTIONARIES[code] };
}
