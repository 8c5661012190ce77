/**
 * "What the record says" on a round page: each fact of the round's record (date, place,
 * delegation leads, what was raised, other notes, disagreements) with numbered source notes,
 * footnote style, and the notes themselves: kind, publisher, date, language, link, mirror.
 * Pure: the round's data in, page data out.
 */
import type { RoundData } from '../record/round-schema.ts';
import { describeRoundDate, formatRoundDate } from '../format/dates.ts';
import { parseRoundDate } from '../record/round-date.ts';
import { getLanguage, type Language } from '../i18n/index.ts';
import { isCyrillic, nameLang } from '../i18n/scripts.ts';
import { recordWords } from './record-words.ts';

/** A fact as shown: its words and the numbers of the source notes that support it. */
export interface RecordFact {
  label: string;
  value: string;
  notes: number[];
  /**
   * Other names of a raised subject (spellings, Russian), in the page for search only, grouped by
   * script: Cyrillic names are Russian, the others are written as in English.
   */
  searchNames?: { text: string; lang: 'en' | 'ru' }[];
}

/** One numbered source note. */
export interface SourceNote {
  number: number;
  /** The note's fragment id on the page: "source-3". */
  id: string;
  kind: string;
  publisher: string;
  description: string;
  /** The `lang` of the publisher's name, written as its source writes it, where it differs from the page's. */
  publisherLang: string | undefined;
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

const ENGLISH = getLanguage('en');

/** Builds the section; source notes are numbered in the order the facts first cite them. */
export function getRecordSection(
  data: RoundData,
  namesOf: (subjectId: string) => readonly string[] = () => [],
  language: Language = ENGLISH,
): RecordSection {
  const { t } = language;
  const words = recordWords(data, language.locale);
  const languageNames = new Intl.DisplayNames(language.intl, { type: 'language' });
  const order: string[] = [];
  const cite = (ids: readonly string[]) =>
    ids.map((id) => {
      if (!order.includes(id)) order.push(id);
      return order.indexOf(id) + 1;
    });

  const facts: RecordFact[] = [
    {
      label: data.scheduled ? t.round.scheduledFor : t.round.heldOn,
      value: describeRoundDate(data.date, { scheduled: data.scheduled, language }),
      notes: cite(data.attested.date),
    },
    data.place
      ? {
          label: t.round.place,
          value: words.place ?? data.place,
          notes: cite(data.attested.place ?? []),
        }
      : { label: t.round.place, value: t.record.placeUnknown, notes: [] },
  ];
  const delegations = data.delegations.map((d, i) => {
    const { name, role } = words.delegation(i);
    return { label: t.record.side[d.side], value: `${name}, ${role}`, notes: cite(d.sources) };
  });
  const raised = data.raised.map((r) => ({
    label: words.raised(r.subject.id),
    value: r.by ? t.record.by[r.by] : t.record.byUnknown,
    notes: cite(r.sources),
    ...(namesOf(r.subject.id).length ? { searchNames: groupByScript(namesOf(r.subject.id)) } : {}),
  }));
  const notes = data.notes.map((n, i) => ({
    label: t.record.note,
    value: words.note(i),
    notes: cite(n.sources),
  }));
  const conflicts = data.conflicts.map((c, i) => ({
    label: c.about === 'date' ? t.record.dateDisputed : t.record.placeDisputed,
    value: words.conflict(i),
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
      kind: t.record.kind[source.kind],
      publisher: source.publisher,
      publisherLang: nameLang(source.publisher, source.language, language.locale),
      description: words.source(source.id),
      url: source.url,
      published: published && formatRoundDate(published, language),
      language:
        source.language === language.locale
          ? undefined
          : t.record.inLanguage(languageNames.of(source.language) ?? source.language),
      languageCode: source.language,
      mirror: source.mirror,
    };
  });
  return { facts, delegations, raised, notes, conflicts, numberedBySequence: data.numberedBySequence, sources };
}

/** Names joined by script: ["Magnitsky", "Магнитский", "Magnitskiy"] -> Latin "Magnitsky, Magnitskiy", Cyrillic "Магнитский". */
function groupByScript(names: readonly string[]): { text: string; lang: 'en' | 'ru' }[] {
  const unique = [...new Set(names)];
  const cyrillic = unique.filter(isCyrillic);
  const latin = unique.filter((name) => !cyrillic.includes(name));
  return [
    ...(latin.length ? [{ text: latin.join(', '), lang: 'en' as const }] : []),
    ...(cyrillic.length ? [{ text: cyrillic.join(', '), lang: 'ru' as const }] : []),
  ];
}
