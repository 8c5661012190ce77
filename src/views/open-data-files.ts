/**
 * Every open data file the archive publishes, each made by one function: the endpoint under
 * src/pages serves it, and the download of the whole record (download.ts) packs the very same
 * bytes, so a file in the ZIP is the file on the site. Pure: the record and the links come in as
 * arguments.
 */
import {
  CITE_FORMATS,
  FILES,
  type CiteFormat,
  roundCitePath,
  roundDataPath,
  roundPath,
  subjectPath,
} from '../format/urls.ts';
import type { PageLanguage } from '../i18n/index.ts';
import type { Round } from '../record/rounds.ts';
import type { SubjectRecord } from '../record/subject-schema.ts';
import { toBibtex, toCslJson, toRis } from '../publish/cite-formats.ts';
import { DATA_VERSION, roundsJsonSchema, toLedgerJson, toRoundJson, toRoundListingJson } from '../publish/open-data.ts';
import { toRoundsCsv } from '../publish/rounds-csv.ts';
import {
  SUBJECTS_DATA_VERSION,
  subjectsJsonSchema,
  toAccountsCsv,
  toMatrixCsv,
  toSubjectJson,
} from '../publish/subjects-data.ts';
import { sortRounds } from '../record/round-order.ts';
import { getSubjectRoundMatrix, indexSubjects } from './subjects.ts';

/** One published file: its site path, its text and its media type. */
export interface OpenDataFile {
  path: string;
  body: string;
  type: string;
}

/** Where the files' absolute links point: the published site (the English pages, files have no language). */
type Links = Pick<PageLanguage, 'absoluteUrlFor'>;

const JSON_TYPE = 'application/json; charset=utf-8';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** /data/rounds.json: every round as data, oldest first; each round's text is in its own file. */
export function roundsJsonFile(rounds: readonly Round[], { absoluteUrlFor }: Links): OpenDataFile {
  const body = {
    $schema: absoluteUrlFor(FILES.roundsSchema),
    version: DATA_VERSION,
    rounds: rounds.map((round) => toRoundListingJson(round, absoluteUrlFor)),
    ledger: toLedgerJson(rounds),
  };
  return { path: FILES.roundsJson, body: asJson(body), type: JSON_TYPE };
}

/** /rounds/<n>.json: one round as data, with its text's paragraphs. */
export function roundJsonFile(round: Round, { absoluteUrlFor }: Links): OpenDataFile {
  const body = {
    $schema: absoluteUrlFor(FILES.roundsSchema),
    version: DATA_VERSION,
    round: toRoundJson(round, absoluteUrlFor),
  };
  return { path: roundDataPath(round.data.round), body: asJson(body), type: JSON_TYPE };
}

/** /data/rounds.schema.json: the JSON Schema of the rounds' data files. */
export function roundsSchemaFile({ absoluteUrlFor }: Links): OpenDataFile {
  return {
    path: FILES.roundsSchema,
    body: asJson(roundsJsonSchema(absoluteUrlFor(FILES.roundsSchema))),
    type: SCHEMA_TYPE,
  };
}

/** /data/rounds.csv: every round as a spreadsheet row, oldest first. */
export function roundsCsvFile(rounds: readonly Round[], { absoluteUrlFor }: Links): OpenDataFile {
  return {
    path: FILES.roundsCsv,
    body: toRoundsCsv(rounds.map((round) => toRoundJson(round, absoluteUrlFor))),
    type: CSV_TYPE,
  };
}

/** /data/subjects.json: the cross-round index as data. */
export function subjectsJsonFile(
  subjects: readonly SubjectRecord[],
  rounds: readonly Round[],
  language: PageLanguage,
): OpenDataFile {
  const appearances = indexSubjects(subjects, rounds, language);
  const body = {
    $schema: language.absoluteUrlFor(FILES.subjectsSchema),
    version: SUBJECTS_DATA_VERSION,
    subjects: subjects.map((s) =>
      toSubjectJson(s, appearances.get(s.id)!, language.absoluteHref, language.urlFor(subjectPath(s.id))),
    ),
  };
  return { path: FILES.subjectsJson, body: asJson(body), type: JSON_TYPE };
}

/** /data/subjects.schema.json: the JSON Schema of /data/subjects.json. */
export function subjectsSchemaFile({ absoluteUrlFor }: Links): OpenDataFile {
  return {
    path: FILES.subjectsSchema,
    body: asJson(subjectsJsonSchema(absoluteUrlFor(FILES.subjectsSchema))),
    type: SCHEMA_TYPE,
  };
}

/** /subjects/matrix.csv: the subjects-by-round table for spreadsheets, every round whatever the archive's size. */
export function matrixCsvFile(
  subjects: readonly SubjectRecord[],
  rounds: readonly Round[],
  language: PageLanguage,
): OpenDataFile {
  const matrix = getSubjectRoundMatrix(subjects, rounds, indexSubjects(subjects, rounds, language), language);
  return { path: FILES.matrixCsv, body: toMatrixCsv(matrix), type: CSV_TYPE };
}

/** /subjects/accounts.csv: who reported what, round by round, source by source. */
export function accountsCsvFile(subjects: readonly SubjectRecord[], rounds: readonly Round[]): OpenDataFile {
  const byId = new Map(subjects.map((s) => [s.id, { name: s.data.name, kind: s.data.kind }]));
  return { path: FILES.accountsCsv, body: toAccountsCsv(sortRounds(rounds), (id) => byId.get(id)), type: CSV_TYPE };
}

const CITATIONS: Record<CiteFormat, { render: typeof toBibtex; type: string }> = {
  bib: { render: toBibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { render: toRis, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { render: toCslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
};

/** /rounds/<n>/cite.bib, cite.ris and cite.json: the round for reference managers. */
export function citationFile(round: Round, format: CiteFormat, { absoluteUrlFor }: Links): OpenDataFile {
  const { render, type } = CITATIONS[format];
  const n = round.data.round;
  return { path: roundCitePath(n, format), body: render(round.data, absoluteUrlFor(roundPath(n))), type };
}

/** Every open data file of the record, in a stable order: the listings, then each round's files. */
export function allOpenDataFiles(
  subjects: readonly SubjectRecord[],
  rounds: readonly Round[],
  language: PageLanguage,
): OpenDataFile[] {
  return [
    roundsJsonFile(rounds, language),
    roundsSchemaFile(language),
    roundsCsvFile(rounds, language),
    subjectsJsonFile(subjects, rounds, language),
    subjectsSchemaFile(language),
    matrixCsvFile(subjects, rounds, language),
    accountsCsvFile(subjects, rounds),
    ...rounds.flatMap((round) => [
      roundJsonFile(round, language),
      ...CITE_FORMATS.map((format) => citationFile(round, format, language)),
    ]),
  ];
}

/** An open data file as the endpoint's response. */
export function toResponse({ body, type }: OpenDataFile): Response {
  return new Response(body, { headers: { 'Content-Type': type } });
}
