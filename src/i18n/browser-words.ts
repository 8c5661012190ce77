/**
 * The sentences the browser's scripts write (search states, copy confirmations, counts), in every
 * language, with the same keys (the English set's type is the contract). Kept apart from the page
 * dictionaries so that the scripts, loaded only when used, carry only these few sentences. A
 * script reads its page's language from <html lang>.
 */
import { plural } from './plural.ts';
import type { Locale } from './locales.ts';

const en = {
  results: (count: number, query: string) =>
    count === 0
      ? `No results${query ? ` for “${query}”` : ''}`
      : `${plural('en-GB', count, { one: '{n} result', other: '{n} results' })}${query ? ` for “${query}”` : ''}`,
  allResults: (count: number) => `All ${count} results, with filters`,
  noResultsOpen: (query: string) => `No results for “${query}”: open the search page`,
  headerUnavailable: 'Search cannot load here. Press Enter to open the search page.',
  pageTitle: (query: string, title: string) => `“${query}” – ${title}`,
  empty: 'Type a word, name or place to search every round.',
  examples: 'Try one of these searches:',
  searching: 'Searching…',
  noResultsFiltered: 'Check the spelling, use fewer words, or search all years and rounds. Or try:',
  noResults: 'Check the spelling or use fewer words. Or try:',
  /** Before the subject whose name is closest to a query that found little: "Did you mean Anna Politkovskaya?". */
  didYouMean: { before: 'Did you mean ', after: '?' },
  unavailable: 'Search cannot load on this copy of the site.',
  unavailableHelp:
    'The search index is built with the site and served from its pagefind/ folder. A page opened from a file does not have it, nor does the development server before a first build: run “npm run build” (or “npm start” and open the address it prints). Every round can still be read from the list of rounds.',
  browseAll: 'Browse all rounds',
  showMore: (next: number, shown: number, total: number) => `Show ${next} more (${shown} of ${total} shown)`,
  /** A filter's option with the results it would give: "2011 – 1 result", "2012 – 0 results". */
  optionCount: (label: string, count: number) =>
    `${label} – ${plural('en-GB', count, { one: '{n} result', other: '{n} results' })}`,
  searchEverywhere: (query: string) => `Search “${query}” in all years and rounds`,
  status: {
    release: 'Official release known: this archive links it and sets out the public record',
    record: 'Public record only: what sources report of the round, each fact with its sources',
  },
  subjectsShown: (shown: number, total: number) => `${shown} of ${total} subjects`,
  copyUnavailable: 'Copying is not available here: copy the address from the address bar.',
  copyLink: 'Copy link',
  copyCitation: 'Copy citation',
  paragraph: (n: number) => `Paragraph ${n}`,
  linkCopied: (n: number) => `Link to paragraph ${n} copied.`,
  citationCopied: (n: number) => `Citation of paragraph ${n} copied.`,
  linkCopiedShort: (n: number) => `Link to ¶${n} copied`,
  copySelection: 'Copy link to selected text',
  copyParagraphLink: (n: number) => `Copy link to paragraph ${n}`,
  selectionCopied: 'Link to the selected text copied.',
};

export type BrowserWords = typeof en;

const ru: BrowserWords = {
  results: (count, query) =>
    count === 0
      ? `Ничего не найдено${query ? ` по запросу «${query}»` : ''}`
      : `${plural('ru-RU', count, { one: 'Найден {n} результат', few: 'Найдено {n} результата', many: 'Найдено {n} результатов', other: 'Найдено {n} результата' })}${query ? ` по запросу «${query}»` : ''}`,
  allResults: (count) =>
    plural('ru-RU', count, {
      one: 'Весь {n} результат, с фильтрами',
      few: 'Все {n} результата, с фильтрами',
      many: 'Все {n} результатов, с фильтрами',
      other: 'Все {n} результата, с фильтрами',
    }),
  noResultsOpen: (query) => `По запросу «${query}» ничего не найдено: открыть страницу поиска`,
  headerUnavailable: 'Поиск здесь не загружается. Нажмите Enter, чтобы открыть страницу поиска.',
  pageTitle: (query, title) => `«${query}» – ${title}`,
  empty: 'Введите слово, имя или место, чтобы искать по всем раундам.',
  examples: 'Попробуйте один из этих запросов:',
  searching: 'Идёт поиск…',
  noResultsFiltered: 'Проверьте написание, используйте меньше слов или ищите по всем годам и раундам. Или попробуйте:',
  noResults: 'Проверьте написание или используйте меньше слов. Или попробуйте:',
  didYouMean: { before: 'Возможно, вы искали: ', after: '?' },
  unavailable: 'Поиск не загружается в этой копии сайта.',
  unavailableHelp:
    'Поисковый индекс создаётся вместе с сайтом и лежит в его папке pagefind/. У страницы, открытой из файла, его нет, как и у сервера разработки до первой сборки: выполните «npm run build» (или «npm start» и откройте адрес, который он напишет). Все раунды по-прежнему можно читать по списку раундов.',
  browseAll: 'Все раунды',
  showMore: (next, shown, total) => `Показать ещё ${next} (показано ${shown} из ${total})`,
  optionCount: (label, count) =>
    `${label} — ${plural('ru-RU', count, { one: '{n} результат', few: '{n} результата', many: '{n} результатов', other: '{n} результата' })}`,
  searchEverywhere: (query) => `Искать «${query}» по всем годам и раундам`,
  status: {
    release: 'Известен официальный релиз: архив даёт на него ссылку и излагает сведения из открытых источников',
    record: 'Только открытые источники: что они сообщают о раунде, каждый факт с источником',
  },
  subjectsShown: (shown, total) => `Показано тем: ${shown} из ${total}`,
  copyUnavailable: 'Копирование здесь недоступно: скопируйте адрес из адресной строки.',
  copyLink: 'Копировать ссылку',
  copyCitation: 'Копировать библиографическую ссылку',
  paragraph: (n) => `Абзац ${n}`,
  linkCopied: (n) => `Ссылка на абзац ${n} скопирована.`,
  citationCopied: (n) => `Библиографическая ссылка на абзац ${n} скопирована.`,
  linkCopiedShort: (n) => `Ссылка на ¶${n} скопирована`,
  copySelection: 'Копировать ссылку на выделенный текст',
  copyParagraphLink: (n) => `Копировать ссылку на абзац ${n}`,
  selectionCopied: 'Ссылка на выделенный текст скопирована.',
};

const WORDS: Record<Locale, BrowserWords> = { en, ru };

/** The words of a page's language, from its <html lang> (anything else -> English). */
export function browserWords(lang: string = document.documentElement.lang): BrowserWords {
  return WORDS[lang as Locale] ?? en;
}
