/**
 * "What the record says" on a round page: each fact of the round's record (date, place,
 * delegation leads, what was raised, other notes, disagreements) with numbered source notes,
 * footnote style, and the notes themselves: kind, publisher, date, language, link, mirror.
 * Pure: the round's data in, page data out.
 */
import type { RoundData, SourceReference } from '../record/round-schema.ts';
import { referenceLink, resolveReference } from '../record/source-references.ts';
import { savedCopiesUrl } from '../format/text-fragments.ts';
import { describeRoundDate, formatRoundDate } from '../format/dates.ts';
import { parseRoundDate } from '../record/round-date.ts';
import type { Language } from '../i18n/index.ts';
import { groupByScript, nameLang } from '../i18n/scripts.ts';
import { recordWords } from './record-words.ts';

/** One source's support for a fact, as shown: its note number and its words, linked at the source. */
export interface FactEvidence {
  /** The number of the source note. */
  note: number;
  /** Who published the source, and that name's `lang` where it differs from the page's. */
  publisher: string;
  publisherLang: string | undefined;
  /** The source's words, verbatim; empty where the release held here is cited as a whole. */
  phrases: string[];
  /** The words' language (`lang`), where it differs from the page's. */
  lang: string | undefined;
  /** The source at those words (a text fragment), or undefined where it has no address. */
  href: string | undefined;
  /** Why the words are weaker than read and confirmed, in the page's language. */
  unverified: string | undefined;
  /** The words' fragment id, for a raised fact's (the accounts table links them): "w3-1". */
  id?: string;
}

/** A fact as shown: its words and the sources that support it, with their words. */
export interface RecordFact {
  label: string;
  value: string;
  /** The numbers of the source notes that support it, in order. */
  notes: number[];
  evidence: FactEvidence[];
  /**
   * Other names of a raised subject (spellings, Russian), in the page for search only, grouped by
   * script: Cyrillic names are Russian, the others are written as in English.
   */
  searchNames?: { text: string; lang: 'en' | 'ru' }[];
}

/** One numbered source note. */
export interface SourceNote {
  number: number;
  /** The source's id in the round file. */
  sourceId: string;
  /** The note's fragment id on the page: "source-3". */
  id: string;
  kind: string;
  publisher: string;
  description: string;
  /** The `lang` of the publisher's name, written as its source writes it, where it differs from the page's. */
  publisherLang: string | undefined;
  url: string | undefined;
  /** The Internet Archive's saved copies of `url`: a dead address is the norm for 2005. */
  savedCopies: string | undefined;
  published: string | undefined;
  /** "in French", or undefined for English. */
  language: string | undefined;
  /** The BCP 47 code, for the link's hreflang and lang. */
  languageCode: string;
  mirror: boolean;
}

/** One headed list of the section (delegations, what was raised, notes, conflicts), as the page shows it. */
export interface RecordGroup {
  heading: string;
  facts: RecordFact[];
  /** Said when the list is empty ("No source names the delegations"); a list without it is left out when empty. */
  empty?: string;
  /** Whether the facts' values stay out of the search index: "raised by both sides" on every item would make "by", "both" and "sides" match every round. */
  unsearchedValues: boolean;
}

export interface RecordSection {
  facts: RecordFact[];
  /** The headed lists, in page order, without the empty ones that have nothing to say. */
  groups: RecordGroup[];
  delegations: RecordFact[];
  raised: RecordFact[];
  notes: RecordFact[];
  conflicts: RecordFact[];
  numberedBySequence: boolean;
  sources: SourceNote[];
}

/** The fragment id of a raised fact's words (fact and reference from 0): (2, 0) -> "w3-1". */
export function raisedWordsId(fact: number, reference: number): string {
  return `w${fact + 1}-${reference + 1}`;
}

/** "Held on" a day, "Held in" a month or year, "Scheduled for": the label of a round's date. */
export function roundDateLabel(data: RoundData, { t }: Language): string {
  if (data.scheduled) return t.round.scheduledFor;
  return data.date.precision === 'month' || data.date.precision === 'year' ? t.round.heldIn : t.round.heldOn;
}

/**
 * Builds the section; source notes are numbered in the order the facts first cite them.
 * `roundPageHref` is the round page's own link, where the words of the release held here are.
 */
export function getRecordSection(
  data: RoundData,
  namesOf: (subjectId: string) => readonly string[],
  language: Language,
  roundPageHref: string,
): RecordSection {
  const { t } = language;
  const words = recordWords(data, language.locale);
  const languageNames = new Intl.DisplayNames(language.intl, { type: 'language' });
  const order: string[] = [];
  const noteOf = (id: string) => {
    if (!order.includes(id)) order.push(id);
    return order.indexOf(id) + 1;
  };
  /** `idOf` gives a reference's words a fragment id, where something links them. */
  const cite = (references: readonly SourceReference[], idOf?: (reference: number) => string) => {
    const evidence = references.map((reference, j): FactEvidence => {
      const ref = resolveReference(reference);
      const source = data.sources.find((s) => s.id === ref.source)!;
      return {
        note: noteOf(ref.source),
        publisher: source.publisher,
        publisherLang: nameLang(source.publisher, source.language, language.locale),
        phrases: ref.phrases,
        lang: source.language === language.locale ? undefined : source.language,
        href: referenceLink(ref, source, roundPageHref),
        unverified: ref.unverified && t.record.unverified[ref.unverified],
        ...(idOf ? { id: idOf(j) } : {}),
      };
    });
    return { notes: evidence.map((e) => e.note), evidence };
  };

  const facts: RecordFact[] = [
    {
      label: roundDateLabel(data, language),
      value: describeRoundDate(data.date, { scheduled: data.scheduled, language }),
      ...cite(data.attested.date),
    },
    data.place
      ? { label: t.round.place, value: words.place ?? data.place, ...cite(data.attested.place ?? []) }
      : { label: t.round.place, value: t.record.placeUnknown, notes: [], evidence: [] },
    ...(data.attested.number
      ? [{ label: t.record.number, value: t.record.numberValue(data.round), ...cite(data.attested.number) }]
      : []),
  ];
  const delegations = data.delegations.map((d, i) => {
    const { name, role } = words.delegation(i);
    return { label: t.record.side[d.side], value: `${name}, ${role}`, ...cite(d.sources) };
  });
  // Each subject's other names once, with the first fact filed under it: enough for search.
  const named = new Set<string>();
  const raised = data.raised.map((r, i) => {
    const names = r.subjects.filter((id) => !named.has(id) && named.add(id)).flatMap((id) => namesOf(id));
    return {
      label: words.raised(i),
      value: r.by ? t.record.by[r.by] : t.record.byUnknown,
      ...cite(r.sources, (j) => raisedWordsId(i, j)),
      ...(names.length ? { searchNames: namesByScript(names) } : {}),
    };
  });
  const notes = data.notes.map((n, i) => ({ label: t.record.note, value: words.note(i), ...cite(n.sources) }));
  const conflicts = data.conflicts.map((c, i) => ({
    label: c.about === 'date' ? t.record.dateDisputed : t.record.placeDisputed,
    value: words.conflict(i),
    ...cite(c.sources),
  }));
  // Sources no fact cites are still listed, after the cited ones.
  for (const source of data.sources) if (!order.includes(source.id)) order.push(source.id);

  const sources = order.map((id, index): SourceNote => {
    const source = data.sources.find((s) => s.id === id)!;
    const published = source.published ? parseRoundDate(source.published) : undefined;
    return {
      number: index + 1,
      sourceId: id,
      id: `source-${index + 1}`,
      kind: t.record.kind[source.kind],
      publisher: source.publisher,
      publisherLang: nameLang(source.publisher, source.language, language.locale),
      description: words.source(source.id),
      url: source.url,
      savedCopies: source.url && savedCopiesUrl(source.url),
      published: published && formatRoundDate(published, language),
      language:
        source.language === language.locale
          ? undefined
          : t.record.inLanguage(languageNames.of(source.language) ?? source.language),
      languageCode: source.language,
      mirror: source.mirror,
    };
  });
  const groups: RecordGroup[] = [
    { heading: t.record.delegations, facts: delegations, empty: t.record.noDelegations, unsearchedValues: false },
    { heading: t.record.raised, facts: raised, empty: t.record.noRaised, unsearchedValues: true },
    { heading: t.record.notes, facts: notes, unsearchedValues: false },
    { heading: t.record.conflicts, facts: conflicts, unsearchedValues: false },
  ].filter((group) => group.facts.length || group.empty);
  return {
    facts,
    groups,
    delegations,
    raised,
    notes,
    conflicts,
    numberedBySequence: data.numberedBySequence,
    sources,
  };
}

/** Names joined by script: ["Magnitsky", "Магнитский", "Magnitskiy"] -> Latin "Magnitsky, Magnitskiy", Cyrillic "Магнитский". */
const namesByScript = (names: readonly string[]) =>
  groupByScript(names).map((group) => ({ text: group.names.join(', '), lang: group.lang }));
