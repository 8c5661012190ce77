/** Page data of /search/: the filters' choices and example searches. */
import type { RoundParagraph } from '../record/paragraphs.ts';
import { isAbout, type Mention } from '../record/mentions.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import { getRoundListing, type RoundSummary } from './round-summary.ts';
import { SUBJECT_KINDS } from '../record/subject-kinds.ts';
import type { SubjectRecord } from '../record/subject-schema.ts';
import type { PageLanguage } from '../i18n/index.ts';
import { subjectDescription, subjectName } from './subject-names.ts';
import { isCyrillic } from '../i18n/scripts.ts';
import { FILES, PAGES, subjectPath } from '../format/urls.ts';

export interface SearchPageData {
  /** Years with a round, newest first. */
  years: number[];
  /**
   * The round filter: a list of every round, newest first, while the rounds are few enough for
   * one page (`limit`); past that, a number field from the first round number to the last.
   */
  roundFilter: { kind: 'list'; rounds: RoundSummary[] } | { kind: 'number'; min: number; max: number };
  /** Example searches that find something in this archive. */
  examples: string[];
  /** The kinds of subject, for the filter that keeps subject pages of one kind. */
  kinds: { value: string; label: string }[];
  /** Every subject by kind, by name within a kind, for the filter that keeps the rounds about one. */
  subjectGroups: { label: string; subjects: { value: string; label: string }[] }[];
  /** The rounds about each subject (SUBJECT_ROUNDS_FILE), fetched by the search page's script. */
  subjectRoundsUrl: string;
  /** The subjects' names for "Did you mean …?" (getSubjectSuggestions), fetched only when a search needs them. */
  subjectsUrl: string;
}

/** One subject as the search's "Did you mean …?" knows it, in the page's language. */
export interface SubjectSuggestion {
  id: string;
  /** Its name on this page: "Anna Politkovskaya", "Анна Политковская". */
  name: string;
  href: string;
  description: string;
  /** Every name it is written by, in both scripts, and the Latin spelling of each Cyrillic one. */
  names: string[];
}

/** The file beside the search page that holds its subjects' names: /search/subjects.json, /ru/search/subjects.json. */
export const SUBJECTS_FILE = 'subjects.json';

/**
 * Every subject with all its names, for the typo-tolerant "Did you mean …?" of search and the
 * subjects filter: its English name and aliases, its Russian name, and each Cyrillic name spelt in
 * Latin letters (`transliterate`, given by the caller: "Анна Политковская" -> "Anna Politkovskaya").
 */
export function getSubjectSuggestions(
  subjects: readonly SubjectRecord[],
  language: PageLanguage,
  transliterate: (name: string) => string,
): SubjectSuggestion[] {
  return subjects.map((s) => {
    const names = [s.data.name, ...s.data.aliases, s.data.ru.name];
    const latin = names.filter(isCyrillic).map((name) => transliterate(name.replace(/[«»“”"]/g, '')));
    return {
      id: s.id,
      name: subjectName(s, language.locale),
      href: language.urlFor(subjectPath(s.id)),
      description: subjectDescription(s, language.locale),
      names: [...new Set([...names, ...latin])],
    };
  });
}

/**
 * Everything /search/ shows before any search runs. Examples are offered only where the pages of
 * the language contain them: the release texts, or a subject's name in that language or its other names.
 */
export function getSearchPageData(
  rounds: readonly (RoundRecord & { paragraphs: readonly RoundParagraph[]; mentions?: readonly Mention[] })[],
  {
    limit,
    language,
    subjects = [],
    candidates = language.t.search.examples,
  }: { limit: number; language: PageLanguage; subjects?: readonly SubjectRecord[]; candidates?: readonly string[] },
): SearchPageData {
  const listing = getRoundListing(rounds, language);
  const text = [
    ...rounds.flatMap((r) => r.paragraphs.map((p) => p.text)),
    ...subjects.flatMap((s) => [subjectName(s, language.locale), ...s.data.aliases]),
  ]
    .join('\n')
    .toLocaleLowerCase(language.intl);
  return {
    years: [...new Set(listing.map((r) => r.year))],
    roundFilter:
      listing.length <= limit
        ? { kind: 'list', rounds: listing }
        : {
            kind: 'number',
            min: Math.min(...listing.map((r) => r.round)),
            max: Math.max(...listing.map((r) => r.round)),
          },
    examples: candidates.filter((example) => text.includes(example.toLocaleLowerCase(language.intl))),
    kinds: SUBJECT_KINDS.map((value) => ({ value, label: language.t.subjects.kinds[value] })),
    subjectGroups: SUBJECT_KINDS.map((kind) => ({
      label: language.t.subjects.kinds[kind],
      subjects: subjects
        .filter((s) => s.data.kind === kind)
        .map((s) => ({ value: s.id, label: subjectName(s, language.locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, language.intl)),
    })).filter((group) => group.subjects.length),
    subjectsUrl: `${language.urlFor(PAGES.search)}${SUBJECTS_FILE}`,
    subjectRoundsUrl: language.urlFor(FILES.subjectRounds),
  };
}

/**
 * The rounds about each subject (raised or named), by subject id: the search narrows to a subject
 * through the round filter. A file of its own (FILES.subjectRounds), not the page: at thousands of
 * rounds the lists would outgrow the page's one round trip.
 */
export function getSubjectRounds(
  subjects: readonly SubjectRecord[],
  rounds: readonly (RoundRecord & { mentions?: readonly Mention[] })[],
): Record<string, string[]> {
  return Object.fromEntries(
    subjects.map((s) => [s.id, rounds.filter((r) => isAbout(r, s.id)).map((r) => String(r.data.round))]),
  );
}
