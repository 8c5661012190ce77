/** English ordinals for round numbers, as headings ("18th round") and prose ("eighteenth") use them. */

/** Writes a number with its ordinal suffix: 1 -> "1st", 12 -> "12th", 22 -> "22nd", 18 -> "18th". */
export function formatOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`formatOrdinal: expected a positive whole number, got ${n}`);
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS_ORDINAL = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
const TENS_CARDINAL = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Spells an ordinal as the releases do ("held their eighteenth round"): 18 -> "eighteenth",
 * 21 -> "twenty-first". Rounds are counted in tens, so 1-99 is enough; larger numbers throw.
 */
export function spellOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`spellOrdinal: expected a whole number from 1 to 99, got ${n}`);
  }
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return units === 0 ? TENS_ORDINAL[tens]! : `${TENS_CARDINAL[tens]}-${UNITS[units]}`;
}
