/**
 * Finds words of the wrong language on a built page: on a Russian page, Latin-script words outside
 * passages marked with another `lang`; on an English page, Cyrillic words outside passages marked
 * `lang="ru"`. It reads what a reader or a screen reader meets: the text (with <noscript>), the
 * title, the meta description and link-preview texts, accessible names and tooltips, and what
 * search results show (paragraph titles, result titles and dates).
 */
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

/** Names that are written the same in every language: formats, programs, the ¶ sign's neighbours. */
export const NAMES_IN_EVERY_LANGUAGE = [
  'BibTeX',
  'RIS',
  'CSL-JSON',
  'JSON Schema',
  'JSON',
  'PDF',
  'CSV',
  'ZIP',
  'Atom',
  'Zotero',
  'JavaScript',
];

const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/gu;
/** Addresses, file names and document numbers (TA-7-2011-0268, B7-0695/2011) are not words of any language. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+\.(?:json|xml|csv|html|pdf|bib|ris)\b|\/\S*\/|[^\s()]*\d[^\s()]*/g;

/**
 * The words of the wrong language on a page, each once: [] on a page that speaks its language.
 * `allowed`: names the record keeps in their own spelling (publishers, issuers), besides the
 * names written the same in every language.
 */
export function wrongLanguageWords(html: string, allowed: readonly string[] = []): string[] {
  const $ = cheerio.load(html);
  const pageLang = $('html').attr('lang') ?? '';
  const wordPattern = pageLang === 'ru' ? LATIN_WORD : CYRILLIC_WORD;
  const exempt = [...allowed, ...NAMES_IN_EVERY_LANGUAGE].sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  const check = (text: string, element: cheerio.Cheerio<AnyNode>) => {
    const lang = element.closest('[lang]').attr('lang') ?? pageLang;
    if (lang !== pageLang) return;
    let rest = text.replace(ADDRESS, ' ');
    for (const name of exempt) rest = rest.replaceAll(name, ' ');
    for (const match of rest.matchAll(wordPattern)) found.add(match[0]);
  };

  $('body *:not(script, style, noscript)')
    .contents()
    .each((_, node) => {
      if (node.type === 'text') check(node.data, $(node.parent!));
    });
  // <noscript> is read as text by the parser: its HTML is parsed on its own, in its place's language.
  $('noscript').each((_, element) => check(cheerio.load($(element).text()).text(), $(element)));
  check($('title').text(), $('html'));
  $('meta[name="description"], meta[property^="og:title"], meta[property^="og:description"], meta[name^="twitter:"]')
    .filter((_, meta) => !/^twitter:(card|image)$/.test($(meta).attr('name') ?? ''))
    .each((_, meta) => check($(meta).attr('content') ?? '', $('html')));
  for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'data-pagefind-title'])
    $(`body [${attribute}]`).each((_, element) => check($(element).attr(attribute) ?? '', $(element)));
  $('data[data-pagefind-meta^="title"], data[data-pagefind-meta^="date"]').each((_, element) =>
    check($(element).attr('value') ?? '', $(element)),
  );
  return [...found];
}
