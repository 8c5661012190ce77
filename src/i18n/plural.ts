/**
 * Plural forms chosen by the language's own rules (Intl.PluralRules), never by `n === 1`:
 * Russian has one (1, 21, 101), few (2–4, 22–24) and many (5–20, 25–30) forms.
 */

/** The words for each plural category a language uses; `other` is required as the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

/**
 * The form for `n`, with "{n}" replaced by the number written the language's way:
 * ('ru-RU', 21, { one: '{n} раунд', few: '{n} раунда', many: '{n} раундов', other: '{n} раунда' }) -> "21 раунд".
 */
export function plural(intlLocale: string, n: number, forms: PluralForms): string {
  let rules = rulesCache.get(intlLocale);
  if (!rules) rulesCache.set(intlLocale, (rules = new Intl.PluralRules(intlLocale)));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replaceAll('{n}', n.toLocaleString(intlLocale));
}
