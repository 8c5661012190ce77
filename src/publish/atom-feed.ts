/**
 * The Atom feed (/feed.xml): the most recent rounds, newest first, full text where the archive
 * has it, the official source always; then the most recent corrections of the record. Like any feed it carries the latest entries only (a feed
 * reader polls it); the complete record is the open data. Timestamps are meeting dates, so two builds give the same feed.
 */
import { ENGLISH_DATES, earliestDay, formatRoundDate, toIsoDate } from '../format/dates.ts';
import { citationAuthor } from './citation.ts';
import { formatOrdinal } from '../format/ordinals.ts';
import type { RoundData } from '../record/round-schema.ts';
import type { RoundParagraph } from '../record/paragraphs.ts';

/** Escapes text for XML content and attribute values. */
function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

export interface FeedRound {
  data: RoundData;
  paragraphs: RoundParagraph[];
  pageUrl: string;
}

export interface FeedOptions {
  title: string;
  homeUrl: string;
  feedUrl: string;
  /** How many of the newest rounds the feed carries. */
  limit: number;
  /** Where every round is, said in the feed's subtitle. */
  completeRecordUrl: string;
  /** For a subject's feed, the subject's name: the subtitle says the rounds are those about it. */
  subject?: string;
}

function entry({ data, paragraphs, pageUrl }: FeedRound): string {
  // Atom needs a full timestamp: a partial date stands at its first possible day.
  const updated = `${toIsoDate(earliestDay(data.date))}T00:00:00Z`;
  const title = `${formatOrdinal(data.round)} round, ${data.place ? `${data.place}, ` : ''}${formatRoundDate(data.date, ENGLISH_DATES)}`;
  const source = !data.source
    ? '<p>No official release of this round is known to the archive; its page lists the public sources.</p>'
    : data.source.url
      ? `<p>Official release (${data.source.format}): <a href="${escapeXml(data.source.url)}">${escapeXml(data.source.url)}</a></p>`
      : `<p>Official release: ${escapeXml(data.source.issuer)} (${data.source.format}).</p>`;
  const text = paragraphs.length
    ? paragraphs
        .map((p) => `<p><a href="${escapeXml(`${pageUrl}#${p.id}`)}">¶${p.number}</a> ${escapeXml(p.text)}</p>`)
        .join('')
    : '<p>The archive does not hold this round’s text.</p>';
  return [
    '  <entry>',
    `    <id>${escapeXml(pageUrl)}</id>`,
    `    <title>${escapeXml(title)}</title>`,
    `    <updated>${updated}</updated>`,
    `    <published>${updated}</published>`,
    `    <author><name>${escapeXml(citationAuthor(data))}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    ...(data.source?.url
      ? [`    <link rel="related" type="application/pdf" href="${escapeXml(data.source.url)}"/>`]
      : []),
    `    <summary>${escapeXml(data.summary)}</summary>`,
    `    <content type="html">${escapeXml(text + source)}</content>`,
    '  </entry>',
  ].join('\n');
}

/** A correction of a round's record as an entry of its own, so that readers of the feed learn of it. */
function correctionEntry({ data, pageUrl }: FeedRound, index: number): string {
  const correction = data.corrections[index]!;
  const day = toIsoDate(correction.date);
  const url = `${pageUrl}#correction-${index + 1}`;
  const title = `Correction to the ${formatOrdinal(data.round)} round, ${formatRoundDate(correction.date, ENGLISH_DATES)}`;
  return [
    '  <entry>',
    `    <id>${escapeXml(url)}</id>`,
    `    <title>${escapeXml(title)}</title>`,
    `    <updated>${day}T00:00:00Z</updated>`,
    `    <published>${day}T00:00:00Z</published>`,
    `    <author><name>${escapeXml(citationAuthor(data))}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    `    <summary>${escapeXml(correction.changed)}</summary>`,
    `    <content type="html">${escapeXml(`<p>What changed: ${escapeXml(correction.changed)}</p><p>Why: ${escapeXml(correction.why)}</p>`)}</content>`,
    '  </entry>',
  ].join('\n');
}

/** Renders the feed; rounds may come in any order. */
export function renderAtomFeed(
  rounds: readonly FeedRound[],
  { title, homeUrl, feedUrl, limit, completeRecordUrl, subject }: FeedOptions,
): string {
  const newestFirst = [...rounds].sort((a, b) => b.data.round - a.data.round).slice(0, limit);
  // The newest corrections, as many as the rounds it carries, newest first.
  const corrections = rounds
    .flatMap((round) => round.data.corrections.map((c, index) => ({ round, index, day: toIsoDate(c.date) })))
    .sort((a, b) => b.day.localeCompare(a.day) || b.round.data.round - a.round.data.round || a.index - b.index)
    .slice(0, limit);
  const latest = [
    ...(newestFirst[0] ? [toIsoDate(earliestDay(newestFirst[0].data.date))] : []),
    ...(corrections[0] ? [corrections[0].day] : []),
  ].sort();
  const updated = latest.length ? `${latest.at(-1)}T00:00:00Z` : '1970-01-01T00:00:00Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(homeUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>${escapeXml(
      subject
        ? `The ${limit} most recent rounds that raised or named ${subject}, and corrections of their records. Every round about it: ${completeRecordUrl}`
        : `The ${limit} most recent rounds and corrections of the record. Every round, as data: ${completeRecordUrl}`,
    )}</subtitle>`,
    `  <updated>${updated}</updated>`,
    // The page link first: feed readers that take the first link show the site, not the feed.
    `  <link rel="alternate" type="text/html" href="${escapeXml(homeUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    ...newestFirst.map(entry),
    ...corrections.map(({ round, index }) => correctionEntry(round, index)),
    '</feed>',
    '',
  ].join('\n');
}
