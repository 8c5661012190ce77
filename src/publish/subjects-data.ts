/**
 * The index as open data: /data/subjects.json (described by /data/subjects.schema.json, derived
 * from the zod schema below) and /subjects/matrix.csv (subjects × rounds). Pure.
 */
import { ACCOUNTS, combineRaisedBy, getRoundAccounts, oneSideOnly } from '../record/accounts.ts';
import type { RoundData } from '../record/round-schema.ts';
import { toIsoDate } from '../format/dates.ts';
import { z } from 'astro/zod';
import { toCsv } from './csv.ts';
import { SUBJECT_KINDS } from '../record/subject-kinds.ts';

/**
 * What the data files need of a subject's appearance at a round (the subject index of
 * views/subjects.ts has this shape and more; publish/ reads view data only through these).
 */
export interface AppearanceInput {
  round: { round: number; href: string };
  raised: readonly { by?: 'eu' | 'russia' | 'both' }[];
  mentions: readonly { paragraph: number; href: string; sentence: string }[];
}

/** What the matrix CSV needs of the subjects × rounds table. */
export interface MatrixInput {
  columns: readonly { key: string }[];
  groups: readonly {
    rows: readonly {
      subject: { id: string; name: string; kind: string };
      cells: readonly ({ raised: boolean } | undefined)[];
    }[];
  }[];
}

/** 1.1.0 added each subject's Russian name and description (`ru`). */
export const SUBJECTS_DATA_VERSION = '1.1.0';

const url = z.url();

/** One subject in the data file. */
export const subjectJsonSchema = z.strictObject({
  id: z.string().describe('Stable id; also the page address /subjects/<id>/.'),
  name: z.string(),
  kind: z.enum(SUBJECT_KINDS),
  aliases: z.array(z.string()).describe('Other spellings, Russian names and common names.'),
  related: z.array(z.string()).describe('Ids of related subjects.'),
  description: z.string().describe('One sentence by the archive.'),
  ru: z
    .strictObject({ name: z.string(), description: z.string() })
    .describe('Its usual Russian name and the description in Russian, as the Russian pages show them.'),
  url: url.describe('The subject’s page.'),
  rounds: z
    .array(
      z.strictObject({
        round: z.int().min(1),
        url,
        raised: z.boolean().describe('Raised at the round, as the record reports.'),
        by: z.string().nullable().describe('Who raised it: the EU, Russia, both sides; null where no source says.'),
        paragraphs: z.array(z.strictObject({ number: z.int().min(1), url, sentence: z.string() })),
      }),
    )
    .describe('Every round where it was raised or named, oldest first.'),
});

export const subjectsFileSchema = z.strictObject({
  $schema: url,
  version: z.string(),
  subjects: z.array(subjectJsonSchema),
});

export type SubjectJson = z.infer<typeof subjectJsonSchema>;

/** Who raised a subject, in the data's words (data format 1). */
const BY = { eu: 'the EU', russia: 'Russia', both: 'both sides' } as const;

/** Who raised a subject at a round that files several facts under it (accounts.ts), in the data's words. */
function combinedBy(sides: readonly ('eu' | 'russia' | 'both' | undefined)[]): string | null {
  const by = combineRaisedBy(sides);
  return by ? BY[by] : null;
}

/** One subject as data; `absolute` turns site links into absolute URLs. */
export function toSubjectJson(
  subject: { id: string; data: Omit<SubjectJson, 'id' | 'url' | 'rounds'> },
  appearances: readonly AppearanceInput[],
  absolute: (href: string) => string,
  pageHref: string,
): SubjectJson {
  return {
    id: subject.id,
    ...subject.data,
    url: absolute(pageHref),
    rounds: appearances.map((a) => ({
      round: a.round.round,
      url: absolute(a.round.href),
      raised: a.raised.length > 0,
      by: combinedBy(a.raised.map((item) => item.by)),
      paragraphs: a.mentions.map((m) => ({ number: m.paragraph, url: absolute(m.href), sentence: m.sentence })),
    })),
  };
}

/** The JSON Schema of /data/subjects.json. */
export function subjectsJsonSchema(schemaUrl: string) {
  return {
    $id: schemaUrl,
    title: 'EU–Russian Federation human rights consultations: subjects',
    description: `The cross-round index, version ${SUBJECTS_DATA_VERSION}.`,
    ...z.toJSONSchema(subjectsFileSchema, { target: 'draft-2020-12' }),
  };
}

/** The matrix as CSV: subject_id, subject, kind, then round_<n> = "raised", "named" or "". */
export function toMatrixCsv(matrix: MatrixInput): string {
  const header = ['subject_id', 'subject', 'kind', ...matrix.columns.map((c) => `round_${c.key}`)];
  const rows = matrix.groups.flatMap((g) =>
    g.rows.map((row) => [
      row.subject.id,
      row.subject.name,
      row.subject.kind,
      ...row.cells.map((cell) => (!cell ? '' : cell.raised ? 'raised' : 'named')),
    ]),
  );
  return toCsv([header, ...rows]);
}

/**
 * /subjects/accounts.csv: one row per subject raised at a round, oldest round first: who raised
 * it, and for each account the ids of its sources cited for it (space-separated; empty where that
 * account is silent), and the side whose account alone reports it (record/accounts.ts).
 */
export function toAccountsCsv(
  rounds: readonly { data: RoundData }[],
  subjectOf: (id: string) => { name: string; kind: string } | undefined,
): string {
  const header = ['round', 'date', 'subject_id', 'subject', 'kind', 'raised_by', ...ACCOUNTS, 'one_side_only'];
  const rows = rounds.flatMap(({ data }) => {
    const { known, subjects } = getRoundAccounts(data);
    return subjects.map((s) => [
      data.round,
      toIsoDate(data.date),
      s.subject,
      subjectOf(s.subject)?.name ?? '',
      subjectOf(s.subject)?.kind ?? '',
      s.by ?? '',
      ...ACCOUNTS.map((a) => [...new Set((s.reports[a] ?? []).map((r) => r.source))].join(' ')),
      oneSideOnly(s, known) ?? '',
    ]);
  });
  return toCsv([header, ...rows]);
}
