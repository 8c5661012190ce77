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
 * One name as a pattern on folded text, forgiving the forms a sentence gives it: any run of
 * spaces (a name split across a line), a word with or without its plural ending ("freedoms of
 * assembly", "opposition leader" for "opposition leaders"), and
 * for a name "X of Y" other items coordinated before Y ("freedom of association, expression
 * and assembly" names "freedom of assembly"): 'freedom of assembly' ->
 * /freedoms?\s+of\s+(?:[\p{L}-]+(?:\s*,\s*|\s+and\s+))*assemblys?/.
 */
function namePattern(name: string): string {
  const word = (w: string) =>
    !/\p{L}$/u.test(w) ? escape(w) : w.endsWith('s') && w.length > 3 ? `${escape(w.slice(0, -1))}s?` : `${escape(w)}s?`;
  const words = (text: string) => text.trim().split(/\s+/).map(word).join('\\s+');
  const [head, tail, ...rest] = foldText(name).split(/\s+of\s+/);
  if (head && tail && !rest.length)
    return `${words(head)}\\s+of\\s+(?:[\\p{L}-]+(?:\\s*,\\s*|\\s+and\\s+))*${words(tail)}`;
  return words(foldText(name));
}

/** Any of a subject's names, as a whole word on folded text (see foldText): the one matcher of names. */
export function compileNames(names: readonly string[]): RegExp {
  const patterns = [...new Set(names.map(foldText))].sort((a, b) => b.length - a.length).map(namePattern);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * One pattern per subject: any of its names, folded, as a whole word. Compiled once per list of
 * subjects (callers keep their list), since a build looks for every subject in every paragraph.
 */
const compiled = new WeakMap<readonly NameableSubject[], { id: string; pattern: RegExp }[]>();

function matchersFor(subjects: readonly NameableSubject[]) {
  let matchers = compiled.get(subjects);
  if (!matchers) {
    matchers = subjects.map((subject) => ({ id: subject.id, pattern: compileNames(subject.names) }));
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

/**
 * Whether a round is about a subject: it raised it (its record) or its text names it (its
 * mentions). The subject's feed and the search's subject filter take their rounds from here.
 */
export function isAbout(
  round: { data: { raised: readonly { subjects: readonly string[] }[] }; mentions?: readonly Mention[] },
  subjectId: string,
): boolean {
  return (
    round.data.raised.some((item) => item.subjects.includes(subjectId)) ||
    (round.mentions ?? []).some((m) => m.subject === subjectId)
  );
}
