/** Previous/next navigation over all rounds, whatever order they arrive in. */
import { sortRounds, type Numbered } from '../record/round-order.ts';

/**
 * Finds the rounds just before and after `round` among `rounds`:
 * 18 among [15, 16, 17, 18] -> { previous: 17, next: undefined }.
 */
export function getRoundNavigation<T extends Numbered>(
  round: number,
  rounds: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  const sorted = sortRounds(rounds);
  const index = sorted.findIndex((r) => r.data.round === round);
  if (index === -1) throw new Error(`getRoundNavigation: round ${round} is not among the rounds given`);
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}
