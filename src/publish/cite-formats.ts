/**
 * A round as reference-manager records: BibTeX (biblatex), RIS and CSL-JSON, generated at build
 * time for /rounds/<n>/cite.bib, cite.ris and cite.json. Dates carry only what the record knows:
 * a month-only date stays a month, an uncertain one is marked as such in each format's own way.
 * Pure: the page URL comes in as an argument.
 */
import { citationAuthor, citationTitle, recordVersion, type CitableRound } from './citation.ts';
import { formatOrdinal } from '../format/ordinals.ts';
import { dateParts } from '../format/dates.ts';

/** A stable citation key: round 18 -> "eu-russia-hr-consultations-18". */
function citationKey(round: CitableRound): string {
  return `eu-russia-hr-consultations-${round.round}`;
}

/** What kind of document is cited: the Council's press release, or the archive's record of the round. */
function documentType(round: CitableRound): string {
  return round.source ? 'Press release' : 'Record of public sources';
}

function note(round: CitableRound): string {
  const place = round.place ? `, ${round.place}` : '';
  const scheduled = round.scheduled ? ' (scheduled; no source reports the meeting afterwards)' : '';
  const version = recordVersion(round);
  return `${documentType(round)} on the ${formatOrdinal(round.round)} round of the EU–Russian Federation human rights consultations${place}${scheduled}${version ? `; record as corrected on ${version}` : ''}`;
}

/** Escapes BibTeX's special characters in a field value. */
function bibtexValue(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/**
 * A BibTeX @misc entry. The author is corporate and the title keeps its capitals, so both are
 * braced twice. `date` is biblatex's EDTF (2008-10, 2007-10-03?, 2009-05-25/2009-05-26), the
 * one date field (a `month` beside it would be a second, which biblatex overwrites); `year` is
 * there for classic BibTeX styles, which know no `date`.
 */
export function toBibtex(round: CitableRound, pageUrl: string): string {
  const [year] = dateParts(round.date);
  const author = bibtexValue(citationAuthor(round));
  const fields: [string, string][] = [
    ['author', `{${author}}`],
    ['title', `{${bibtexValue(citationTitle(round))}}`],
    ['type', documentType(round)],
    ['publisher', `{${author}}`],
    ['year', String(year)],
    ['date', round.date.edtf],
    ['note', bibtexValue(note(round))],
    ...(recordVersion(round) ? ([['version', recordVersion(round)!]] as [string, string][]) : []),
    ['url', pageUrl],
    // The official document as a link biblatex prints (eprinttype url), beside the page's own url.
    ...(round.source?.url
      ? ([
          ['eprint', round.source.url],
          ['eprinttype', 'url'],
        ] as [string, string][])
      : []),
    ['language', 'english'],
  ];
  return `@misc{${citationKey(round)},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n')}\n}\n`;
}

/**
 * An RIS record of type GEN (generic): what is cited is the archive's page on a round, which
 * reference managers read alike whatever the round holds. DA keeps RIS's four parts, empty
 * where unknown: 2008/10//. RIS's CY is the place of publication, not where the round met: the
 * meeting's place is in the note (N1).
 */
export function toRis(round: CitableRound, pageUrl: string): string {
  const [year, month, day] = dateParts(round.date);
  const pad = (n: number | undefined) => (n ? String(n).padStart(2, '0') : '');
  const doubt = round.date.uncertain ? 'uncertain' : '';
  const author = citationAuthor(round);
  const lines = [
    ['TY', 'GEN'],
    ['AU', author],
    ['TI', citationTitle(round)],
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/${doubt}`],
    ['PB', author],
    ['N1', note(round)],
    ...(recordVersion(round) ? [['ET', `record as corrected on ${recordVersion(round)}`]] : []),
    ['UR', pageUrl],
    ...(round.source?.url ? [['L1', round.source.url]] : []),
    ['LA', 'en'],
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n')}\r\n`;
}

/** A CSL-JSON item (an array of one): date-parts with only the known parts, `circa` when uncertain. */
export function toCslJson(round: CitableRound, pageUrl: string): string {
  const author = citationAuthor(round);
  const issued =
    round.date.precision === 'span'
      ? [dateParts(round.date.earliest), dateParts(round.date.latest)]
      : [dateParts(round.date)];
  const item = {
    id: citationKey(round),
    type: 'report',
    genre: documentType(round),
    title: citationTitle(round),
    author: [{ literal: author }],
    publisher: author,
    ...(round.place ? { 'event-place': round.place, 'publisher-place': round.place } : {}),
    'event-title': `${formatOrdinal(round.round)} round of the EU–Russian Federation human rights consultations`,
    issued: { 'date-parts': issued, ...(round.date.uncertain ? { circa: true } : {}) },
    URL: pageUrl,
    ...(recordVersion(round) ? { version: recordVersion(round) } : {}),
    ...(round.scheduled ? { status: 'scheduled' } : {}),
    ...(round.source?.url ? { note: `Official document: ${round.source.url}` } : {}),
    language: 'en',
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
