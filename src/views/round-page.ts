/**
 * Page data of /rounds/<n>/: everything a round's page shows, computed once for all rounds and
 * handed to components, which only render. Pure: the rounds and the language come in as arguments.
 */
import type { RoundData, RoundRecord } from '../record/round-schema.ts';
import { formatRoundDate, toIsoDate } from '../format/dates.ts';
import { sortRounds } from '../record/round-order.ts';
import { formatCitation } from '../publish/citation.ts';
import { savedCopiesUrl } from '../format/text-fragments.ts';
import { citationMetaTags, roundJsonLd } from '../publish/structured-data.ts';
import { FILES, roundCitePath, roundDataPath, roundPath, subjectPath } from '../format/urls.ts';
import { toRoundSummary, type RoundSummary } from './round-summary.ts';
import { getAccountsTable, type AccountsTable } from './accounts.ts';
import { getRecordSection, roundDateLabel, type RecordSection } from './record-section.ts';
import { getRoundCorrections, type CorrectionEntry } from './corrections.ts';
import { subjectNames, type SubjectRecord } from '../record/subject-schema.ts';
import type { Mention } from '../record/mentions.ts';
import { isCyrillic } from '../i18n/scripts.ts';
import type { PageLanguage } from '../i18n/index.ts';
import { subjectName } from './subject-names.ts';
import { recordWords } from './record-words.ts';

/** One entry of a release's list of previous consultations, linked here and to the original. */
export interface PreviousConsultation {
  label: string;
  displayDate: string;
  isoDate: string;
  href: string;
  sourceUrl: string;
}

/** Everything the round page shows. */
export interface RoundPageData extends RoundSummary {
  /** The page's permanent absolute URL. */
  canonicalUrl: string;
  /** The round's plain-text citation. */
  citation: string;
  /** What the paragraph "Copy citation" action needs, as JSON for a data attribute. */
  citationData: string;
  /** "Held on", or "Scheduled for" where no source reports the meeting afterwards. */
  dateLabel: string;
  /** The `<title>`: unique per round. */
  documentTitle: string;
  /** The release title, verbatim, where the archive has the text. */
  releaseTitle: string | undefined;
  source: RoundData['source'];
  /** The official release's issuer, in the page's language: "Council of the European Union". */
  issuer: string | undefined;
  nextExpected: string | undefined;
  previousConsultations: PreviousConsultation[];
  navigation: { previous: RoundSummary | undefined; next: RoundSummary | undefined };
  /** "What the record says": every fact with its numbered source notes. */
  record: RecordSection;
  /** Who reported what: the round's subjects by the accounts that report them; undefined where nothing was raised. */
  accounts: AccountsTable | undefined;
  /** The subjects raised at the round or named in its text, each linked to its page. */
  subjects: { id: string; name: string; href: string }[];
  /** Later rounds whose release lists this one among its previous consultations. */
  listedIn: RoundSummary[];
  /** Corrections of this round’s record, oldest first. */
  corrections: CorrectionEntry[];
  /** The Internet Archive's saved copies of the official document, where its address is known. */
  archivedCopiesUrl: string | undefined;
  /** Downloads of the round's citation, for reference managers. */
  citeFiles: { label: string; href: string; format: string }[];
  /** The round's own data file, and the schema that describes it. */
  dataUrl: string;
  dataSchemaUrl: string;
  /** What the page's <head> says to machines: JSON-LD, citation tags, the preview image. */
  head: {
    jsonLd: ReturnType<typeof roundJsonLd>;
    metaTags: [string, string][];
    socialImage: { url: string; alt: string };
    /** The link-preview title: it names the consultations, since a preview shows nothing else. */
    socialTitle: string;
  };
}

/**
 * What every round page needs to know about the other rounds and the subjects, worked out once
 * for all pages: sorting all rounds for each page would make a build of n rounds cost n².
 */
interface RoundsContext {
  sorted: readonly RoundRecord[];
  /** A round's position in `sorted`, by its number. */
  position: ReadonlyMap<number, number>;
  /** The later rounds whose release lists a round among its previous consultations, by its number. */
  listedIn: ReadonlyMap<number, RoundRecord[]>;
  subjects: ReadonlyMap<string, SubjectRecord>;
}

function getRoundsContext(rounds: readonly RoundRecord[], subjects: readonly SubjectRecord[]): RoundsContext {
  const sorted = sortRounds(rounds);
  const listedIn = new Map<number, RoundRecord[]>();
  for (const r of sorted)
    for (const p of new Set(r.data.previous.map((entry) => entry.round)))
      listedIn.set(p, [...(listedIn.get(p) ?? []), r]);
  return {
    sorted,
    position: new Map(sorted.map((r, i) => [r.data.round, i])),
    listedIn,
    subjects: new Map(subjects.map((s) => [s.id, s])),
  };
}

/** The data of every round's page, by round number, computed in one pass over the rounds. */
export function getAllRoundPageData(
  rounds: readonly (RoundRecord & { mentions?: readonly Mention[] })[],
  language: PageLanguage,
  {
    subjects = [],
    citationUrlFor,
  }: {
    subjects?: readonly SubjectRecord[];
    /** Absolute links as citations give them: to the English page, which a citation names. */
    citationUrlFor: (path: string) => string;
  },
): Map<number, RoundPageData> {
  const context = getRoundsContext(rounds, subjects);
  const settings = { citationUrlFor, language };
  return new Map(rounds.map((r) => [r.data.round, buildRoundPageData(r, context, settings, r.mentions ?? [])]));
}

interface PageSettings {
  citationUrlFor: (path: string) => string;
  language: PageLanguage;
}

function buildRoundPageData(
  record: RoundRecord,
  context: RoundsContext,
  { citationUrlFor, language }: PageSettings,
  mentions: readonly Mention[],
): RoundPageData {
  const { t, urlFor } = language;
  const summary = toRoundSummary(record, language);
  const linked = (id: string) => {
    const s = context.subjects.get(id);
    return (
      s && {
        name: subjectName(s, language.locale),
        kind: s.data.kind,
        url: language.absoluteUrlFor(subjectPath(id)),
        href: urlFor(subjectPath(id)),
      }
    );
  };
  const raisedIds = [...new Set(record.data.raised.flatMap((r) => r.subjects))];
  const namedIds = [...new Set(mentions.map((m) => m.subject))];
  const raised = raisedIds.flatMap((id) => linked(id) ?? []);
  const named = namedIds.flatMap((id) => linked(id) ?? []);
  const position = context.position.get(record.data.round)!;
  const [previous, next] = [context.sorted[position - 1], context.sorted[position + 1]];
  const canonicalUrl = language.absoluteUrlFor(roundPath(record.data.round));
  const citedUrl = citationUrlFor(roundPath(record.data.round));
  const { round, date, place, title, source } = record.data;
  const recordSection = getRecordSection(
    record.data,
    (id) => {
      const s = context.subjects.get(id);
      // A subject the text names is found by its names in the "Named here" line of its paragraph.
      if (!s || namedIds.includes(id)) return [];
      // On a Russian page, searched by Russian readers, the Russian names (labels decline them:
      // "Дело Магнитского"); on an English page every name, Cyrillic ones included.
      return language.locale === 'ru' ? [s.data.ru.name, ...s.data.aliases.filter(isCyrillic)] : subjectNames(s);
    },
    language,
    // The release's words are on this very page: its links are fragments.
    '',
  );
  return {
    ...summary,
    canonicalUrl,
    // A citation names an English document as published: it stays English, with the English
    // page's address, on every page, like the citation files it matches.
    citation: formatCitation(record.data, citedUrl),
    citationData: JSON.stringify({
      round,
      date,
      place,
      title,
      source,
      scheduled: record.data.scheduled,
      corrections: record.data.corrections.map((c) => ({ date: toIsoDate(c.date) })),
      pageUrl: citedUrl,
    }),
    dateLabel: roundDateLabel(record.data, language),
    documentTitle: t.round.documentTitle(summary.label, summary.displayDate),
    releaseTitle: record.data.title,
    source: record.data.source,
    issuer: recordWords(record.data, language.locale).issuer,
    nextExpected: record.data.nextExpected,
    previousConsultations: record.data.previous.map((entry) => ({
      label: t.round.label(entry.round),
      displayDate: formatRoundDate(entry.date, language),
      isoDate: toIsoDate(entry.date),
      href: urlFor(roundPath(entry.round)),
      sourceUrl: entry.url,
    })),
    navigation: {
      previous: previous && toRoundSummary(previous, language),
      next: next && toRoundSummary(next, language),
    },
    record: recordSection,
    accounts: getAccountsTable(record.data, recordSection, linked, language),
    subjects: [...new Set([...raisedIds, ...namedIds])].flatMap((id) => {
      const subject = linked(id);
      return subject ? [{ id, name: subject.name, href: subject.href }] : [];
    }),
    listedIn: (context.listedIn.get(record.data.round) ?? []).map((r) => toRoundSummary(r, language)),
    corrections: getRoundCorrections(record.data, language),
    archivedCopiesUrl: source?.url ? savedCopiesUrl(source.url) : undefined,
    citeFiles: [
      { label: 'BibTeX', format: 'bib', href: urlFor(roundCitePath(record.data.round, 'bib')) },
      { label: 'RIS', format: 'ris', href: urlFor(roundCitePath(record.data.round, 'ris')) },
      { label: 'CSL-JSON', format: 'json', href: urlFor(roundCitePath(record.data.round, 'json')) },
    ],
    dataUrl: urlFor(roundDataPath(record.data.round)),
    dataSchemaUrl: urlFor(FILES.roundsSchema),
    head: {
      jsonLd: roundJsonLd(record.data, canonicalUrl, {
        raised,
        named,
        eventName: t.round.eventName(record.data.round),
        place: summary.place,
        scheduledNote: summary.dateWords,
      }),
      metaTags: citationMetaTags(record.data, canonicalUrl),
      socialTitle: t.round.socialTitle(summary.label, summary.displayDate),
      socialImage: {
        // Beside the page, in its language: /rounds/18/og.png, /ru/rounds/18/og.png.
        url: `${canonicalUrl}og.png`,
        alt: t.round.socialTitle(summary.label, summary.displayDate),
      },
    },
  };
}
