/**
 * The fixture site: the project's code with the content of tests/fixtures/site/content (a handful
 * of fictional rounds covering each case: first and last round, source-only rounds with and
 * without a place, a text with a GFM table, a footnote and an autolink). The build and browser
 * suites run on it and derive their expectations from its files, read here through the real
 * loader's folder reader and paragraph model.
 */
import { join } from 'node:path';
import { readRoundFolder, type RoundFile } from '../../src/record/round-folder.ts';
import { readSubjectFolder, type SubjectFile } from '../../src/record/subject-folder.ts';
import { getRoundParagraphs, type RoundParagraph } from '../../src/record/paragraphs.ts';
import { sortRounds } from '../../src/record/round-order.ts';
import { citingFacts, resolveReference } from '../../src/record/source-references.ts';
import { PROJECT_ROOT } from './build-site.ts';
import { listedDate, ordinal, writtenDate } from './expect-text.ts';

/** The fixture site's content folder, relative to the project. */
export const FIXTURE_CONTENT = 'tests/fixtures/site/content';

/** A round of a content folder as the tests see it: the checked record and its numbered paragraphs. */
export interface ContentRound extends RoundFile {
  paragraphs: RoundParagraph[];
}

/** Reads a content folder's rounds (oldest first), failing loudly if the folder has any problem. */
export function readContentRounds(contentDir: string): ContentRound[] {
  const root = join(PROJECT_ROOT, contentDir, '..');
  const { rounds, errors } = readRoundFolder(join(PROJECT_ROOT, contentDir, 'rounds'), root);
  if (errors.length) throw new Error(`${contentDir} has problems:\n${errors.join('\n')}`);
  return sortRounds(rounds).map((round) => ({ ...round, paragraphs: getRoundParagraphs(round.body) }));
}

/** The fixture site's rounds, oldest first. */
export const fixtureRounds = (): ContentRound[] => readContentRounds(FIXTURE_CONTENT);

/** A content folder's subjects, failing loudly if a file has a problem. */
export function readContentSubjects(contentDir: string): SubjectFile[] {
  const { subjects, errors } = readSubjectFolder(
    join(PROJECT_ROOT, contentDir, 'subjects'),
    join(PROJECT_ROOT, contentDir, '..'),
  );
  if (errors.length) throw new Error(`${contentDir} subjects have problems:\n${errors.join('\n')}`);
  return subjects;
}

/** Everything a subject's page shows in words, for telling which words are rare. */
const subjectText = (s: SubjectFile) => [s.data.name, ...s.data.aliases, s.data.description].join(' ');

/**
 * The kinds of round page: the newest round with text, the oldest whose official release is
 * known without its text ("source only"), and the oldest known only from public sources.
 */
export function pickRounds(rounds: readonly ContentRound[]) {
  const withText = rounds.filter((r) => r.hasText);
  const sourceOnlyRounds = rounds.filter((r) => !r.hasText && r.data.source?.url);
  const recordOnlyRounds = rounds.filter((r) => !r.data.source);
  if (!withText.length || !sourceOnlyRounds.length || !recordOnlyRounds.length) {
    throw new Error('the fixture site needs rounds with text, with only their release, and with only their record');
  }
  return {
    latestText: withText.at(-1)!,
    sourceOnly: sourceOnlyRounds[0]!,
    recordOnly: recordOnlyRounds[0]!,
    withText,
    sourceOnlyRounds,
    recordOnlyRounds,
    withoutText: rounds.filter((r) => !r.hasText),
  };
}

/** A word that occurs in one paragraph only (and in no title, summary or place): searching it finds that paragraph. */
export interface RareWord {
  word: string;
  round: ContentRound;
  paragraph: RoundParagraph;
}

/** Words every round page shows in its indexed header, and month names (each page's date). */
const PAGE_WORDS =
  'EU–Russian Federation human rights consultations January February March April May June July August September October November December';

/**
 * For each paragraph of the text rounds, its best rare word of six letters or more, if it has
 * one: a capitalised word (a name, as readers search) before others, then the longest.
 */
/** The sources' words a round page quotes beside its facts. */
const evidenceWords = (r: ContentRound) =>
  citingFacts(r.data).flatMap((fact) => fact.references.flatMap((ref) => resolveReference(ref).phrases));

export function findRareWords(rounds: readonly ContentRound[], subjects: readonly SubjectFile[] = []): RareWord[] {
  const words = (text: string) => text.match(/\p{L}{6,}/gu) ?? [];
  return rounds
    .filter((r) => r.hasText)
    .flatMap((round) =>
      round.paragraphs.flatMap((paragraph) => {
        const elsewhere = new Set(
          rounds
            .flatMap((r) => [
              r.data.title ?? '',
              r.data.summary,
              r.data.place ?? '',
              r.data.nextExpected ?? '',
              PAGE_WORDS,
              ...subjects.map(subjectText),
              ...r.data.raised.map((x) => x.label),
              ...evidenceWords(r),
              ...r.paragraphs.filter((q) => q !== paragraph).map((q) => q.text),
            ])
            .flatMap(words)
            .map((w) => w.toLowerCase()),
        );
        // Pagefind matches word stems ("discussing" finds "discussed"): compare the first six letters.
        const stems = new Set([...elsewhere].map((w) => w.slice(0, 6)));
        const [best] = words(paragraph.text)
          .filter((w) => !stems.has(w.toLowerCase().slice(0, 6)))
          .sort((a, b) => Number(/^\p{Lu}/u.test(b)) - Number(/^\p{Lu}/u.test(a)) || b.length - a.length);
        return best ? [{ word: best.toLowerCase(), round, paragraph }] : [];
      }),
    );
}

/**
 * What the browser tests need to know about the fixture site, all read from its files: the
 * newest text round and two of its paragraphs that rare words find, a source-only round, and a
 * year in which the text round was not held.
 */
export function browserFacts() {
  const rounds = fixtureRounds();
  const { latestText, sourceOnly } = pickRounds(rounds);
  const written = (r: RareWord) => new RegExp(r.word, 'iu').exec(r.paragraph.text)![0];
  const rare = findRareWords(rounds, readContentSubjects(FIXTURE_CONTENT))
    .filter((r) => r.round === latestText)
    .sort((a, b) => Number(/^\p{Lu}/u.test(written(b))) - Number(/^\p{Lu}/u.test(written(a))));
  if (rare.length < 2) throw new Error('the newest fixture text round needs two paragraphs with rare words');
  const hit = (r: RareWord) => ({
    word: r.word,
    /** The word as it is written in the text (its capitals kept). */
    written: written(r),
    /** The search's highlight parameter: Pagefind lower-cases the word and drops its accents. */
    highlight: r.word.normalize('NFD').replace(/\p{M}/gu, ''),
    id: r.paragraph.id,
    number: r.paragraph.number,
    text: r.paragraph.text,
    title: `${ordinal(latestText.data.round)} round · ${writtenDate(latestText.data.date)} · ¶${r.paragraph.number}`,
  });
  const textYear = latestText.data.date.earliest.getUTCFullYear();
  return {
    rounds,
    text: {
      round: latestText.data.round,
      path: `/rounds/${latestText.data.round}/`,
      label: `${ordinal(latestText.data.round)} round`,
      date: writtenDate(latestText.data.date),
      place: latestText.data.place,
      title: latestText.data.title!,
      issuer: latestText.data.source!.issuer,
      paragraphs: latestText.paragraphs,
    },
    /** Two paragraphs of the text round, each found first by its rare word. */
    hits: [hit(rare[0]!), hit(rare[1]!)] as const,
    sourceOnly: {
      round: sourceOnly.data.round,
      path: `/rounds/${sourceOnly.data.round}/`,
      title: `${ordinal(sourceOnly.data.round)} round · ${listedDate(sourceOnly.data)}`,
      label: `${ordinal(sourceOnly.data.round)} round`,
      date: writtenDate(sourceOnly.data.date),
      place: sourceOnly.data.place,
      url: sourceOnly.data.source!.url!,
      issuer: sourceOnly.data.source!.issuer,
    },
    otherYear: rounds.map((r) => r.data.date.earliest.getUTCFullYear()).find((y) => y !== textYear)!,
    textYear,
  };
}

/**
 * For each round, a word of its record (raised subjects, delegation leads) that no other round's
 * page has: a person's or a law's name raised only at that round. Searching it must find it.
 */
export function findRecordOnlyWords(rounds: readonly ContentRound[]): { word: string; round: ContentRound }[] {
  const words = (text: string) => text.match(/\p{Lu}[\p{L}-]{5,}/gu) ?? [];
  const pageText = (r: ContentRound) =>
    [
      r.data.title ?? '',
      r.data.summary,
      r.data.place ?? '',
      ...r.paragraphs.map((p) => p.text),
      ...r.data.raised.map((x) => x.label),
      ...evidenceWords(r),
      ...r.data.delegations.map((d) => `${d.name} ${d.role}`),
      ...r.data.notes.map((n) => n.text),
      ...r.data.conflicts.map((c) => c.text),
      ...r.data.sources.map((s) => `${s.publisher} ${s.description}`),
    ].join(' ');
  return rounds.flatMap((round) => {
    const elsewhere = rounds
      .filter((r) => r !== round)
      .map(pageText)
      .join(' ')
      .toLowerCase();
    const candidates = [...round.data.raised.map((x) => x.label), ...round.data.delegations.map((d) => d.name)]
      .flatMap(words)
      // Search stems words ("continuing", "continued"): a word counts as unique only if no other
      // page has a word beginning as it does.
      .filter((w) => {
        const stem = w
          .toLowerCase()
          .replace(/(ing|ed|es|s|e)$/, '')
          .slice(0, 6);
        const startsAWord = new RegExp(`(^|[^\\p{L}])${stem}`, 'u');
        return stem.length >= 4 && !startsAWord.test(elsewhere) && !startsAWord.test(PAGE_WORDS.toLowerCase());
      });
    return candidates.length ? [{ word: candidates[0]!, round }] : [];
  });
}
