/**
 * The one module that reads the `rounds` collection. Collection order is not deterministic,
 * so rounds are sorted here; validation across files already ran in the loader.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortRounds } from './round-navigation.ts';
import type { RoundRecord } from './round-page.ts';
import { hasReleaseText, splitParagraphs } from './round-text.ts';

/** A loaded round: its collection entry (for rendering), its record, and its paragraphs as text. */
export interface Round extends RoundRecord {
  entry: CollectionEntry<'rounds'>;
  /** The release's paragraphs, verbatim, for data files and feeds (pages render the MDX). */
  paragraphs: string[];
}

/** All rounds, oldest first. */
export async function getRounds(): Promise<Round[]> {
  const entries = await getCollection('rounds');
  return sortRounds(
    entries.map((entry) => {
      return { entry, data: entry.data, hasText: hasReleaseText(entry.body), paragraphs: splitParagraphs(entry.body) };
    }),
  );
}
