/**
 * Where subjects are named in the releases' paragraphs: each subject's name and aliases are
 * looked for whole-word, without regard to case or accents ("Muiznieks" matches "Muižnieks").
 * The text itself is never changed; pages show the mentions beside the paragraph. Pure.
 */
import type { RoundParagraph } from './paragraphs.ts';

/** A subject as the matcher needs it. */
export interface NameableSubject {
  id: string;
  names: readonly string[];
}

/** One subject named in one paragraph, with the sentence around the first match. */
export interface Mention {
  subject: string;
  paragraph: number;
  /** The sentence the name stands in, as the release writes it. */
  sentence: string;
}

/** Lower case without accents, keeping the text's length so positions stay valid: "Muižnieks" -> "muiznieks". */
export function foldText(text: string): string {
  return text
    .replace(/\p{L}/gu, (letter) => {
      const base = letter.normalize('NFD').replace(/\p{M}+/gu, '');
      return base.length === letter.length ? base : letter;
    })
    .toLowerCase();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The position of the first whole-word occurrence of any of `names` in `text`, or -1. */
function findName(folded: string, names: readonly string[]): number {
  let first = -1;
  for (const name of names) {
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldText(name))}(?![\\p{L}\\p{N}])`, 'u').exec(folded);
    if (match && (first === -1 || match.index < first)) first = match.index;
  }
  return first;
}

/** The sentence of `text` around position `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const end = text.indexOf('. ', at);
  return text.slice(start === 1 ? 0 : start, end === -1 ? undefined : end + 1).trim();
}

/** Every subject named in every paragraph, in paragraph order, then subject order. */
export function findMentions(paragraphs: readonly RoundParagraph[], subjects: readonly NameableSubject[]): Mention[] {
  return paragraphs.flatMap((paragraph) => {
    const folded = foldText(paragraph.text);
    return subjects.flatMap((subject) => {
      const at = findName(folded, subject.names);
      return at === -1
        ? []
        : [{ subject: subject.id, paragraph: paragraph.number, sentence: sentenceAt(paragraph.text, at) }];
    });
  });
}
