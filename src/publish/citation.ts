/**
 * Citations of a round or of one of its paragraphs, in plain text, built from the round's
 * record. Pure: the page's absolute URL comes in as an argument.
 */
import type { RoundData } from '../record/round-schema.ts';
import { ENGLISH_DATES, formatRoundDate, toIsoDate } from '../format/dates.ts';
import { EN_DATE_WORDS } from '../format/date-words.ts';
import { ARCHIVE_NAME } from '../format/archive-name.ts';
import { formatOrdinal } from '../format/ordinals.ts';
import { paragraphId } from '../record/paragraph-id.ts';

/**
 * What a citation needs to know about a round: its record, and the days its record was
 * corrected (a Date, or its ISO day where the citation is built from JSON in the browser).
 */
export type CitableRound = Pick<RoundData, 'round' | 'date' | 'place' | 'title' | 'source'> & {
  scheduled?: boolean;
  corrections?: readonly { date: Date | string }[];
};

/**
 * The version of the record a citation cites: the day of its latest correction, as ISO
 * (2026-12-03), or undefined for a record never corrected.
 */
export function recordVersion(round: CitableRound): string | undefined {
  const days = (round.corrections ?? []).map((c) => (typeof c.date === 'string' ? c.date : toIsoDate(c.date)));
  return days.sort().at(-1);
}

/** The round's date as a citation writes it: a scheduled date says so ("17 November 2010 (scheduled)"). */
export function citationDate(round: CitableRound): string {
  const words = formatRoundDate(round.date, ENGLISH_DATES);
  return round.scheduled ? EN_DATE_WORDS.scheduled(words) : words;
}

/** Who is cited as author: the release's issuer, or the archive for a round known from its public record. */
export function citationAuthor(round: CitableRound): string {
  return round.source?.issuer ?? ARCHIVE_NAME;
}

/** The name of the document cited: the release's own title, or a description where the archive lacks it. */
export function citationTitle(round: CitableRound): string {
  const consultations = `${formatOrdinal(round.round)} round of the EU–Russian Federation human rights consultations`;
  if (round.title) return round.title;
  return round.source ? `Press release on the ${consultations}` : `Public record of the ${consultations}`;
}

/** What a subject's citation needs: its English name, the rounds it appears in and its page's address. */
export interface CitableSubject {
  name: string;
  /** The rounds that raise or name it, oldest first. */
  rounds: readonly { round: number; year: number }[];
}

/**
 * A subject page's plain-text citation, in English as every citation: the archive is the author,
 * the page's title is quoted, and the rounds it covers pin what the page said when cited:
 * EU–Russia Human Rights Consultations Archive, “Golos”, subject in the EU–Russian Federation
 * human rights consultations, 12th–17th rounds (2010–2013). https://…/subjects/golos/.
 */
export function formatSubjectCitation({ name, rounds }: CitableSubject, pageUrl: string): string {
  const first = rounds[0];
  const last = rounds.at(-1);
  const span =
    first && last
      ? first === last
        ? `, ${formatOrdinal(first.round)} round (${first.year})`
        : `, ${formatOrdinal(first.round)}–${formatOrdinal(last.round)} rounds (${first.year === last.year ? first.year : `${first.year}–${last.year}`})`
      : '';
  return `${ARCHIVE_NAME}, “${name}”, subject in the EU–Russian Federation human rights consultations${span}. ${pageUrl}.`;
}

/**
 * A plain-text citation:
 * Council of the European Union, “European Union–Russian Federation human rights consultations”,
 * 18th round, Brussels, 28 November 2013, para. 6. https://…/rounds/18/#p6 (official document: …).
 */
export function formatCitation(
  round: CitableRound,
  pageUrl: string,
  { paragraph }: { paragraph?: number } = {},
): string {
  // Only the release's own title is quoted; a title the archive writes is a description, as
  // citation styles give an untitled document, and it already names the round.
  const parts = [
    citationAuthor(round),
    ...(round.title ? [`“${round.title}”`, `${formatOrdinal(round.round)} round`] : [citationTitle(round)]),
    round.place,
    citationDate(round),
    paragraph ? `para. ${paragraph}` : undefined,
  ].filter(Boolean);
  const url = paragraph ? `${pageUrl}#${paragraphId(paragraph)}` : pageUrl;
  const official = round.source?.url ? ` (official document: ${round.source.url})` : '';
  const version = recordVersion(round);
  const asOf = version
    ? ` Record as corrected on ${formatRoundDate(new Date(`${version}T00:00:00Z`), ENGLISH_DATES)}.`
    : '';
  return `${parts.join(', ')}. ${url}${official}.${asOf}`;
}
