/**
 * Page data of /download/ and the ZIP it offers: the whole record in one file. The ZIP holds the
 * record's own files (round and subject files, the received texts, the licence), every open data
 * file exactly as the site serves it (open-data-files.ts), a README in both languages and the
 * SHA-256 of each file. It is made once per build and record (the page in each language and the
 * file itself ask for it), and the same record always gives the same bytes (record-archive.ts).
 */
import { DICTIONARIES, type PageLanguage } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';
import { FILES, PAGES } from '../format/urls.ts';
import type { ProjectFile } from '../record/record-files.ts';
import type { Round } from '../record/rounds.ts';
import type { SubjectRecord } from '../record/subject-schema.ts';
import { sha256Hex, toSha256Sums, zipArchive, type ArchiveEntry } from '../publish/record-archive.ts';
import { allOpenDataFiles } from './open-data-files.ts';

/** The ZIP's one top folder, so unpacking it never scatters files. */
export const ARCHIVE_FOLDER = 'eu-russia-hr-consultations-record';

/** What the README and the page say each part of the ZIP holds, by the part's path prefix. */
const CONTENTS = [
  { path: 'README.md', key: 'readme' },
  { path: 'content/rounds/', key: 'rounds' },
  { path: 'content/subjects/', key: 'subjects' },
  { path: 'sources/', key: 'sources' },
  { path: 'data/', key: 'data' },
  { path: 'rounds/', key: 'roundData' },
  { path: 'subjects/', key: 'matrix' },
  { path: 'SHA256SUMS', key: 'sums' },
  { path: 'LICENSE', key: 'licence' },
] as const;

/** The open data files also linked one by one. */
const SINGLE_FILES = [
  'roundsJson',
  'roundsCsv',
  'subjectsJson',
  'matrixCsv',
  'roundsSchema',
  'subjectsSchema',
] as const;

export interface RecordArchive {
  bytes: Uint8Array;
  sha256: string;
  /** The files inside, by their paths in the top folder. */
  paths: string[];
}

const encoder = new TextEncoder();

/** The README, in every language: where the files come from, what each part holds, the terms. */
function toReadme(paths: readonly string[], downloadUrl: string): string {
  return LOCALES.map((locale) => {
    const words = DICTIONARIES[locale].download;
    const parts = CONTENTS.filter(({ path }) => paths.some((p) => p.startsWith(path))).map(
      ({ path, key }) => `- \`${path}\`: ${words.contents[key]}`,
    );
    return [`# ${words.readmeTitle}`, words.readmeFrom(downloadUrl), parts.join('\n'), words.readmeLicence].join(
      '\n\n',
    );
  })
    .join('\n\n')
    .concat('\n');
}

/** The whole record as a ZIP. `filesLanguage` makes the open data's links (files have no language). */
export function makeRecordArchive(
  {
    subjects,
    rounds,
    projectFiles,
  }: { subjects: readonly SubjectRecord[]; rounds: readonly Round[]; projectFiles: readonly ProjectFile[] },
  filesLanguage: PageLanguage,
): RecordArchive {
  const entries: ArchiveEntry[] = [
    ...projectFiles,
    ...allOpenDataFiles(subjects, rounds, filesLanguage).map(({ path, body }) => ({
      path: path.replace(/^\//, ''),
      bytes: encoder.encode(body),
    })),
  ];
  const paths = [...entries.map((e) => e.path), 'README.md', 'SHA256SUMS'];
  entries.push({
    path: 'README.md',
    bytes: encoder.encode(toReadme(paths, filesLanguage.absoluteUrlFor(PAGES.download))),
  });
  entries.push({ path: 'SHA256SUMS', bytes: encoder.encode(toSha256Sums(entries)) });
  const bytes = zipArchive(ARCHIVE_FOLDER, entries);
  return { bytes, sha256: sha256Hex(bytes), paths: paths.sort() };
}

/**
 * The last archive made, by what it was made from: the page in each language and the file
 * itself would otherwise compress the whole record three times.
 */
let lastArchive: { key: string; archive: RecordArchive } | undefined;

export function getRecordArchive(
  input: Parameters<typeof makeRecordArchive>[0],
  filesLanguage: PageLanguage,
): RecordArchive {
  const key = JSON.stringify([
    input.rounds.map((r) => [r.entry.id, r.entry.digest ?? r.entry.body]),
    input.subjects,
    input.projectFiles.map((f) => [f.path, sha256Hex(f.bytes)]),
    filesLanguage.absoluteUrlFor('/'),
  ]);
  if (lastArchive?.key !== key) lastArchive = { key, archive: makeRecordArchive(input, filesLanguage) };
  return lastArchive.archive;
}

export interface DownloadPageData {
  zip: { href: string; fileName: string; facts: string; sha256: string };
  contents: { path: string; description: string; count: string | undefined }[];
  files: { href: string; path: string; description: string }[];
}

/** A size in the page's language, in kB or MB (decimal units, as browsers show downloads). */
function formatSize(bytes: number, { intl }: PageLanguage): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(intl, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** Everything /download/ shows. */
export function getDownloadPageData(archive: RecordArchive, language: PageLanguage): DownloadPageData {
  const words = language.t.download;
  return {
    zip: {
      href: language.urlFor(FILES.recordZip),
      fileName: FILES.recordZip.split('/').at(-1)!,
      facts: words.zipFacts(formatSize(archive.bytes.length, language), archive.paths.length),
      sha256: archive.sha256,
    },
    contents: CONTENTS.flatMap(({ path, key }) => {
      const count = archive.paths.filter((p) => p.startsWith(path)).length;
      if (!count) return [];
      return [{ path, description: words.contents[key], count: path.endsWith('/') ? words.count(count) : undefined }];
    }),
    files: SINGLE_FILES.map((file) => ({
      href: language.urlFor(FILES[file]),
      path: FILES[file],
      description: words.files[file],
    })),
  };
}
