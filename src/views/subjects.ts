/**
 * Page data of the cross-round index: /subjects/ (every subject by kind), /subjects/<id>/ (where
 * a subject was raised or named, with sources and paragraph links) and /subjects/matrix/
 * (subjects × rounds). Pure: subjects, rounds and `urlFor` come in as arguments.
 */
import type { Mention } from '../record/mentions.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import type { SubjectRecord } from '../record/subject-schema.ts';
import { sortRounds } from '../record/round-order.ts';
import { SUBJECT_KIND_LABELS, SUBJECT_KINDS } from '../record/subject-kinds.ts';
import { paragraphId } from '../record/paragraph-id.ts';
import { toRoundSummary, type RoundSummary } from './round-page.ts';

/** A round as the index needs it: its record and, for a text round, the subjects its paragraphs name. */
export interface IndexedRound extends RoundRecord {
  mentions: readonly Mention[];
}

const BY = { eu: 'the EU', russia: 'Russia', both: 'both sides' } as const;

/** One round where a subject appears: raised there (by whom, with sources) and/or named in its text. */
export interface SubjectAppearance {
  round: RoundSummary;
  raised:
    | { label: string; by: string | undefined; sources: { publisher: string; description: string; url?: string }[] }
    | undefined;
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
  roundCount: number;
  /** "2010–2013", or one year. */
  years: string;
}

/** Every round where `subject` appears, oldest first. */
export function getAppearances(
  subject: SubjectRecord,
  rounds: readonly IndexedRound[],
  urlFor: (path: string) => string,
): SubjectAppearance[] {
  return sortRounds(rounds).flatMap((round) => {
    const item = round.data.raised.find((r) => r.subject.id === subject.id);
    const mentions = round.mentions.filter((m) => m.subject === subject.id);
    if (!item && !mentions.length) return [];
    const summary = toRoundSummary(round, urlFor);
    return [
      {
        round: summary,
        raised: item && {
          label: item.subject.label,
          by: item.by && BY[item.by],
          sources: item.sources.map((id) => {
            const s = round.data.sources.find((source) => source.id === id)!;
            return { publisher: s.publisher, description: s.description, ...(s.url ? { url: s.url } : {}) };
          }),
        },
        mentions: mentions.map((m) => ({
          paragraph: m.paragraph,
          href: `${summary.href}#${paragraphId(m.paragraph)}`,
          sentence: m.sentence,
        })),
        evidenceHref: mentions[0]
          ? `${summary.href}#${paragraphId(mentions[0].paragraph)}`
          : `${summary.href}#record-heading`,
      },
    ];
  });
}

/** Summarises a subject for lists. */
export function toSubjectSummary(
  subject: SubjectRecord,
  rounds: readonly IndexedRound[],
  urlFor: (path: string) => string,
): SubjectSummary {
  const years = getAppearances(subject, rounds, urlFor).map((a) => a.round.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return {
    id: subject.id,
    name: subject.data.name,
    kind: subject.data.kind,
    kindLabel: SUBJECT_KIND_LABELS[subject.data.kind],
    href: urlFor(`/subjects/${subject.id}/`),
    aliases: subject.data.aliases,
    roundCount: years.length,
    years: years.length ? (first === last ? String(first) : `${first}–${last}`) : '',
  };
}

/** /subjects/: every subject, grouped by kind, by name within a kind. */
export function getSubjectIndex(
  subjects: readonly SubjectRecord[],
  rounds: readonly IndexedRound[],
  urlFor: (path: string) => string,
) {
  const summaries = subjects.map((s) => toSubjectSummary(s, rounds, urlFor));
  return {
    count: summaries.length,
    groups: SUBJECT_KINDS.map((kind) => ({
      kind,
      label: SUBJECT_KIND_LABELS[kind],
      subjects: summaries.filter((s) => s.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    })).filter((group) => group.subjects.length),
  };
}

/** /subjects/<id>/: the subject, its other names, related subjects and every round where it appears. */
export function getSubjectPageData(
  subject: SubjectRecord,
  subjects: readonly SubjectRecord[],
  rounds: readonly IndexedRound[],
  urlFor: (path: string) => string,
) {
  const summary = toSubjectSummary(subject, rounds, urlFor);
  const appearances = getAppearances(subject, rounds, urlFor);
  return {
    ...summary,
    description: subject.data.description,
    related: subject.data.related.map((id) =>
      toSubjectSummary(
        subjects.find((s) => s.id === id)!,
        rounds,
        urlFor,
      ),
    ),
    appearances,
    documentTitle: `${subject.data.name}: in the consultations`,
    /** What a search result for the subject says of its reach: "raised in 5 rounds, 2010–2013". */
    reach: `${appearances.every((a) => a.raised) ? 'raised in' : 'raised or named in'} ${summary.roundCount === 1 ? 'one round' : `${summary.roundCount} rounds`}, ${summary.years}`,
    metaDescription: `${subject.data.description} Raised or named in ${summary.roundCount === 1 ? 'one round' : `${summary.roundCount} rounds`} of the EU–Russian Federation human rights consultations (${summary.years}).`,
  };
}

/** /subjects/matrix/: subjects (rows, by kind) × rounds (columns); a cell marks an appearance and links to it. */
export function getSubjectMatrix(
  subjects: readonly SubjectRecord[],
  rounds: readonly IndexedRound[],
  urlFor: (path: string) => string,
) {
  const sorted = sortRounds(rounds);
  const columns = sorted.map((r) => toRoundSummary(r, urlFor));
  const { groups } = getSubjectIndex(subjects, rounds, urlFor);
  return {
    columns,
    groups: groups.map((group) => ({
      label: group.label,
      rows: group.subjects.map((summary) => {
        const appearances = getAppearances(
          subjects.find((s) => s.id === summary.id)!,
          rounds,
          urlFor,
        );
        return {
          subject: summary,
          cells: columns.map((column) => {
            const a = appearances.find((x) => x.round.round === column.round);
            if (!a) return undefined;
            const how = [a.raised && 'raised', a.mentions.length && 'named in the text'].filter(Boolean).join(' and ');
            return {
              href: a.evidenceHref,
              label: `${summary.name}: ${how} at the ${column.label}`,
              raised: Boolean(a.raised),
              named: a.mentions.length > 0,
            };
          }),
        };
      }),
    })),
  };
}
