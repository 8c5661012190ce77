/** Which script a name is written in, and the `lang` it carries on a page in another language. */

/** Whether a text is written in Cyrillic: "Магнитский" -> true; "Magnitsky" -> false. */
export const isCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);

/**
 * The `lang` of a name quoted as its source writes it, on a page in `pageLocale`, or undefined
 * where the page's own language covers it: ("Human Rights Watch", 'en', 'ru') -> "en";
 * ("Radio Svoboda", 'ru', 'ru') -> "ru-Latn" (Russian written in Latin letters);
 * ("Human Rights Watch", 'en', 'en') -> undefined.
 */
export function nameLang(name: string, language: string, pageLocale: string): string | undefined {
  const tag = language === 'ru' && !isCyrillic(name) ? 'ru-Latn' : language;
  return tag === pageLocale ? undefined : tag;
}

/** The language of an alias by its script alone: Cyrillic names are Russian, the others English. */
export const scriptLang = (name: string): 'en' | 'ru' => (isCyrillic(name) ? 'ru' : 'en');

/**
 * Names grouped by script, each group with the language its script marks (Cyrillic names are
 * Russian): ["Magnitsky", "Магнитский", "Magnitskiy"] -> [{ lang: 'en', names: ["Magnitsky",
 * "Magnitskiy"] }, { lang: 'ru', names: ["Магнитский"] }]. Duplicates and empty groups are left out.
 */
export function groupByScript(names: readonly string[]): { lang: 'en' | 'ru'; names: string[] }[] {
  const unique = [...new Set(names)];
  return [
    { lang: 'en' as const, names: unique.filter((name) => !isCyrillic(name)) },
    { lang: 'ru' as const, names: unique.filter(isCyrillic) },
  ].filter((group) => group.names.length);
}
