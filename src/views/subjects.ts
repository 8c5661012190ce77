/**
 * Page data of the cross-round index: /subjects/ (every subject by kind), /subjects/<id>/ (where
 * a subject was raised or named, with sources and paragraph links) and /subjects/matrix/
 * (subjects × rounds, or × years in a large archive). Pure: subjects, rounds, `urlFor` and the
 * listing limits come in as arguments. Where every subject appears is worked out once, in one
 * pass over the rounds (indexSubjects), not once per subject and page.
 */
import type { Mention } from '../record/mentions.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import type { SubjectRecord } from '../record/subject-schema.ts';
import { sortRounds } from '../record/round-order.ts';
import { SUBJECT_KINDS } from '../record/subject-kinds.ts';
import { paragraphId } from '../record/paragraph-id.ts';
import { toRoundSummary, type RoundSummary } from './round-summary.ts';
import { decadeMatrixPath, PAGES, subjectFeedPath, subjectPagePath, subjectPath, yearPath } from '../format/urls.ts';
import type { PageLanguage } from '../i18n/index.ts';
import { nameLang } from '../i18n/scripts.ts';
import { recordWords } from './record-words.ts';
import { referenceLink, resolveReference } from '../record/source-references.ts';
import { subjectDescription, subjectName } from './subject-names.ts';
import { ACCOUNTS, getRoundAccounts, type Account } from '../record/accounts.ts';
import type { SubjectKind } from '../record/subject-kinds.ts';
import { formatSubjectCitation } from '../publish/citation.ts';

/** A round as the index needs it: its record and, for a text round, the subjects its paragraphs name. */
export interface IndexedRound extends RoundRecord {
  mentions: readonly Mention[];
}

/** One fact of a round's record that files under a subject: what was raised, by whom, with its sources' words. */
export interface RaisedAppearance {
  label: string;
  /** Who raised it, where a source says. */
  by: 'eu' | 'russia' | 'both' | undefined;
  /** "Raised by the EU", or that who raised it is not stated, in the page's language. */
  byText: string;
  /** `publisherLang`: the name's `lang` where it differs from the page's (see nameLang). */
  sources: {
    publisher: string;
    publisherLang: string | undefined;
    description: string;
    url?: string;
    /** The source's words for the fact, verbatim, with their `lang` and a link to them. */
    words?: { text: string; lang: string | undefined; href: string | undefined };
  }[];
}

/** One round where a subject appears: raised there (by whom, with sources) and/or named in its text. */
export interface SubjectAppearance {
  round: RoundSummary;
  /** The facts of the round's record filed under the subject; empty where it is only named. */
  raised: RaisedAppearance[];
  mentions: { paragraph: number; href: string; sentence: string }[];
  /** Where the evidence is: the first paragraph that names it, else the round's record. */
  evidenceHref: string;
}

/** A subject in lists: name, kind and how widely it appears. */
export interface SubjectSummary {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  href: string;
  aliases: string[];
  /** Its name in the other language, for the filter of the subjects list: "GOLOS" on a Russian page. */
  otherName: string;
  roundCount: number;
  /** "2010–2013", or one year. */
  years: string;
}

/** Where every subject appears, oldest round first, worked out in one pass over the rounds. */
export type SubjectAppearances = ReadonlyMap<string, SubjectAppearance[]>;

/** Indexes every subject's appearances: raised at a round (its record) or named in its text. */
export function indexSubjects(
  subjects: readonly SubjectRecord[],
  rounds: readonly IndexedRound[],
  language: PageLanguage,
): SubjectAppearances {
  const { t } = language;
  const index = new Map<string, SubjectAppearance[]>(subjects.map((s) => [s.id, []]));
  for (const round of sortRounds(rounds)) {
    const summary = toRoundSummary(round, language);
    const words = recordWords(round.data, language.locale);
    const ids = new Set([...round.data.raised.flatMap((r) => r.subjects), ...round.mentions.map((m) => m.subject)]);
    for (const id of ids) {
      const list = index.get(id);
      if (!list) continue;
      const mentions = round.mentions.filter((m) => m.subject === id);
      list.push({
        round: summary,
        raised: round.data.raised.flatMap((item, i) =>
          item.subjects.includes(id)
            ? [
                {
                  label: words.raised(i),
                  by: item.by,
                  byText: item.by ? t.subjects.raisedBy[item.by] : t.subjects.raisedByUnknown,
                  sources: item.sources.map((reference) => {
                    const ref = resolveReference(reference);
                    const s = round.data.sources.find((source) => source.id === ref.source)!;
                    return {
                      publisher: s.publisher,
                      publisherLang: nameLang(s.publisher, s.language, language.locale),
                      description: words.source(ref.source),
                      ...(s.url ? { url: s.url } : {}),
                      ...(ref.phrases.length
                        ? {
                            words: {
                              text: ref.phrases.join(' … '),
                              lang: s.language === language.locale ? undefined : s.language,
                              href: referenceLink(ref, s, summary.href),
                            },
                          }
                        : {}),
                    };
                  }),
                },
              ]
            : [],
        ),
        mentions: mentions.map((m) => ({
          paragraph: m.paragraph,
          href: `${summary.href}#${paragraphId(m.paragraph)}`,
          sentence: m.sentence,
        })),
        evidenceHref: mentions[0]
          ? `${summary.href}#${paragraphId(mentions[0].paragraph)}`
          : `${summary.href}#record-heading`,
      });
    }
  }
  return index;
}

/** "2010–2013", or one year, or '' for none. */
function yearSpan(years: readonly number[]): string {
  if (!years.length) return '';
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first}–${last}`;
}

/** Summarises a subject for lists. */
export function toSubjectSummary(
  subject: SubjectRecord,
  appearances: SubjectAppearances,
  language: PageLanguage,
): SubjectSummary {
  const years = (appearances.get(subject.id) ?? []).map((a) => a.round.year);
  return {
    id: subject.id,
    name: subjectName(subject, language.locale),
    kind: subject.data.kind,
    kindLabel: language.t.subjects.kinds[subject.data.kind],
    href: language.urlFor(subjectPath(subject.id)),
    aliases: subject.data.aliases,
    otherName: subjectName(subject, language.locale === 'ru' ? 'en' : 'ru'),
    roundCount: years.length,
    years: yearSpan(years),
  };
}

/** /subjects/: every subject, grouped by kind, by name within a kind. */
export function getSubjectIndex(
  subjects: readonly SubjectRecord[],
  appearances: SubjectAppearances,
  language: PageLanguage,
) {
  const summaries = subjects.map((s) => toSubjectSummary(s, appearances, language));
  return {
    count: summaries.length,
    groups: SUBJECT_KINDS.map((kind) => ({
      kind,
      label: language.t.subjects.kinds[kind],
      subjects: summaries.filter((s) => s.kind === kind).sort((a, b) => a.name.localeCompare(b.name, language.intl)),
    })).filter((group) => group.subjects.length),
  };
}

/** One page of a subject's appearances: the first at /subjects/<id>/, the next at /subjects/<id>/2/, … */
export interface SubjectPageLink {
  number: number;
  href: string;
  /** The years its appearances span: "2005–2008". */
  years: string;
  current: boolean;
}

/**
 * Every page of every subject: its name, other names, related subjects and its appearances,
 * `pageSize` rounds a page, oldest first, so a page's address keeps its rounds as the archive
 * grows. Only the first page is the subject's search result; the others continue its list.
 */
export function getSubjectPages(
  subjects: readonly SubjectRecord[],
  appearances: SubjectAppearances,
  {
    pageSize,
    language,
    citationUrlFor,
  }: {
    pageSize: number;
    language: PageLanguage;
    /** Absolute links as citations give them: to the English page, which a citation names. */
    citationUrlFor: (path: string) => string;
  },
) {
  const { t } = language;
  const byId = new Map(subjects.map((s) => [s.id, s]));
  return subjects.flatMap((subject) => {
    const summary = toSubjectSummary(subject, appearances, language);
    const all = appearances.get(subject.id) ?? [];
    const chunks = Array.from({ length: Math.max(1, Math.ceil(all.length / pageSize)) }, (_, i) =>
      all.slice(i * pageSize, (i + 1) * pageSize),
    );
    return chunks.map((chunk, i) => ({
      ...summary,
      number: i + 1,
      /** The position of this page's first round in the whole list (1 on the first page). */
      firstIndex: i * pageSize + 1,
      pageCount: chunks.length,
      pageHref: language.urlFor(subjectPagePath(subject.id, i + 1)),
      /** Its own Atom feed (the same for every language, like the site's feed). */
      feedHref: language.urlFor(subjectFeedPath(subject.id)),
      /** The search page narrowed to the rounds that raised or named it. */
      searchHref: `${language.urlFor(PAGES.search)}?subject=${encodeURIComponent(subject.id)}`,
      pages: chunks.map((c, j) => ({
        number: j + 1,
        href: language.urlFor(subjectPagePath(subject.id, j + 1)),
        years: yearSpan(c.map((a) => a.round.year)),
        current: j === i,
      })),
      description: subjectDescription(subject, language.locale),
      related: subject.data.related.map((id) => toSubjectSummary(byId.get(id)!, appearances, language)),
      appearances: chunk,
      /** The subject's citation, in English like every citation, naming its first page and every round it spans. */
      citation: formatSubjectCitation(
        { name: subjectName(subject, 'en'), rounds: all.map((a) => a.round) },
        citationUrlFor(subjectPath(subject.id)),
      ),
      documentTitle: t.subjects.documentTitle(summary.name, i + 1, chunks.length),
      /** What a search result for the subject says of its reach: "raised in 5 rounds, 2010–2013". */
      reach: t.subjects.reach(
        all.every((a) => a.raised.length > 0),
        summary.roundCount,
        summary.years,
      ),
      metaDescription: t.subjects.metaDescription(
        subjectDescription(subject, language.locale),
        summary.roundCount,
        summary.years,
        i + 1,
        chunks.length,
      ),
    }));
  });
}

export type SubjectPageData = ReturnType<typeof getSubjectPages>[number];

/** A column of the matrix: one round, or one year of rounds in a large archive. */
export interface MatrixColumn {
  key: string;
  /** The column header's text: "18" or "2013". */
  heading: string;
  /** The header's link and its accessible name. */
  href: string;
  label: string;
}

/** What the matrix shows: where each subject appears (raised or named), or who reported it (accounts). */
export type MatrixView = 'appearances' | 'accounts';

export interface MatrixCell {
  href: string;
  /** In the accounts view, the accounts that report the subject there, in ACCOUNTS order. */
  accounts: Account[];
  /** The mark's accessible name; undefined where the table headers say it (counts by year). */
  label: string | undefined;
  /** What the cell shows: ● raised, ○ named only, or a number of rounds. */
  text: string;
  raised: boolean;
  named: boolean;
}

/** One page of the matrix, and the others. */
export interface SubjectMatrix {
  by: 'round' | 'year';
  view: MatrixView;
  columns: MatrixColumn[];
  groups: {
    kind: SubjectKind;
    label: string;
    rows: { subject: SubjectSummary; cells: (MatrixCell | undefined)[] }[];
  }[];
  /** Where this page is among the matrix pages (one per decade in a large archive). */
  pages: { label: string; href: string; current: boolean }[];
  title: string;
}

/** The rows of a matrix: subjects by kind, a cell per column. */
function matrixRows<C>(
  subjects: readonly SubjectRecord[],
  appearances: SubjectAppearances,
  columns: readonly C[],
  cell: (summary: SubjectSummary, column: C, list: readonly SubjectAppearance[]) => MatrixCell | undefined,
  language: PageLanguage,
) {
  return getSubjectIndex(subjects, appearances, language).groups.map((group) => ({
    kind: group.kind,
    label: group.label,
    rows: group.subjects.map((summary) => {
      const list = appearances.get(summary.id) ?? [];
      return { subject: summary, cells: columns.map((c) => cell(summary, c, list)) };
    }),
  }));
}

/** Subjects × rounds: a cell marks an appearance and links to its evidence. For the CSV too. */
export function getSubjectRoundMatrix(
  subjects: readonly SubjectRecord[],
  rounds: readonly IndexedRound[],
  appearances: SubjectAppearances,
  language: PageLanguage,
  view: MatrixView = 'appearances',
): SubjectMatrix {
  const { t } = language;
  const sorted = sortRounds(rounds);
  const summaries = sorted.map((r) => toRoundSummary(r, language));
  // Who reported what is read from the rounds only for the accounts view.
  const reportsOf = view === 'accounts' ? accountsBySubjectAndRound(sorted) : new Map<string, Map<number, Account[]>>();
  const byRound = new Map(
    [...appearances].map(([id, list]) => [id, new Map(list.map((a) => [a.round.round, a]))] as const),
  );
  return {
    by: 'round',
    columns: summaries.map((r) => ({
      key: String(r.round),
      heading: String(r.round),
      href: r.href,
      label: t.subjects.roundColumn(r.round, r.displayDate),
    })),
    groups: matrixRows(
      subjects,
      appearances,
      summaries,
      (summary, column) => {
        const a = byRound.get(summary.id)?.get(column.round);
        if (!a) return undefined;
        if (view === 'accounts') {
          const accounts = reportsOf.get(summary.id)?.get(column.round) ?? [];
          if (!accounts.length) return undefined;
          // The name starts with the visible codes, so it contains the mark's text.
          const text = accounts.map((x) => t.accounts.code[x]).join(' ');
          return {
            href: `${column.href}#accounts`,
            accounts,
            label: t.accounts.matrixCell(
              text,
              summary.name,
              column.label,
              accounts.map((x) => t.accounts.name[x]),
            ),
            text,
            raised: true,
            named: a.mentions.length > 0,
          };
        }
        return {
          href: a.evidenceHref,
          accounts: [],
          label: t.subjects.matrixCell(summary.name, a.raised.length > 0, a.mentions.length > 0, column.label),
          text: a.raised.length ? '●' : '○',
          raised: a.raised.length > 0,
          named: a.mentions.length > 0,
        };
      },
      language,
    ),
    pages: [],
    title: view === 'accounts' ? t.accounts.matrixTitle : t.subjects.matrixTitle,
    view,
  };
}

/** Which accounts report each subject at each round: subject -> round -> accounts (record/accounts.ts). */
function accountsBySubjectAndRound(rounds: readonly RoundRecord[]): Map<string, Map<number, Account[]>> {
  const result = new Map<string, Map<number, Account[]>>();
  for (const { data } of rounds)
    for (const s of getRoundAccounts(data).subjects) {
      const accounts = ACCOUNTS.filter((a) => s.reports[a]);
      if (!result.has(s.subject)) result.set(s.subject, new Map());
      result.get(s.subject)!.set(data.round, accounts);
    }
  return result;
}

/**
 * The matrix of a large archive: subjects × years, a page per decade (the latest at
 * /subjects/matrix/), each cell the number of rounds of that year where the subject appears,
 * linking to the page of the subject's list that holds that year.
 */
export function getSubjectYearMatrices(
  subjects: readonly SubjectRecord[],
  rounds: readonly IndexedRound[],
  appearances: SubjectAppearances,
  { pageSize, language, view = 'appearances' }: { pageSize: number; language: PageLanguage; view?: MatrixView },
): SubjectMatrix[] {
  const { t } = language;
  const sorted = sortRounds(rounds);
  const years = [...new Set(sorted.map((r) => toRoundSummary(r, language).year))];
  const decades = [...new Set(years.map((y) => Math.floor(y / 10) * 10))];
  const latest = decades.at(-1);
  const pages = decades.map((d) => ({
    label: `${d}s`,
    href: language.urlFor(decadeMatrixPath(d, d === latest, view)),
  }));
  // Who reported what is read from the rounds only for the accounts view.
  const reportsOf = view === 'accounts' ? accountsBySubjectAndRound(sorted) : new Map<string, Map<number, Account[]>>();
  return decades.map((decade) => {
    const columns = years.filter((y) => Math.floor(y / 10) * 10 === decade);
    return {
      by: 'year' as const,
      columns: columns.map((y) => ({
        key: String(y),
        heading: String(y),
        href: language.urlFor(yearPath(y)),
        label: t.subjects.roundsOfYear(y),
      })),
      groups: matrixRows(
        subjects,
        appearances,
        columns,
        (summary, year, list) => {
          const index = list.findIndex((a) => a.round.year === year);
          if (index === -1) return undefined;
          const inYear = list.filter((a) => a.round.year === year);
          const page = Math.floor(index / pageSize) + 1;
          const cell = {
            href: `${language.urlFor(subjectPagePath(summary.id, page))}#round-${list[index]!.round.round}`,
            accounts: [] as Account[],
            label: undefined,
            text: String(inYear.length),
            raised: inYear.some((a) => a.raised.length > 0),
            named: inYear.some((a) => a.mentions.length > 0),
          };
          if (view === 'appearances') return cell;
          // The accounts that report it at any round of the year.
          const reported = new Set(inYear.flatMap((a) => reportsOf.get(summary.id)?.get(a.round.round) ?? []));
          const accounts = ACCOUNTS.filter((x) => reported.has(x));
          if (!accounts.length) return undefined;
          return { ...cell, accounts, text: accounts.map((x) => t.accounts.code[x]).join(' ') };
        },
        language,
      ),
      pages: pages.map((p) => ({ ...p, current: p.label === `${decade}s` })),
      title:
        view === 'accounts'
          ? t.accounts.matrixByYearTitle(decades.length > 1 ? decade : undefined)
          : t.subjects.matrixByYearTitle(decades.length > 1 ? decade : undefined),
      view,
    };
  });
}

/**
 * Every page of the matrix: one table of subjects × rounds while the rounds are at most `limit`;
 * past that, subjects × years, a page per decade. The last page is /subjects/matrix/.
 */
export function getSubjectMatrices(
  subjects: readonly SubjectRecord[],
  rounds: readonly IndexedRound[],
  {
    limit,
    pageSize,
    language,
    view = 'appearances',
  }: { limit: number; pageSize: number; language: PageLanguage; view?: MatrixView },
): SubjectMatrix[] {
  const appearances = indexSubjects(subjects, rounds, language);
  return rounds.length <= limit
    ? [getSubjectRoundMatrix(subjects, rounds, appearances, language, view)]
    : getSubjectYearMatrices(subjects, rounds, appearances, { pageSize, language, view });
}
