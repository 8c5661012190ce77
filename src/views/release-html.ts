/**
 * A release's text as a page in another language shows it: the release's own words stay as they
 * are (English, verbatim), and only the interface the paragraph plugin added around them is
 * rewritten: each paragraph's search title and the name of its ¶ link, and the "Named here" lines
 * (their label, and each subject's name and page in the page's language). Those rewritten parts
 * carry the page's `lang`. Pure: HTML in, HTML out, through a real HTML parser.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

export interface ReleaseWords {
  /** The page's language code: "ru". */
  lang: string;
  /** A paragraph's name in search results: 6 -> "18-й раунд · 28 ноября 2013 г. · ¶6". */
  paragraphTitle: (paragraph: number) => string;
  /** The ¶ link's accessible name: 6 -> "Абзац 6". */
  paragraphLabel: (paragraph: number) => string;
  /** The label of a "Named here" line: "Упоминаются: ". */
  namedHere: string;
  /** A subject's name and page in the page's language, by its id. */
  subject: (id: string) => { name: string; href: string } | undefined;
}

const classesOf = (node: Element) => (node.properties.className as string[] | undefined) ?? [];
const paragraphNumber = (value: unknown, pattern: RegExp) => Number(pattern.exec(String(value ?? ''))?.[1] ?? 0);

/** Rewrites the interface words of a rendered release into another language (see the module comment). */
export function localizeReleaseHtml(html: string, words: ReleaseWords): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    const classes = classesOf(node);
    if (node.tagName === 'p' && classes.includes('para')) {
      const n = paragraphNumber(node.properties.id, /^p(\d+)$/);
      if (n && node.properties.dataPagefindTitle !== undefined)
        node.properties.dataPagefindTitle = words.paragraphTitle(n);
    } else if (node.tagName === 'a' && classes.includes('para-link')) {
      const n = paragraphNumber(node.properties.href, /^#p(\d+)$/);
      if (n) Object.assign(node.properties, { ariaLabel: words.paragraphLabel(n), lang: words.lang });
    } else if (node.tagName === 'p' && classes.includes('named-here')) {
      node.properties.lang = words.lang;
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (classesOf(child).includes('named-here__label')) child.children = [{ type: 'text', value: words.namedHere }];
        if (child.tagName !== 'a') continue;
        const id = /subjects\/([^/]+)\/$/.exec(String(child.properties.href ?? ''))?.[1];
        const subject = id ? words.subject(id) : undefined;
        if (subject) {
          child.properties.href = subject.href;
          child.children = [{ type: 'text', value: subject.name }];
        }
      }
    }
  });
  return toHtml(tree);
}
