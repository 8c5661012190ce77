/**
 * The one module that reads the collections. Collection order is not deterministic, so rounds
 * and subjects are sorted here; validation within and across files already ran in the loaders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { RoundRecord } from './round-schema.ts';
import type { SubjectRecord } from './subject-schema.ts';
import { sortRounds } from './round-order.ts';
import { getRoundParagraphs, type RoundParagraph } from './paragraphs.ts';
import { findMentions, type Mention } from './mentions.ts';

/** A loaded round: its collection entry (for rendering), its record, its paragraphs and the subjects they name. */
export interface Round extends RoundRecord {
  entry: CollectionEntry<'rounds'>;
  /** The release's numbered paragraphs, as the page numbers them (see paragraphs.ts). */
  paragraphs: RoundParagraph[];
  /** The subjects each paragraph names (see mentions.ts). */
  mentions: Mention[];
}

/** All subjects, by id. */
export async function getSubjects(): Promise<SubjectRecord[]> {
  const entries = await getCollection('subjects');
  return entries.map(({ id, data }) => ({ id, data })).sort((a, b) => a.id.localeCompare(b.id));
}

/** All rounds, oldest first. */
export async function getRounds(): Promise<Round[]> {
  const [entries, subjects] = await Promise.all([getCollection('rounds'), getSubjects()]);
  const nameable = subjects.map((s) => ({ id: s.id, names: [s.data.name, ...s.data.aliases] }));
  return sortRounds(
    entries.map((entry) => {
      const paragraphs = getRoundParagraphs(entry.body);
      return {
        entry,
        data: entry.data,
        hasText: paragraphs.length > 0,
        paragraphs,
        mentions: findMentions(paragraphs, nameable),
      };
    }),
  );
}
