/**
 * Typo-tolerant matching of the subject index, for "Did you mean …?" on the search page and for
 * the subjects filter when plain matching finds nothing: "Politkovskaia" -> Anna Politkovskaya,
 * "Навальны" -> Alexei Navalny, "inoagent" -> the foreign agents law. Fuse.js (its basic build,
 * 6 KB brotli) scores each of a subject's names; loaded only when a query needs it. Pure.
 */
import Fuse from 'fuse.js/basic';

/** What matching needs of a subject: its id and every name it is written by. */
export interface NamedSubject {
  id: string;
  names: readonly string[];
}

/** Case, accents and ё aside: "Ёлкин" and "елкин", "Muižnieks" and "muiznieks" match. */
export const foldName = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ё/g, 'е').toLowerCase().trim();

/**
 * How far a name may be from the query, from 0 (exactly) to 1 (anything): 0.34 lets one or two
 * wrong, missing or extra letters in a surname through ("Estemirowa", "Tolokonikova") but not a
 * different word; "very close" (0.2) lets a declined ending through ("Политковской") where the
 * search found the query's words elsewhere, but not a merely similar name.
 */
const THRESHOLD = { close: 0.34, 'very close': 0.2 } as const;
export type Closeness = keyof typeof THRESHOLD;

/**
 * Builds the matcher once for a list of subjects. It returns the subjects whose names are close
 * to the query, best first, at most `limit`; queries under three letters match nothing.
 */
export function createSubjectMatcher<S extends NamedSubject>(subjects: readonly S[]) {
  const names = subjects.flatMap((subject, index) => subject.names.map((name) => ({ index, name: foldName(name) })));
  const fuse = new Fuse(names, {
    keys: ['name'],
    includeScore: true,
    ignoreLocation: true,
    threshold: THRESHOLD.close,
  });
  return (query: string, limit = 3, closeness: Closeness = 'close'): S[] => {
    const folded = foldName(query);
    if (folded.length < 3) return [];
    const best = new Map<number, number>();
    for (const { item, score = 1 } of fuse.search(folded)) {
      // Fuse applies the "close" threshold itself; "very close" is stricter, on its final score.
      if (closeness === 'very close' && score > THRESHOLD['very close']) continue;
      if (!best.has(item.index) || score < best.get(item.index)!) best.set(item.index, score);
    }
    return [...best]
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index]) => subjects[index]!);
  };
}
