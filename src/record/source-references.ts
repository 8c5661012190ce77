/**
 * Reading a fact's source references one way: which source, its words, and where they are. A
 * reference is `{ source, words, … }`, or a plain id for the release held in the archive (see
 * round-schema.ts). Pure.
 */
import type { RoundData, SourceReference } from './round-schema.ts';
import { UNVERIFIED_REASONS } from './round-schema.ts';
import { paragraphId } from './paragraph-id.ts';
import { textFragmentUrl } from '../format/text-fragments.ts';

/** A reference with every optional part spelled out. */
export interface ResolvedReference {
  source: string;
  /** The source's words, one entry per phrase; empty for a plain id (the held release as a whole). */
  phrases: string[];
  paragraph: number | undefined;
  prefix: string | undefined;
  suffix: string | undefined;
  unverified: (typeof UNVERIFIED_REASONS)[number] | undefined;
  why: string | undefined;
}

/** { source: 'a', words: 'x' } -> { source: 'a', phrases: ['x'], … }; 'a' -> { source: 'a', phrases: [] , … }. */
export function resolveReference(reference: SourceReference): ResolvedReference {
  if (typeof reference === 'string') {
    return {
      source: reference,
      phrases: [],
      paragraph: undefined,
      prefix: undefined,
      suffix: undefined,
      unverified: undefined,
      why: undefined,
    };
  }
  return {
    source: reference.source,
    phrases: typeof reference.words === 'string' ? [reference.words] : [...reference.words],
    paragraph: reference.paragraph,
    prefix: reference.prefix,
    suffix: reference.suffix,
    unverified: reference.unverified,
    why: reference.why,
  };
}

/** The ids a list of references names, in order: [{ source: 'a', … }, 'b'] -> ['a', 'b']. */
export function referencedSourceIds(references: readonly SourceReference[]): string[] {
  return references.map((reference) => resolveReference(reference).source);
}

/** A fact of a round's record that cites sources, with the field path messages name. */
export interface CitingFact {
  field: string;
  references: readonly SourceReference[];
}

/** Every list of references in a round's record, with its field: "attested.date", "raised[2].sources" … */
export function citingFacts(data: RoundData): CitingFact[] {
  return [
    { field: 'attested.date', references: data.attested.date },
    ...(data.attested.place ? [{ field: 'attested.place', references: data.attested.place }] : []),
    ...(data.attested.number ? [{ field: 'attested.number', references: data.attested.number }] : []),
    ...data.delegations.map((d, i) => ({ field: `delegations[${i}].sources`, references: d.sources })),
    ...data.raised.map((r, i) => ({ field: `raised[${i}].sources`, references: r.sources })),
    ...data.notes.map((n, i) => ({ field: `notes[${i}].sources`, references: n.sources })),
    ...data.conflicts.map((c, i) => ({ field: `conflicts[${i}].sources`, references: c.sources })),
  ];
}

/**
 * Where a reference's link goes: the source's address at its words (a text fragment), or for
 * the release held in the archive, the round page's paragraph at its words (`roundPageHref` ''
 * on the round page itself: "#p6:~:text=…"); undefined where the source has no address. (ref of "rule of law" in https://x.org/a) -> "https://x.org/a#:~:text=rule%20of%20law".
 */
export function referenceLink(
  ref: ResolvedReference,
  source: { url?: string | undefined; textInArchive: boolean },
  roundPageHref: string,
): string | undefined {
  const at = source.textInArchive
    ? `${roundPageHref}${ref.paragraph ? `#${paragraphId(ref.paragraph)}` : ''}`
    : source.url;
  if (at === undefined) return undefined;
  return ref.phrases.length ? textFragmentUrl(at, ref) : at || undefined;
}
