/**
 * Checks on round files that a person can act on. Zod checks one file at a time; the checks
 * here also need all files at once (unique numbers, increasing dates, previous-round links,
 * files the collection would not load). Every message names the file, the field, the value
 * found and what was expected, and every check runs so that all problems are reported at once.
 */
import type { core } from 'astro/zod';
import { roundSchema, type RoundData } from './round-schema.ts';
import { toIsoDate } from '../format/dates.ts';
import { datesContradictOrder } from './round-date.ts';
import type { RoundParagraph } from './paragraphs.ts';
import { citingFacts, resolveReference } from './source-references.ts';

/** A round file the loader read: its path relative to the project, validated data, and body. */
export interface LoadedRound {
  filePath: string;
  data: RoundData;
  /** Whether the file's body holds the release's text (derived from the body, never declared). */
  hasText: boolean;
  /** The text's numbered paragraphs, where the file holds a release (for checking the release's words). */
  paragraphs?: readonly RoundParagraph[];
}

/** Shows a frontmatter value in a message: dates as YYYY-MM-DD, strings quoted, the rest as JSON. */
export function describeValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : toIsoDate(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'missing';
  return JSON.stringify(value) ?? String(value);
}

/** Writes a zod issue path the way a person reads YAML: ['previous', 0, 'date'] -> "previous[0].date". */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Turns zod issues (parsed with `reportInput: true`) into one sentence each, naming the file and field. */
export function describeSchemaIssues(filePath: string, issues: readonly core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const field = formatFieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const name = field ? `${field}.${key}` : key;
        return `${filePath}: field "${name}" is not a known field; ${issue.message}.`;
      });
    }
    const found = 'input' in issue && issue.input !== undefined ? `is ${describeValue(issue.input)}` : 'is missing';
    return [`${filePath}: field "${field || '(frontmatter)'}" ${found}; ${issue.message}.`];
  });
}

/** Validates one file's raw frontmatter against the round schema. */
export function checkRoundFrontmatter(
  filePath: string,
  frontmatter: Record<string, unknown>,
): { data: RoundData; errors: [] } | { data: undefined; errors: string[] } {
  const result = roundSchema.safeParse(frontmatter, { reportInput: true });
  if (result.success) return { data: result.data, errors: [] };
  return { data: undefined, errors: describeSchemaIssues(filePath, result.error.issues) };
}

function baseName(filePath: string): string {
  return filePath.slice(filePath.lastIndexOf('/') + 1);
}

/** Every file in the rounds folder that is not a round file is an error: nothing is skipped silently. */
function findUnloadedFiles(directoryFiles: readonly string[], loadedFiles: readonly string[]): string[] {
  const loaded = new Set(loadedFiles);
  return directoryFiles
    .filter((file) => !loaded.has(file))
    .map(
      (file) =>
        `${file}: this file is not loaded as a round; expected only files named <round>.mdx (such as 18.mdx) in this folder. Rename it or move it elsewhere.`,
    );
}

/** Spaces folded, for comparing a source's words with the release text: "a\n  b" -> "a b". */
const foldSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every fact of a round names sources listed in the same file, each with the words that state
 * the fact; every source id is used once. A plain id, or a paragraph, may cite only the release
 * whose text is the file's body, and its words must stand in that text (in that paragraph).
 */
function checkFactSources({ filePath, data, hasText, paragraphs = [] }: LoadedRound): string[] {
  const errors: string[] = [];
  const ids = data.sources.map((s) => s.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      errors.push(
        `${filePath}: field "sources[${i}].id" is "${id}", which an earlier source already has; expected each source id once.`,
      );
    }
  });
  const held = data.sources.filter((s) => s.textInArchive);
  data.sources.forEach((s, i) => {
    if (!s.textInArchive) return;
    if (!hasText)
      errors.push(
        `${filePath}: field "sources[${i}].textInArchive" is true; expected false, because this file holds no release text.`,
      );
    else if (held[0] !== s)
      errors.push(
        `${filePath}: field "sources[${i}].textInArchive" is true; expected it on one source only (${held[0]!.id} has it).`,
      );
  });
  const heldId = hasText ? held[0]?.id : undefined;
  const wholeText = foldSpaces(paragraphs.map((p) => p.text).join(' '));
  for (const { field, references } of citingFacts(data)) {
    references.forEach((reference, i) => {
      const ref = resolveReference(reference);
      const at = `${filePath}: field "${field}[${i}]"`;
      if (!ids.includes(ref.source)) {
        errors.push(
          `${at} names "${ref.source}"; expected the id of a source listed in this file (${ids.join(', ')}).`,
        );
        return;
      }
      if (typeof reference === 'string' && ref.source !== heldId) {
        errors.push(
          `${at} is "${ref.source}" without words; expected { source: ${ref.source}, words: "…" } with the words of that source that state the fact (a plain id is accepted only for the release whose text this file holds).`,
        );
        return;
      }
      if (ref.paragraph !== undefined && ref.source !== heldId) {
        errors.push(
          `${at}.paragraph is ${ref.paragraph}; expected no paragraph, because ${ref.source} is not the release whose text this file holds.`,
        );
        return;
      }
      if (ref.source !== heldId) return;
      const paragraph = ref.paragraph === undefined ? undefined : paragraphs[ref.paragraph - 1];
      if (ref.paragraph !== undefined && !paragraph) {
        errors.push(
          `${at}.paragraph is ${ref.paragraph}; expected a paragraph of the text (1 to ${paragraphs.length}).`,
        );
        return;
      }
      const within = paragraph ? foldSpaces(paragraph.text) : wholeText;
      for (const phrase of ref.phrases) {
        if (!within.includes(foldSpaces(phrase)))
          errors.push(
            `${at}.words is ${JSON.stringify(phrase)}; expected words that stand in ${paragraph ? `paragraph ${paragraph.number} of the text` : 'the text'}, verbatim.`,
          );
      }
    });
  }
  if (data.place && !data.attested.place) {
    errors.push(
      `${filePath}: field "attested.place" is missing; expected the sources that give the place "${data.place}".`,
    );
  }
  if (!data.place && data.attested.place) {
    errors.push(`${filePath}: field "place" is missing; expected the place that attested.place gives sources for.`);
  }
  if (data.numberedBySequence && data.attested.number) {
    errors.push(
      `${filePath}: field "numberedBySequence" is true; expected false, because attested.number cites sources that number the round.`,
    );
  }
  return errors;
}

/**
 * The Russian words cover the record exactly: a description for each source, a label for each
 * raised subject, a text for each note and conflict, a name and role for each delegation lead,
 * and the place when there is one; nothing that the record does not have.
 */
function checkRussianRecord({ filePath, data }: LoadedRound): string[] {
  const errors: string[] = [];
  const matchKeys = (field: string, given: Record<string, string>, wanted: readonly string[], what: string) => {
    for (const id of wanted)
      if (!(id in given))
        errors.push(`${filePath}: field "ru.${field}.${id}" is missing; expected the ${what} in Russian.`);
    for (const id of Object.keys(given))
      if (!wanted.includes(id))
        errors.push(
          `${filePath}: field "ru.${field}.${id}" is ${JSON.stringify(given[id])}; expected one of the ids ${JSON.stringify(wanted)}.`,
        );
  };
  matchKeys(
    'sources',
    data.ru.sources,
    data.sources.map((s) => s.id),
    'source’s description',
  );
  const sameLength = (field: 'raised' | 'notes' | 'conflicts' | 'delegations') => {
    if (data.ru[field].length !== data[field].length)
      errors.push(
        `${filePath}: field "ru.${field}" has ${data.ru[field].length} entries; expected ${data[field].length}, one for each of "${field}" in the same order.`,
      );
  };
  sameLength('raised');
  sameLength('notes');
  sameLength('conflicts');
  sameLength('delegations');
  if (data.place && !data.ru.place)
    errors.push(`${filePath}: field "ru.place" is missing; expected the place "${data.place}" in Russian.`);
  if (data.source && !data.ru.issuer)
    errors.push(
      `${filePath}: field "ru.issuer" is missing; expected "${data.source.issuer}", the official release's issuer, in Russian.`,
    );
  if (!data.source && data.ru.issuer)
    errors.push(
      `${filePath}: field "ru.issuer" is ${JSON.stringify(data.ru.issuer)}; expected no issuer, as "source" is missing.`,
    );
  if (!data.place && data.ru.place)
    errors.push(
      `${filePath}: field "ru.place" is ${JSON.stringify(data.ru.place)}; expected no place, as "place" is missing.`,
    );
  return errors;
}

/** Checks that need every round at once. Returns one message per problem, in round order. */
function checkRoundCollection(rounds: readonly LoadedRound[]): string[] {
  const errors: string[] = [];
  const sorted = [...rounds].sort((a, b) => a.data.round - b.data.round || a.filePath.localeCompare(b.filePath));
  const byNumber = new Map<number, LoadedRound[]>();
  for (const round of sorted) byNumber.set(round.data.round, [...(byNumber.get(round.data.round) ?? []), round]);

  for (const round of sorted) {
    const { filePath, data } = round;
    const expectedName = `${data.round}.mdx`;
    if (baseName(filePath) !== expectedName) {
      errors.push(
        `${filePath}: field "round" is ${data.round} but the file is named ${baseName(filePath)}; expected the file to be named ${expectedName}.`,
      );
    }
    if (!round.hasText && data.source && !data.source.url) {
      errors.push(
        `${filePath}: field "source.url" is missing; expected the official document's address, because this round has no text in the archive and readers must be able to reach the source.`,
      );
    }
    if (round.hasText && !data.source) {
      errors.push(
        `${filePath}: field "source" is missing; expected the official release’s issuer and format, because this round has its text in the archive.`,
      );
    }
    errors.push(...checkFactSources(round), ...checkRussianRecord(round));
    if (round.hasText && !data.title) {
      errors.push(
        `${filePath}: field "title" is missing; expected the release's title, verbatim, because this round has text in the archive.`,
      );
    }
  }

  for (const [number, sameNumber] of byNumber) {
    if (sameNumber.length > 1) {
      errors.push(
        `${sameNumber.map((r) => r.filePath).join(' and ')}: field "round" is ${number} in ${sameNumber.length} files; expected each round number in one file only.`,
      );
    }
  }

  const distinct = [...byNumber.values()].map((same) => same[0]!);
  for (let i = 1; i < distinct.length; i++) {
    const earlier = distinct[i - 1]!;
    const later = distinct[i]!;
    if (datesContradictOrder(earlier.data.date, later.data.date)) {
      errors.push(
        `${later.filePath}: field "date" is ${later.data.date.edtf}; expected a date that can fall after ${earlier.data.date.edtf}, the date of round ${earlier.data.round} in ${earlier.filePath}, because rounds are numbered in the order they were held.`,
      );
    }
  }

  for (const round of sorted) {
    round.data.previous.forEach((entry, index) => {
      const field = `previous[${index}]`;
      const target = byNumber.get(entry.round)?.[0];
      if (entry.round >= round.data.round) {
        errors.push(
          `${round.filePath}: field "${field}.round" is ${entry.round}; expected a round before ${round.data.round}.`,
        );
        return;
      }
      if (!target) {
        const known = distinct.map((r) => r.data.round).join(', ');
        errors.push(
          `${round.filePath}: field "${field}.round" is ${entry.round}; expected a round that has its own file in the rounds folder (known rounds: ${known}).`,
        );
        return;
      }
      if (toIsoDate(entry.date) !== target.data.date.edtf) {
        errors.push(
          `${round.filePath}: field "${field}.date" is ${toIsoDate(entry.date)}; expected ${target.data.date.edtf}, the date in ${target.filePath}.`,
        );
      }
      const targetUrl = target.data.source?.url;
      if (entry.url !== targetUrl) {
        const wanted = targetUrl
          ? `${describeValue(targetUrl)}, the source.url in ${target.filePath} (byte for byte)`
          : `the same address in the source.url of ${target.filePath}, which has none`;
        errors.push(`${round.filePath}: field "${field}.url" is ${describeValue(entry.url)}; expected ${wanted}.`);
      }
    });
  }
  return errors;
}

/**
 * Every problem with a rounds folder, in the order they are reported: each file's schema
 * errors, then files that were not loaded, then problems across the loaded rounds.
 */
export function collectRoundErrors({
  schemaErrors,
  directoryFiles,
  loadedFiles,
  rounds,
}: {
  schemaErrors: readonly string[];
  directoryFiles: readonly string[];
  loadedFiles: readonly string[];
  rounds: readonly LoadedRound[];
}): string[] {
  return [...schemaErrors, ...findUnloadedFiles(directoryFiles, loadedFiles), ...checkRoundCollection(rounds)];
}
