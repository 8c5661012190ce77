/**
 * The one module that reads the collections. Collection order is not deterministic, so rounds
 * and subjects are sorted here; validation within and across files already ran in the loaders.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import type { RoundRecord } from './round-schema.ts';
import type { SubjectRecord } from './subject-schema.ts';
import { sortRounds } from './round-order.ts';
import { getRoundParagraphs, type RoundParagraph } from './paragraphs.ts';
import { findMentions, type Mention, type NameableSubject } from './mentions.ts';
import { subjectNames } from './subject-schema.ts';
import { readRecordFiles, type ProjectFile } from './record-files.ts';

/** A loaded round: its collection entry (for rendering), its record, its paragraphs and the subjects they name. */
export interface Round extends RoundRecord {
  entry: CollectionEntry<'rounds'>;
  /** The release's numbered paragraphs, as the page numbers them (see paragraphs.ts). */
  paragraphs: RoundParagraph[];
  /** The subjects each paragraph names (see mentions.ts). */
  mentions: Mention[];
}

/**
 * The about text of a language (content/about/<locale>.mdx); a missing one stops the build with
 * the file it expected, since every language has an about page.
 */
export async function getAboutText(locale: Locale): Promise<CollectionEntry<'about'>> {
  const entry = await getEntry('about', locale);
  if (!entry) throw new Error(`content/about/${locale}.mdx: missing; every language needs its about text`);
  return entry;
}

/** All subjects, by id. */
export async function getSubjects(): Promise<SubjectRecord[]> {
  const entries = await getCollection('subjects');
  return entries.map(({ id, data }) => ({ id, data })).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * What reading a round's text yields (its paragraphs and the subjects they name), kept per file
 * version and subject list: every page of a build asks for all rounds, and at thousands of rounds
 * re-reading each text for each page would make the build quadratic. A changed file (in `astro
 * dev`) has a new digest, so it is read again.
 */
let readings = {
  subjectsKey: '',
  nameable: [] as NameableSubject[],
  byFile: new Map<string, Pick<Round, 'paragraphs' | 'mentions'>>(),
};

/** All rounds, oldest first. */
export async function getRounds(): Promise<Round[]> {
  const [entries, subjects] = await Promise.all([getCollection('rounds'), getSubjects()]);
  const nameable = subjects.map((s) => ({ id: s.id, names: subjectNames(s) }));
  const subjectsKey = JSON.stringify(nameable);
  // The same list object each time, so the name patterns compiled for it are reused.
  if (readings.subjectsKey !== subjectsKey) readings = { subjectsKey, nameable, byFile: new Map() };
  return sortRounds(
    entries.map((entry) => {
      const key = `${entry.id}\0${entry.digest ?? entry.body}`;
      let reading = readings.byFile.get(key);
      if (!reading) {
        const paragraphs = getRoundParagraphs(entry.body);
        reading = { paragraphs, mentions: findMentions(paragraphs, readings.nameable) };
        readings.byFile.set(key, reading);
      }
      return { entry, data: entry.data, hasText: reading.paragraphs.length > 0, ...reading };
    }),
  );
}

/**
 * The record's files as the editors keep them (record-files.ts), for the download of the whole
 * record. Read from the project Astro builds, whose root is the working folder, as the
 * collections' loaders read `./content`.
 */
export function getRecordFiles(): ProjectFile[] {
  return readRecordFiles(process.cwd());
}
