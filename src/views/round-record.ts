/**
 * "What the record says" on a round page: each fact of the round's record (date, place,
 * delegation leads, what was raised, other notes, disagreements) with numbered source notes,
 * footnote style, and the notes themselves: kind, publisher, date, language, link, mirror.
 * Pure: the round's data in, page data out.
 */
import type { RoundData } from '../record/round-schema.ts';
import { describeRoundDate, formatRoundDate } from '../format/dates.ts';
import { parseRoundDate } from '../record/round-date.ts';

/** A fact as shown: its words and the numbers of the source notes that support it. */
export interface RecordFact {
  label: string;
  value: string;
  notes: number[];
  /** Other names of a raised subject (spellings, Russian), in the page for search only. */
  searchNames?: string;
}

/** One numbered source note. */
export interface SourceNote {
  number: number;
  /** The note's fragment id on the page: "source-3". */
  id: string;
  kind: string;
  publisher: string;
  description: string;
  url: string | undefined;
  published: string | undefined;
  /** "in French", or undefined for English. */
  language: string | undefined;
  /** The BCP 47 code, for the link's hreflang and lang. */
  languageCode: string;
  mirror: boolean;
}

export interface RecordSection {
  facts: RecordFact[];
  delegations: RecordFact[];
  raised: RecordFact[];
  notes: RecordFact[];
  conflicts: RecordFact[];
  numberedBySequence: boolean;
  sources: SourceNote[];
}

const KIND_LABELS: Record<RoundData['sources'][number]['kind'], string> = {
  council: 'Council of the EU release',
  presidency: 'Council presidency release',
  government: 'Government statement',
  parliament: 'European Parliament text',
  ngo: 'NGO report',
  press: 'Press report',
};

const BY_LABELS = { eu: 'raised by the EU', russia: 'raised by Russia', both: 'raised by both sides' } as const;
const SIDE_LABELS = { eu: 'EU delegation', russia: 'Russian delegation' } as const;
const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** Builds the section; source notes are numbered in the order the facts first cite them. */
export function getRecordSection(
  data: RoundData,
  namesOf: (subjectId: string) => readonly string[] = () => [],
): RecordSection {
  const order: string[] = [];
  const cite = (ids: readonly string[]) =>
    ids.map((id) => {
      if (!order.includes(id)) order.push(id);
      return order.indexOf(id) + 1;
    });

  const facts: RecordFact[] = [
    {
      label: data.scheduled ? 'Scheduled for' : 'Held on',
      value: describeRoundDate(data.date, { scheduled: data.scheduled }),
      notes: cite(data.attested.date),
    },
    data.place
      ? { label: 'Place', value: data.place, notes: cite(data.attested.place ?? []) }
      : { label: 'Place', value: 'Not stated in any source the archive knows', notes: [] },
  ];
  const delegations = data.delegations.map((d) => ({
    label: SIDE_LABELS[d.side],
    value: `${d.name}, ${d.role}`,
    notes: cite(d.sources),
  }));
  const raised = data.raised.map((r) => ({
    label: r.subject.label,
    value: r.by ? BY_LABELS[r.by] : 'who raised it is not stated',
    notes: cite(r.sources),
    ...(namesOf(r.subject.id).length ? { searchNames: namesOf(r.subject.id).join(', ') } : {}),
  }));
  const notes = data.notes.map((n) => ({ label: 'Note', value: n.text, notes: cite(n.sources) }));
  const conflicts = data.conflicts.map((c) => ({
    label: c.about === 'date' ? 'The date is disputed' : 'The place is disputed',
    value: c.text,
    notes: cite(c.sources),
  }));
  // Sources no fact cites are still listed, after the cited ones.
  for (const source of data.sources) if (!order.includes(source.id)) order.push(source.id);

  const sources = order.map((id, index): SourceNote => {
    const source = data.sources.find((s) => s.id === id)!;
    const published = source.published ? parseRoundDate(source.published) : undefined;
    return {
      number: index + 1,
      id: `source-${index + 1}`,
      kind: KIND_LABELS[source.kind],
      publisher: source.publisher,
      description: source.description,
      url: source.url,
      published: published && formatRoundDate(published),
      language: source.language === 'en' ? undefined : `in ${languageNames.of(source.language)}`,
      languageCode: source.language,
      mirror: source.mirror,
    };
  });
  return { facts, delegations, raised, notes, conflicts, numberedBySequence: data.numberedBySequence, sources };
}
