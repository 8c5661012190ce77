/**
 * Machine-readable descriptions of pages: schema.org JSON-LD, Highwire Press `citation_*` tags
 * (Google Scholar, Zotero) and Dublin Core. Pure: URLs come in as arguments.
 */
import { citationAuthor, citationTitle, type CitableRound } from './citation.ts';
import { toIsoDate } from '../format/dates.ts';
import type { SubjectKind } from '../record/subject-kinds.ts';
import { formatOrdinal } from '../format/ordinals.ts';

const EU = { '@type': 'Organization', name: 'European Union' };
const RUSSIA = { '@type': 'Country', name: 'Russian Federation' };

/** A subject of the index as schema.org describes things: a Person, an Organization, Legislation … */
export interface LinkedSubject {
  name: string;
  url: string;
  kind: SubjectKind;
}

const SCHEMA_TYPES: Record<SubjectKind, string> = {
  person: 'Person',
  organisation: 'Organization',
  law: 'Legislation',
  case: 'Thing',
  theme: 'Thing',
  place: 'Place',
};

const thing = (s: LinkedSubject) => ({ '@type': SCHEMA_TYPES[s.kind], name: s.name, url: s.url });

/**
 * A round as a schema.org Event (`about` the subjects raised there) and its release as a Report
 * about it (`mentions` the subjects its text names), based on the official document.
 */
export function roundJsonLd(
  round: CitableRound,
  pageUrl: string,
  {
    raised = [],
    named = [],
    eventName = `${formatOrdinal(round.round)} round of the EU–Russian Federation human rights consultations`,
    place = round.place,
    scheduledNote,
  }: {
    raised?: readonly LinkedSubject[];
    named?: readonly LinkedSubject[];
    /** The event's name and place in the page's language (the release it is based on stays English). */
    eventName?: string;
    place?: string | undefined;
    /** For a round only scheduled: what the record says of its date, so no reader takes it as held. */
    scheduledNote?: string | undefined;
  } = {},
) {
  const eventId = `${pageUrl}#event`;
  const event = {
    '@type': 'Event',
    '@id': eventId,
    name: eventName,
    startDate: toIsoDate(round.date),
    ...(round.scheduled && scheduledNote ? { description: scheduledNote } : {}),
    ...(place ? { location: { '@type': 'Place', name: place } } : {}),
    organizer: [EU, RUSSIA],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(raised.length ? { about: raised.map(thing) } : {}),
  };
  const report = {
    '@type': 'Report',
    '@id': `${pageUrl}#release`,
    name: citationTitle(round),
    url: pageUrl,
    inLanguage: 'en',
    author: { '@type': 'Organization', name: citationAuthor(round) },
    publisher: { '@type': 'Organization', name: citationAuthor(round) },
    about: { '@id': eventId },
    ...(round.source?.url ? { isBasedOn: round.source?.url } : {}),
    ...(named.length ? { mentions: named.map(thing) } : {}),
  };
  return { '@context': 'https://schema.org', '@graph': [event, report] };
}

/** The site as a WebSite whose search takes a query in the URL. */
export function websiteJsonLd(name: string, homeUrl: string, searchUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: homeUrl,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** <meta name content> pairs for reference managers: Highwire `citation_*` and Dublin Core `DC.*`. */
export function citationMetaTags(round: CitableRound, pageUrl: string): [string, string][] {
  const date = toIsoDate(round.date);
  const title = citationTitle(round);
  return [
    ['citation_title', title],
    ['citation_author', citationAuthor(round)],
    ['citation_publisher', citationAuthor(round)],
    ['citation_date', date.replaceAll('-', '/')],
    ['citation_language', 'en'],
    ['citation_public_url', pageUrl],
    ...(round.source?.url ? ([['citation_pdf_url', round.source?.url]] as [string, string][]) : []),
    ['DC.title', title],
    ['DC.creator', citationAuthor(round)],
    ['DC.publisher', citationAuthor(round)],
    ['DC.date', date],
    ['DC.type', 'Text'],
    ['DC.format', 'text/html'],
    ['DC.language', 'en'],
    ['DC.identifier', pageUrl],
    ...(round.source?.url ? ([['DC.source', round.source?.url]] as [string, string][]) : []),
  ];
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
