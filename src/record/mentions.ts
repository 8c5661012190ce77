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

/**
 * One pattern per subject: any of its names, folded, as a whole word. Compiled once per list of
 * subjects (callers keep their list), since a build looks for every subject in every paragraph.
 */
const compiled = new WeakMap<readonly NameableSubject[], { id: string; pattern: RegExp }[]>();

function matchersFor(subjects: readonly NameableSubject[]) {
  let matchers = compiled.get(subjects);
  if (!matchers) {
    matchers = subjects.map((subject) => {
      const names = [...new Set(subject.names.map(foldText))].sort((a, b) => b.length - a.length).map(escape);
      return {
        id: subject.id,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'u'),
      };
    });
    compiled.set(subjects, matchers);
  }
  return matchers;
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
    return matchersFor(subjects).flatMap(({ id, pattern }) => {
      // The leftmost match of any of the names: where the subject is first named.
      const match = pattern.exec(folded);
      return match
        ? [{ subject: id, paragraph: paragraph.number, sentence: sentenceAt(paragraph.text, match.index) }]
        : [];
    });
  });
}
