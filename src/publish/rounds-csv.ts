/**
 * /data/rounds.csv: one row per round for spreadsheets, with stable column names (written by
 * csv.ts: RFC 4180, UTF-8 with a byte-order mark, no cell run as a formula). Multiple values
 * in a cell (sources, raised subjects) are joined with " | ". Pure: rounds in, text out.
 */
import { toCsv } from './csv.ts';
import type { RoundJson } from './open-data.ts';

/** The columns, in order; renaming one breaks readers, so add new ones at the end. */
export const CSV_COLUMNS = [
  'round',
  'date_edtf',
  'date_earliest',
  'date_latest',
  'date_precision',
  'date_uncertain',
  'date_scheduled',
  'numbered_by_sequence',
  'place',
  'has_text',
  'title',
  'official_release_url',
  'raised',
  'source_count',
  'source_urls',
  'page_url',
] as const;

/** The CSV text, oldest round first, CRLF line ends as RFC 4180 asks. */
export function toRoundsCsv(rounds: readonly RoundJson[]): string {
  const rows = rounds.map((r) => [
    r.round,
    r.date.edtf,
    r.date.earliest,
    r.date.latest,
    r.date.precision,
    r.date.uncertain,
    r.date.scheduled,
    r.numberedBySequence,
    r.place?.name ?? '',
    r.hasText,
    r.title ?? '',
    r.source?.url ?? '',
    r.raised.map((item) => item.label).join(' | '),
    r.sources.length,
    r.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' | '),
    r.url,
  ]);
  return toCsv([[...CSV_COLUMNS], ...rows]);
}
