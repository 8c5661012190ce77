/** The archive's one order of rounds: oldest first, by round number. */

/** Anything that carries a round number. */
export interface Numbered {
  data: { round: number };
}

/** Sorts rounds oldest first, by round number (collection order is not deterministic). */
export function sortRounds<T extends Numbered>(rounds: readonly T[]): T[] {
  return [...rounds].sort((a, b) => a.data.round - b.data.round);
}
