/**
 * The contract for a round file's frontmatter (`content/rounds/<round>.mdx`).
 *
 * Every field carries a comment and an error message a person can act on: the loader prints
 * the file, the field, the value found and the `expected ...` text below. Types for the rest
 * of the site derive from this schema (`RoundData`), never written twice.
 */
import { z } from 'astro/zod';

/** Builds zod's `error` option so every failed check on a field says what was expected. */
const expected = (what: string) => ({ error: `expected ${what}` });

const ROUND_NUMBER = 'a positive whole number, such as 18';
const MEETING_DATE = 'a date written YYYY-MM-DD without quotes, such as 2013-11-28';
const SOURCE_URL = 'the http(s) address of the official document, exactly as published';

/** One entry of a release's own list of earlier consultations. */
export const previousRoundSchema = z.strictObject(
  {
    /** The earlier round's number in this archive's numbering (see /about/): 17 for 17 May 2013. */
    round: z.number(expected(ROUND_NUMBER)).int(expected(ROUND_NUMBER)).positive(expected(ROUND_NUMBER)),
    /** The meeting date as the release lists it. Must equal that round's own `date`. */
    date: z.date(expected(MEETING_DATE)),
    /**
     * The address as the release prints it, byte for byte (the Council mixes `cms_data` and
     * `cms_Data`). Must equal that round's own `source.url`.
     */
    url: z.url({ protocol: /^https?$/, error: `expected ${SOURCE_URL}` }),
  },
  expected('an object with the fields round, date and url only'),
);

/** Where the archive's record of a round comes from. */
export const roundSourceSchema = z.strictObject(
  {
    /** Who published the official document, e.g. "Council of the European Union". */
    issuer: z
      .string(expected('the name of the issuing institution'))
      .trim()
      .min(1, expected('the name of the issuing institution')),
    /**
     * The official document's address, exactly as published. Optional only because the archive
     * received round 18's PDF as a file without its address; a round without text must have it.
     */
    url: z.url({ protocol: /^https?$/, error: `expected ${SOURCE_URL}` }).optional(),
    /** The official document's format. */
    format: z.enum(['PDF'], expected('the document format: PDF')),
  },
  expected('an object with the fields issuer, url and format only'),
);

/** A round of the EU–Russian Federation human rights consultations. */
export const roundSchema = z.strictObject(
  {
    /** The round's number: 18 for the eighteenth round. Also the file name (`18.mdx`) and URL. */
    round: z.number(expected(ROUND_NUMBER)).int(expected(ROUND_NUMBER)).positive(expected(ROUND_NUMBER)),
    /** The day the consultations were held (not the day the release was published). */
    date: z.date(expected(MEETING_DATE)),
    /** The city where the round was held; omitted where the public record does not say. */
    place: z
      .string(expected('a city name, such as Brussels'))
      .trim()
      .min(1, expected('a city name, such as Brussels'))
      .optional(),
    /**
     * The release's own title, verbatim. Required when the archive has the release's text;
     * omitted for a round the archive knows only by date and source.
     */
    title: z
      .string(expected('the release title, verbatim'))
      .trim()
      .min(1, expected('the release title, verbatim'))
      .optional(),
    /** One plain sentence written by the archive (not the Council) for listings and meta descriptions. */
    summary: z
      .string(expected('one plain sentence'))
      .trim()
      .min(1, expected('one plain sentence'))
      .refine(
        (text) => !text.startsWith('TODO'),
        expected(
          'one plain sentence of the archive’s own, written by the editor in place of the importer’s placeholder',
        ),
      ),
    /** The official document this round's record comes from. */
    source: roundSourceSchema,
    /**
     * The release's own list of previous consultations, in the release's order. Each entry must
     * name an existing round with the same date and source URL.
     */
    previous: z.array(previousRoundSchema, expected('a list of { round, date, url } entries')).default([]),
    /** The release's own words on when the next round should happen, e.g. "spring 2014". */
    nextExpected: z
      .string(expected('the release’s wording, such as "spring 2014"'))
      .trim()
      .min(1, expected('the release’s wording, such as "spring 2014"'))
      .optional(),
  },
  expected('only the fields round, date, place, title, summary, source, previous and nextExpected'),
);

/** A round's validated frontmatter. */
export type RoundData = z.infer<typeof roundSchema>;

/** A round as the rest of the site sees it: validated frontmatter plus whether the archive holds its text. */
export interface RoundRecord {
  data: RoundData;
  /** Derived from the file's body (see paragraphs.ts), never declared. */
  hasText: boolean;
}
