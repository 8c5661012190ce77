/**
 * The archive as open data: /data/rounds.json (every round) and /rounds/<n>.json (one round),
 * described by the JSON Schema at /data/rounds.schema.json. Bump DATA_VERSION's major number on
 * any change that could break a reader of the data.
 */
import type { RoundData } from './round-schema.ts';
import { toIsoDate } from './dates.ts';
import { paragraphId } from './paragraph-numbers.ts';
import { roundPath } from './urls.ts';

export const DATA_VERSION = '1.0.0';

/** The Internet Archive's list of saved copies of an address. */
export function internetArchiveUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

export interface RoundJsonInput {
  data: RoundData;
  paragraphs: string[];
}

/** Turns a site path into an absolute URL under the deployment's base: '/rounds/18/' -> 'https://x.org/archive/rounds/18/'. */
export type AbsoluteUrlFor = (path: string) => string;

/** One round as data: its record, links, and its paragraphs with their permanent links. */
export function toRoundJson({ data, paragraphs }: RoundJsonInput, absoluteUrlFor: AbsoluteUrlFor) {
  const page = absoluteUrlFor(roundPath(data.round));
  return {
    round: data.round,
    date: toIsoDate(data.date),
    place: data.place ?? null,
    title: data.title ?? null,
    summary: data.summary,
    hasText: paragraphs.length > 0,
    url: page,
    source: {
      issuer: data.source.issuer,
      url: data.source.url ?? null,
      format: data.source.format,
      archivedCopies: data.source.url ? internetArchiveUrl(data.source.url) : null,
    },
    previous: data.previous.map((p) => ({
      round: p.round,
      date: toIsoDate(p.date),
      url: p.url,
      page: absoluteUrlFor(roundPath(p.round)),
    })),
    nextExpected: data.nextExpected ?? null,
    paragraphs: paragraphs.map((text, i) => ({ number: i + 1, url: `${page}#${paragraphId(i + 1)}`, text })),
  };
}

/** The JSON Schema (2020-12) that both data files follow. */
export function roundsJsonSchema(schemaUrl: string) {
  const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  const url = { type: 'string', format: 'uri' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'EU–Russian Federation human rights consultations: rounds',
    description: `Data files of the archive, version ${DATA_VERSION}: /data/rounds.json (every round) and /rounds/<n>.json (one round).`,
    type: 'object',
    required: ['version'],
    properties: {
      $schema: url,
      version: { type: 'string', description: 'Semantic version of this data format.' },
      rounds: { type: 'array', items: { $ref: '#/$defs/round' } },
      round: { $ref: '#/$defs/round' },
    },
    oneOf: [{ required: ['rounds'] }, { required: ['round'] }],
    additionalProperties: false,
    $defs: {
      round: {
        type: 'object',
        additionalProperties: false,
        required: [
          'round',
          'date',
          'place',
          'title',
          'summary',
          'hasText',
          'url',
          'source',
          'previous',
          'nextExpected',
          'paragraphs',
        ],
        properties: {
          round: { type: 'integer', minimum: 1, description: 'Round number: 18 for the eighteenth round.' },
          date: { ...date, description: 'The day the round was held.' },
          place: { type: ['string', 'null'], description: 'City, or null where the record does not say.' },
          title: {
            type: ['string', 'null'],
            description: 'The release title, verbatim; null where the archive lacks the release.',
          },
          summary: { type: 'string', description: 'One sentence by the archive (not the Council).' },
          hasText: { type: 'boolean', description: 'Whether the archive holds the release text.' },
          url: { ...url, description: 'The round’s page in the archive.' },
          source: {
            type: 'object',
            additionalProperties: false,
            required: ['issuer', 'url', 'format', 'archivedCopies'],
            properties: {
              issuer: { type: 'string' },
              url: {
                type: ['string', 'null'],
                format: 'uri',
                description: 'The official document, exactly as published.',
              },
              format: { enum: ['PDF'] },
              archivedCopies: {
                type: ['string', 'null'],
                description: 'The Internet Archive’s saved copies of the official document.',
              },
            },
          },
          previous: {
            type: 'array',
            description: 'The release’s own list of previous consultations, in its order.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['round', 'date', 'url', 'page'],
              properties: { round: { type: 'integer', minimum: 1 }, date, url, page: url },
            },
          },
          nextExpected: {
            type: ['string', 'null'],
            description: 'The release’s words on when the next round should be held.',
          },
          paragraphs: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['number', 'url', 'text'],
              properties: { number: { type: 'integer', minimum: 1 }, url, text: { type: 'string', minLength: 1 } },
            },
          },
        },
      },
    },
  };
}
