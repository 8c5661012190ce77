/**
 * The one CSV writer of the site's spreadsheets (/data/rounds.csv, /subjects/matrix.csv): RFC
 * 4180 with CRLF line ends, UTF-8 with a byte-order mark so that spreadsheet programs read the
 * accents, and every text cell that a spreadsheet would run as a formula (starting with =, +,
 * -, @, a tab or a carriage return) prefixed with an apostrophe, as OWASP advises against CSV
 * injection: the cell then shows its text. Pure.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would read as a formula: "=1+1" -> "'=1+1"; "-" -> "'-"; others unchanged. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The CSV text of a header row and data rows. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return `\uFEFF${stringify(rows as (string | number | boolean)[][], {
    record_delimiter: 'windows',
    cast: { boolean: (b) => String(b), string: neutraliseFormula },
  })}`;
}
