/**
 * The one module that reads the `rounds` collection. Collection order is not deterministic,
 * so rounds are sorted here; validation across files already ran in the loader.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { RoundRecord } from './round-schema.ts';
import { sortRounds } from './round-order.ts';
import { getRoundParagraphs, type RoundParagraph } from './paragraphs.ts';

/** A loaded round: its collection entry (for rendering), its record, and its numbered paragraphs. */
export interface Round extends RoundRecord {
  entry: CollectionEntry<'rounds'>;
  /** The release's numbered paragraphs, as the page numbers them (see paragraphs.ts). */
  paragraphs: RoundParagraph[];
}

/** All rounds, oldest first. */
export async function getRounds(): Promise<Round[]> {
  const entries = await getCollection('rounds');
  return sortRounds(
    entries.map((entry) => {
      const paragraphs = getRoundParagraphs(entry.body);
      return { entry, data: entry.data, hasText: paragraphs.length > 0, paragraphs };
    }),
  );
}
