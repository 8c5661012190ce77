/** English ordinals for round numbers, as headings use them ("18th round"). */

/** Writes a number with its ordinal suffix: 1 -> "1st", 12 -> "12th", 22 -> "22nd", 18 -> "18th". */
export function formatOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`formatOrdinal: expected a positive whole number, got ${n}`);
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
