/**
 * A round as reference-manager records: BibTeX, RIS and CSL-JSON, generated at build time for
 * /rounds/<n>/cite.bib, cite.ris and cite.json. Pure: the page URL comes in as an argument.
 */
import { citationTitle, type CitableRound } from './citation.ts';
import { formatOrdinal } from '../format/ordinals.ts';
import { toIsoDate } from '../format/dates.ts';

/** A stable citation key: round 18 -> "eu-russia-hr-consultations-18". */
function citationKey(round: CitableRound): string {
  return `eu-russia-hr-consultations-${round.round}`;
}

function note(round: CitableRound): string {
  const place = round.place ? `, ${round.place}` : '';
  return `Press release on the ${formatOrdinal(round.round)} round of the EU–Russian Federation human rights consultations${place}`;
}

/** Escapes BibTeX's special characters in a field value. */
function bibtexValue(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/**
 * A BibTeX @misc entry. The issuer is a corporate author and the title keeps its capitals, so
 * both are braced twice.
 */
export function toBibtex(round: CitableRound, pageUrl: string): string {
  const [year, month, day] = toIsoDate(round.date).split('-').map(Number);
  const fields: [string, string][] = [
    ['author', `{${bibtexValue(round.source.issuer)}}`],
    ['title', `{${bibtexValue(citationTitle(round))}}`],
    ['type', 'Press release'],
    ['publisher', `{${bibtexValue(round.source.issuer)}}`],
    ['year', String(year)],
    ['month', String(month)],
    ['day', String(day)],
    ['date', toIsoDate(round.date)],
    ['note', bibtexValue(note(round))],
    ['url', pageUrl],
    // The official document as a link biblatex prints (eprinttype url), beside the page's own url.
    ...(round.source.url
      ? ([
          ['eprint', round.source.url],
          ['eprinttype', 'url'],
        ] as [string, string][])
      : []),
    ['language', 'english'],
  ];
  return `@misc{${citationKey(round)},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n')}\n}\n`;
}

/** An RIS record of type GEN (generic): Zotero, EndNote and Mendeley import it. */
export function toRis(round: CitableRound, pageUrl: string): string {
  const date = toIsoDate(round.date);
  const lines = [
    ['TY', 'GEN'],
    ['AU', round.source.issuer],
    ['TI', citationTitle(round)],
    ['PY', date.slice(0, 4)],
    ['DA', date.replaceAll('-', '/')],
    ['PB', round.source.issuer],
    ...(round.place ? [['CY', round.place]] : []),
    ['N1', note(round)],
    ['UR', pageUrl],
    ...(round.source.url ? [['L1', round.source.url]] : []),
    ['LA', 'en'],
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n')}\r\n`;
}

/** A CSL-JSON item (an array of one), the format citeproc, Zotero and Pandoc read. */
export function toCslJson(round: CitableRound, pageUrl: string): string {
  const [year, month, day] = toIsoDate(round.date).split('-').map(Number);
  const item = {
    id: citationKey(round),
    type: 'report',
    genre: 'Press release',
    title: citationTitle(round),
    author: [{ literal: round.source.issuer }],
    publisher: round.source.issuer,
    ...(round.place ? { 'event-place': round.place, 'publisher-place': round.place } : {}),
    'event-title': `${formatOrdinal(round.round)} round of the EU–Russian Federation human rights consultations`,
    issued: { 'date-parts': [[year, month, day]] },
    URL: pageUrl,
    ...(round.source.url ? { note: `Official document: ${round.source.url}` } : {}),
    language: 'en',
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
