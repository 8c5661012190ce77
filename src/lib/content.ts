/**
 * The one module that reads the `rounds` collection. Collection order is not deterministic,
 * so rounds are sorted here; validation across files already ran in the loader.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortRounds } from './round-navigation.ts';
import type { RoundRecord } from './round-page.ts';

/** A loaded round: its collection entry (for rendering) and the record the page data uses. */
export interface Round extends RoundRecord {
  entry: CollectionEntry<'rounds'>;
}

/** All rounds, oldest first. */
export async function getRounds(): Promise<Round[]> {
  const entries = await getCollection('rounds');
  return sortRounds(
    entries.map((entry) => ({ entry, data: entry.data, hasText: Boolean(entry.body?.trim()) })),
  );
}
