/**
 * From an official release's text to a round file: the title and paragraphs verbatim (only the
 * source's line breaks joined), the round number, date and place read from the opening
 * paragraph, the release's list of previous consultations, and the next round's timing. Pure:
 * text in, draft and warnings out; tools/import.ts reads files and writes the result.
 */
// Single-function entry points: the package's index takes over a second to load.
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { stringify } from 'yaml';
import { parseOrdinal } from '../../src/format/ordinals.ts';
import { toIsoDate } from '../../src/format/dates.ts';
import { roundSchema } from '../../src/record/round-schema.ts';

/** What the command line may set instead of reading it from the text. */
export interface ImportOverrides {
  round?: number;
  /** YYYY-MM-DD */
  date?: string;
  place?: string;
  issuer?: string;
  url?: string;
}

/** A round file before the editor's summary: everything the release itself says. */
export interface RoundDraft {
  round: number;
  date: string;
  place: string | undefined;
  title: string;
  issuer: string;
  url: string | undefined;
  previous: { round: number; date: string; url: string }[];
  nextExpected: string | undefined;
  paragraphs: string[];
}

/** The placeholder the importer leaves for the editor; the schema refuses it, so nothing half-imported is published. */
export const SUMMARY_PLACEHOLDER = 'TODO: one plain sentence of the archive’s own about this round';

/** The same placeholder for the Russian summary (ru.summary). */
export const SUMMARY_PLACEHOLDER_RU = 'TODO: одно простое предложение архива об этом раунде';

/** A problem with the input that stops the import, as one line for the person running it. */
export class ImportError extends Error {}

const PREVIOUS_HEADING = /^previous human rights consultations:?$/i;

/** Reads a release's date as written ("28 November 2013") as YYYY-MM-DD, or undefined. */
export function parseReleaseDate(text: string): string | undefined {
  const date = parse(text.trim(), 'd MMMM yyyy', new Date(Date.UTC(2000, 0, 1)));
  if (!isValid(date)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Splits text into blocks separated by blank (or whitespace-only) lines; each block is its trimmed lines. */
function splitBlocks(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/**
 * Joins a block's lines into one paragraph: with a space, except after a line that ends in a
 * hyphen, where the hyphen is kept and the next line follows directly (reported for checking).
 */
function joinLines(lines: string[], warn: (message: string) => void): string {
  // Each line is looked at once, against the line before it: joining stays linear in the text.
  const parts: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous !== undefined && /[A-Za-z]-$/.test(previous)) {
      const word = `${previous.slice(previous.lastIndexOf(' ') + 1)}${/^\S+/.exec(line)![0]}`;
      warn(`a line ends with a hyphen; joined as "${word}": check it against the original`);
      parts.push(line);
    } else parts.push(i === 0 ? line : ` ${line}`);
  });
  return parts.join('');
}

/** Parses a release's text; throws ImportError with one line saying what was expected. */
export function parseRelease(text: string, overrides: ImportOverrides = {}): { draft: RoundDraft; warnings: string[] } {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const blocks = splitBlocks(text);
  if (!blocks.length) throw new ImportError('the text is empty; expected a release: a title line, then paragraphs');

  const [titleBlock, ...rest] = blocks;
  const title = joinLines(titleBlock!, warn);
  const headingIndex = rest.findIndex((lines) => lines.length === 1 && PREVIOUS_HEADING.test(lines[0]!));
  const bodyBlocks = headingIndex === -1 ? rest : rest.slice(0, headingIndex);
  const listLines = headingIndex === -1 ? [] : rest.slice(headingIndex + 1).flat();
  const paragraphs = bodyBlocks.map((lines) => joinLines(lines, warn));
  if (!paragraphs.length) {
    throw new ImportError(
      'no paragraphs found; expected the title line, a blank line, then paragraphs separated by blank lines',
    );
  }

  const opening = paragraphs[0]!;
  const ordinal = /held their ([a-z]+(?:[- ][a-z]+)?) round/i.exec(opening)?.[1];
  const round = overrides.round ?? (ordinal ? parseOrdinal(ordinal) : undefined);
  if (!round) {
    throw new ImportError(
      `the round number could not be read from the opening paragraph (expected "held their <ordinal> round", such as "eighteenth"); give it with --round`,
    );
  }
  const writtenDate = /^On (\d{1,2} [A-Z][a-z]+ \d{4})/.exec(opening)?.[1];
  const date = overrides.date ?? (writtenDate ? parseReleaseDate(writtenDate) : undefined);
  if (!date) {
    throw new ImportError(
      writtenDate
        ? `the date "${writtenDate}" could not be parsed; expected a day, an English month name and a year, or --date YYYY-MM-DD`
        : 'the date could not be read from the opening paragraph (expected it to start "On 28 November 2013"); give it with --date YYYY-MM-DD',
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseReleaseDate(formatIsoAsWords(date))) {
    throw new ImportError(`--date is "${date}"; expected a real day written YYYY-MM-DD, such as 2013-11-28`);
  }
  const place = overrides.place ?? /consultations in ([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)*)/u.exec(opening)?.[1];
  if (!place) warn('the place could not be read from the opening paragraph; give it with --place, or leave it unknown');

  const nextExpected = /next round\b[^.]*?\bshould take place in ([^.]+)\./i.exec(paragraphs.at(-1) ?? '')?.[1];

  // Each entry is a date then its address, on one line or two (PDF layouts differ).
  const previous: RoundDraft['previous'] = [];
  const entries = listLines
    .join(' ')
    .split(/(?<=\S)\s+(?=\d{1,2} [A-Z][a-z]+ \d{4}\b)/)
    .filter(Boolean);
  for (const entry of entries) {
    const [, writtenPrevious = '', url = ''] = /^(\d{1,2} [A-Z][a-z]+ \d{4})\s+(https?:\/\/\S+)$/.exec(entry) ?? [];
    const previousDate = parseReleaseDate(writtenPrevious);
    if (!previousDate) {
      throw new ImportError(
        `the list of previous consultations has "${entry}"; expected a date such as "17 May 2013" followed by its http(s) address`,
      );
    }
    previous.push({ round: round - 1 - previous.length, date: previousDate, url });
  }

  const issuer = overrides.issuer;
  if (!issuer) {
    throw new ImportError('the issuer is not known; expected the file in sources/manifest.json or --issuer "…"');
  }
  return {
    draft: { round, date, place, title, issuer, url: overrides.url, previous, nextExpected, paragraphs },
    warnings,
  };
}

/** 2013-11-28 -> "28 November 2013", to check a --date by reading it back. */
function formatIsoAsWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, 1));
  return `${d} ${month} ${y}`;
}

/**
 * Escapes what Markdown or MDX would read as syntax, so the page shows the release's characters
 * and MDX runs nothing: braces and "<" (MDX expressions, tags and HTML), "&" (character
 * references), emphasis, strikethrough and link marks, a paragraph that starts like a list,
 * heading or quotation ("1. The EU …"), and one that starts with "import" or "export" (which MDX
 * would run as ESM): its first letter is written as a character reference, shown as the letter.
 */
export function escapeMarkdownText(paragraph: string): string {
  return paragraph
    .replace(/[\\`*_{}[\]<&~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([#>+=|-])/, '\\$1')
    .replace(/^(i)(mport\b)|^(e)(xport\b)/i, (_, i, mport, e, xport) =>
      i ? `&#x${i.charCodeAt(0).toString(16)};${mport}` : `&#x${e.charCodeAt(0).toString(16)};${xport}`,
    );
}

/** The frontmatter fields a release gives; an import writes these anew. */
const RELEASE_FIELDS = ['round', 'date', 'place', 'title', 'source', 'previous', 'nextExpected'];

/** The order of fields in every round file: the schema's own. */
const FIELD_ORDER = Object.keys(roundSchema.shape);

/** The fields the editor writes (summary, the record's sources and facts), which an import keeps. */
const EDITOR_FIELDS = FIELD_ORDER.filter((field) => !RELEASE_FIELDS.includes(field));

/** Dates as YAML writes them (YYYY-MM-DD, read back as dates); everything else unchanged. */
function plainDates(value: unknown): unknown {
  if (value instanceof Date) return toIsoDate(value);
  if (Array.isArray(value)) return value.map(plainDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainDates(v)]));
  }
  return value;
}

/** The id the release gets among a round's sources: "council-release-2013-11-28". */
export function releaseSourceId(draft: RoundDraft): string {
  return `council-release-${draft.date}`;
}

/**
 * Writes a draft as a round file (`content/rounds/<n>.mdx`). What the release says (number,
 * date, place, title, official source, its list of previous rounds, the next round's timing)
 * comes from the draft; what the editor wrote (summary, the record's sources and facts) is kept
 * from `existing`, the current file's frontmatter. A new file gets the summary placeholder and
 * the release as the source of its date and place.
 */
export function renderRoundFile(draft: RoundDraft, existing: Record<string, unknown> = {}): string {
  const releaseId = releaseSourceId(draft);
  const fromRelease: Record<string, unknown> = {
    round: draft.round,
    date: draft.date,
    place: draft.place,
    title: draft.title,
    // What the editor learned of the official document later (its address, from a newer
    // release's list) is kept unless this import gives it.
    source: {
      ...(existing.source && typeof existing.source === 'object' ? existing.source : {}),
      issuer: draft.issuer,
      ...(draft.url ? { url: draft.url } : {}),
      format: 'PDF',
    },
    previous: draft.previous.length ? draft.previous : undefined,
    nextExpected: draft.nextExpected,
  };
  const newRecord: Record<string, unknown> = {
    summary: SUMMARY_PLACEHOLDER,
    sources: [
      {
        id: releaseId,
        kind: 'council',
        publisher: draft.issuer,
        description: `The official press release on the round`,
        ...(draft.url ? { url: draft.url } : {}),
        language: 'en',
        // Its text is the file's body: facts may cite it by id, or by paragraph and words.
        textInArchive: true,
      },
    ],
    attested: { date: [releaseId], ...(draft.place ? { place: [releaseId] } : {}) },
    // The Russian words are the editor's too: placeholders the schema refuses until replaced.
    ru: {
      summary: SUMMARY_PLACEHOLDER_RU,
      ...(draft.place ? { place: `TODO: ${draft.place} по-русски` } : {}),
      issuer: `TODO: ${draft.issuer} по-русски`,
      sources: { [releaseId]: 'Официальный пресс-релиз о раунде' },
    },
  };
  const kept = Object.fromEntries(EDITOR_FIELDS.filter((f) => f in existing).map((f) => [f, existing[f]]));
  const merged: Record<string, unknown> = { ...fromRelease, ...(Object.keys(kept).length ? kept : newRecord) };
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((f) => merged[f] !== undefined).map((f) => [f, plainDates(merged[f])]),
  );
  const frontmatter = stringify(ordered, { lineWidth: 0, flowCollectionPadding: false });
  return ['---', frontmatter.trimEnd(), '---', '', draft.paragraphs.map(escapeMarkdownText).join('\n\n'), ''].join(
    '\n',
  );
}
