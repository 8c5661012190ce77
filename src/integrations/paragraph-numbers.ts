/**
 * Remark plugin: numbers a round's paragraphs as official documents do (¶1, ¶2 ...), giving each
 * its stable id, a search title and a permalink, so that readers can link to, cite and search for
 * one paragraph. Which paragraphs count is decided by src/record/paragraphs.ts alone. The words it
 * adds are English; a page in another language rewrites them (src/views/release-html.ts).
 */
import type { Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
// Declares mdast's data.hProperties, which the Markdown-to-HTML step turns into attributes.
import type {} from 'mdast-util-to-hast';
import { ENGLISH_DATES, formatRoundDate } from '../format/dates.ts';
import { en } from '../i18n/en.ts';
import { groupByScript } from '../i18n/scripts.ts';
import { paragraphId, selectNumberedParagraphs } from '../record/paragraphs.ts';
import { findMentions, foldText } from '../record/mentions.ts';

/**
 * The name of one paragraph in search results and citations:
 * (18, 2013-11-28, 6) -> "18th round · 28 November 2013 · ¶6".
 */
export function formatParagraphTitle(round: number, date: Date, n: number): string {
  return en.release.paragraphTitle(round, formatRoundDate(date, ENGLISH_DATES), n);
}

/** The permalink placed at the start of paragraph n; ignored by search so "¶6" never matches. */
function paragraphLink(n: number): Link {
  return {
    type: 'link',
    url: `#${paragraphId(n)}`,
    children: [{ type: 'text', value: `¶${n}` }],
    data: {
      hProperties: { className: ['para-link'], ariaLabel: en.release.paragraphLabel(n), dataPagefindIgnore: '' },
    },
  };
}

/** A subject the "Named here" lines can name: its page and every name it is written by. */
export interface LinkableSubject {
  id: string;
  name: string;
  names: readonly string[];
  href: string;
}

/**
 * The line placed after a paragraph that names subjects: "Named here: GOLOS · Side by Side",
 * each a link to the subject's page. Its aliases ("Голос") are in the page for search but not
 * shown or read aloud: the search index attaches them to the paragraph before them.
 */
function namedHereLine(subjects: readonly LinkableSubject[], paragraphText: string): RootContent {
  const links = subjects.flatMap((subject, i) => [
    ...(i ? [{ type: 'text', value: ' · ' } as const] : []),
    {
      type: 'element',
      tagName: 'a',
      properties: { href: subject.href },
      children: [{ type: 'text', value: subject.name }],
    } as const,
  ]);
  // Only the names the paragraph does not already use: repeating its own words would weigh them twice in search.
  const folded = foldText(paragraphText);
  const unused = subjects.flatMap((s) => s.names.slice(1)).filter((name) => !folded.includes(foldText(name)));
  // Grouped by script, each group marked with its language: Cyrillic names are Russian.
  const groups = groupByScript(unused);
  return {
    type: 'namedHere',
    data: {
      hName: 'p',
      hProperties: { className: ['named-here'] },
      hChildren: [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['named-here__label'] },
          children: [{ type: 'text', value: en.release.namedHere }],
        },
        ...links,
        ...(groups.length
          ? [
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['named-here__aliases'], ariaHidden: 'true' },
                children: groups.map((group) => ({
                  type: 'element',
                  tagName: 'span',
                  properties: { lang: group.lang },
                  children: [{ type: 'text', value: ` (${group.names.join(', ')})` }],
                })),
              },
            ]
          : []),
      ],
    },
  } as unknown as RootContent;
}

/**
 * Adds the id, class, search title and permalink to every numbered paragraph of a tree, in place,
 * and after each paragraph that names subjects, the line that links them. Returns how many
 * paragraphs were numbered.
 */
export function numberParagraphs(
  tree: Root,
  titleFor: (n: number) => string | undefined,
  subjects: readonly LinkableSubject[] = [],
): number {
  const paragraphs = selectNumberedParagraphs(tree);
  const named = findMentions(
    paragraphs.map((node, i) => ({ number: i + 1, id: paragraphId(i + 1), text: toString(node) })),
    subjects,
  );
  paragraphs.forEach((node, index) => {
    const inThis = named.filter((m) => m.paragraph === index + 1).map((m) => subjects.find((s) => s.id === m.subject)!);
    if (inThis.length) tree.children.splice(tree.children.indexOf(node) + 1, 0, namedHereLine(inThis, toString(node)));
    const n = index + 1;
    const title = titleFor(n);
    node.data = {
      ...node.data,
      hProperties: { id: paragraphId(n), className: ['para'], ...(title ? { dataPagefindTitle: title } : {}) },
    };
    node.children.unshift(paragraphLink(n), { type: 'text', value: ' ' });
  });
  return paragraphs.length;
}

/** Reads a YAML date that may arrive as a Date or as an ISO string. */
function toDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The plugin: numbers a round file's paragraphs, titling them from its `round` and `date` frontmatter. */
export function remarkParagraphNumbers({ subjects = [] }: { subjects?: readonly LinkableSubject[] } = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const round = frontmatter.round;
    // Only a round's text is numbered: other MDX (the about texts) is the archive's own prose.
    if (typeof round !== 'number') return;
    const date = toDate(frontmatter.date);
    numberParagraphs(tree, (n) => (date ? formatParagraphTitle(round, date, n) : undefined), subjects);
  };
}
