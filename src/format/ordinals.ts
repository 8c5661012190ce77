/** English ordinals for round numbers, as headings use them ("18th round"). */

/** Writes a number with its ordinal suffix: 1 -> "1st", 12 -> "12th", 22 -> "22nd", 18 -> "18th". */
export function formatOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`formatOrdinal: expected a positive whole number, got ${n}`);
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const words = (list: string) => list.split(' ');
const UNITS = words('- first second third fourth fifth sixth seventh eighth ninth');
const TEENS = words(
  'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth',
);
const TENS = words('- - twenty thirty forty fifty sixty seventy eighty ninety');
const TENTHS = words('- - twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth');

/**
 * Reads an English ordinal word as releases write round numbers, from 1 to 99:
 * 'eighteenth' -> 18, 'twenty-first' -> 21, 'Thirtieth' -> 30; anything else -> undefined.
 */
export function parseOrdinal(word: string): number | undefined {
  const w = word.trim().toLowerCase();
  const simple = [UNITS.indexOf(w), TEENS.indexOf(w) === -1 ? -1 : TEENS.indexOf(w) + 10, TENTHS.indexOf(w) * 10];
  const found = simple.find((n) => n > 0);
  if (found) return found;
  const [tens, unit] = w.split(/[-\s]/);
  const t = TENS.indexOf(tens ?? '');
  const u = UNITS.indexOf(unit ?? '');
  return t >= 2 && u >= 1 ? t * 10 + u : undefined;
}
