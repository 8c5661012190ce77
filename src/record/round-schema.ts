/**
 * The contract for a round file's frontmatter (`content/rounds/<round>.mdx`).
 *
 * Every field carries a comment and an error message a person can act on: the loader prints
 * the file, the field, the value found and the `expected ...` text below. Types for the rest
 * of the site derive from this schema (`RoundData`), never written twice.
 */
import { z } from 'astro/zod';
import { toIsoDate } from '../format/dates.ts';
import { parseRoundDate, type RoundDate } from './round-date.ts';

/** Builds zod's `error` option so every failed check on a field says what was expected. */
const expected = (what: string) => ({ error: `expected ${what}` });

const ROUND_NUMBER = 'a positive whole number, such as 18';
const MEETING_DATE = 'a date written YYYY-MM-DD without quotes, such as 2013-11-28';
const EDTF_DATE =
  'an EDTF date: 2013-11-28 (the day), 2008-10 (only the month), 2007-10-03? (uncertain) or 2009-05-25/2009-05-26';
const SOURCE_REFS =
  'a list of references to this file’s sources, each with the source’s words: [{ source: hrw-2008-11-13, words: "…" }]';
const SOURCE_ID = 'a short id of lowercase letters, digits and hyphens, such as hrw-2008-05-07';
const OUR_WORDS = 'a phrase in the archive’s own words';
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
     * received round 18's PDF as a file without its address; a round whose text the archive does
     * not hold must give it, so that readers can reach the release.
     */
    url: z.url({ protocol: /^https?$/, error: `expected ${SOURCE_URL}` }).optional(),
    /** The official document's format. */
    format: z.enum(['PDF'], expected('the document format: PDF')),
  },
  expected('an object with the fields issuer, url and format only'),
);

const WORDS = 'the source’s own words that state the fact, verbatim, in its language (at most 12 words)';
const sourceId = z.string(expected(SOURCE_ID)).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expected(SOURCE_ID));
const verbatim = z
  .string(expected(WORDS))
  .trim()
  .min(1, expected(WORDS))
  .refine((text) => text.split(/\s+/).length <= 12, expected(WORDS));

/**
 * Where a source's words are weaker than read-and-confirmed: the stored copy breaks off in them
 * (`cut-off`), or the words are read but their link to this round or subject is the archive's
 * inference (`inferred`). Shown beside the words and carried in the open data.
 */
export const UNVERIFIED_REASONS = ['cut-off', 'inferred'] as const;

/**
 * One source's support for a fact: which source, and the words of that source that state it.
 * The words are the evidence a reader can check: shown beside the fact and linked as a text
 * fragment (`url#:~:text=…`). A plain source id is accepted only for the release whose text is
 * this file's body (`textInArchive`), where the paragraph is the locator (validate-rounds.ts).
 */
export const sourceReferenceSchema = z.union(
  [
    sourceId,
    z.strictObject(
      {
        /** The id of a source listed in this file. */
        source: sourceId,
        /**
         * The words that state the fact, copied exactly (curly quotes, dashes and typos kept): one
         * phrase, or up to three where the fact spans a sentence ("… GOLOS …", "… ADC Memorial").
         */
        words: z.union([verbatim, z.array(verbatim).min(1).max(3)], expected(WORDS)),
        /** For the release held in this archive: the paragraph the words stand in (checked against it). */
        paragraph: z.number(expected('a paragraph number')).int().positive(expected('a paragraph number')).optional(),
        /** Words just before the phrase, where the phrase occurs more than once on the source's page. */
        prefix: z.string(expected('the words just before the phrase')).trim().min(1).optional(),
        /** Words just after the phrase, likewise. */
        suffix: z.string(expected('the words just after the phrase')).trim().min(1).optional(),
        /** Why the words are weaker than read and confirmed; omitted when they were read in the source. */
        unverified: z.enum(UNVERIFIED_REASONS, expected('cut-off or inferred')).optional(),
        /**
         * For the editor and the open data: why the words support a subject although they do not
         * contain its name or an alias (another language, a paraphrase): "Czech for media freedom".
         */
        why: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)).optional(),
      },
      expected('an object with the fields source, words, paragraph, prefix, suffix, unverified and why'),
    ),
  ],
  expected('a reference { source: <id>, words: <the source’s words> }'),
);

/** A source reference as written in a file. */
export type SourceReference = z.infer<typeof sourceReferenceSchema>;

/** The sources (in the same file) that state a fact, each with its words. At least one. */
const factSources = z
  .array(sourceReferenceSchema, expected(SOURCE_REFS))
  .min(1, expected(`${SOURCE_REFS}: every fact needs at least one`));

/** One public source of the round's record: a release, a parliament text, an NGO or press report. */
export const recordSourceSchema = z.strictObject(
  {
    /** Short, stable id that facts cite: "hrw-2008-05-07". Unique within the file. */
    id: z.string(expected(SOURCE_ID)).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expected(SOURCE_ID)),
    /**
     * Whose words it carries: the Council or its presidency (the EU's account; a release reposted
     * on another site keeps its author's kind), Russia's government (its foreign ministry or its
     * mission to the EU), the European Parliament, an NGO, the press. The kind decides which
     * account of the round the source is (src/record/accounts.ts).
     */
    kind: z.enum(
      ['council', 'presidency', 'government', 'parliament', 'ngo', 'press'],
      expected('one of council, presidency, government, parliament, ngo, press'),
    ),
    /** Who published it: "Human Rights Watch", "Finnish presidency of the Council". */
    publisher: z.string(expected('the publisher’s name')).trim().min(1, expected('the publisher’s name')),
    /** What it is, in the archive's words (the register does not record every title). */
    description: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
    /** Its address as published, where known. */
    url: z.url({ protocol: /^https?$/, error: 'expected the source’s http(s) address' }).optional(),
    /** When it was published, as EDTF (2008-05-07, 2010-10), where known. */
    published: z
      .union([z.date().transform((d) => toIsoDate(d)), z.string()], expected(EDTF_DATE))
      .refine((text) => parseRoundDate(text) !== undefined, expected(EDTF_DATE))
      .optional(),
    /** Its language, as a BCP 47 code: en, fr, de, ru, cs … */
    language: z
      .string(expected('a language code such as en or ru'))
      .regex(/^[a-z]{2}$/, expected('a language code such as en or ru')),
    /** A faithful copy of an official release kept on another site (the official address is not known). */
    mirror: z.boolean(expected('true or false')).default(false),
    /**
     * This source is the release whose text is this file's body: its facts may cite it by a plain
     * id or by paragraph (`{ source, paragraph, words }`), checked against the text.
     */
    textInArchive: z.boolean(expected('true or false')).default(false),
  },
  expected(
    'an object with the fields id, kind, publisher, description, url, published, language, mirror and textInArchive',
  ),
);

/** One fact of what was raised at the round, as its sources report it, filed under one or more subjects. */
export const raisedItemSchema = z.strictObject(
  {
    /** What was raised, in our words: "Freedom of association, expression and assembly". */
    label: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
    /**
     * The subjects (the cross-round index's ids) the fact files under: "freedom of association,
     * expression and assembly" is [freedom-of-association, freedom-of-expression, freedom-of-assembly].
     */
    subjects: z
      .array(
        z.string(expected(SOURCE_ID)).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expected('a subject id, such as golos')),
        expected('a list of subject ids, such as [golos]'),
      )
      .min(1, expected('a list of subject ids, such as [golos]: at least one')),
    /** Who raised it, where a source says: the EU, Russia, or both sides. Omitted where no source says. */
    by: z.enum(['eu', 'russia', 'both'], expected('eu, russia or both')).optional(),
    sources: factSources,
  },
  expected('an object with the fields label, subjects, by and sources'),
);

/** A public correction of the record: when, what changed and why, in both languages. */
const correctionSchema = z.strictObject(
  {
    /** The day the correction was published, YYYY-MM-DD. */
    date: z.date(expected(MEETING_DATE)),
    /** What changed, in our words. */
    changed: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
    /** Why: what the sources say. */
    why: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
    /** The same in Russian. */
    ru: z.strictObject(
      {
        changed: z
          .string(expected(`${OUR_WORDS}, in Russian`))
          .trim()
          .min(1, expected(`${OUR_WORDS}, in Russian`)),
        why: z
          .string(expected(`${OUR_WORDS}, in Russian`))
          .trim()
          .min(1, expected(`${OUR_WORDS}, in Russian`)),
      },
      expected('an object with the fields changed and why, in Russian'),
    ),
  },
  expected('an object with the fields date, changed, why and ru'),
);

/** Another fact of the record, in our words, with its sources: a planned venue, a meeting beforehand. */
const noteSchema = z
  .strictObject(
    {
      text: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
      /**
       * The note belongs to the ledger of announcements (src/record/ledger.ts): it reports when
       * or where the next round was to be held, as announced at this one (`next`), or this round,
       * as announced before it (`this`); or what later sources say became of the next round, such
       * as an offer to resume that was not taken up (`outcome`).
       */
      announces: z.enum(['next', 'this', 'outcome'], expected('next, this or outcome')).optional(),
      /** The city the announcement names, as round files write cities ("Moscow"), where it names one. */
      announcedPlace: z
        .string(expected('a city name, such as Brussels'))
        .trim()
        .min(1, expected('a city name, such as Brussels'))
        .optional(),
      sources: factSources,
    },
    expected('an object with the fields text, announces, announcedPlace and sources'),
  )
  .refine((note) => !note.announcedPlace || note.announces === 'next' || note.announces === 'this', {
    error: 'expected announcedPlace only with announces: next or this',
    path: ['announcedPlace'],
  });

/** Where sources disagree: what the other account says, in our words, and who says it. */
const conflictSchema = z.strictObject(
  {
    /** The fact in dispute. */
    about: z.enum(['date', 'place'], expected('date or place')),
    text: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
    sources: factSources,
  },
  expected('an object with the fields about, text and sources'),
);

/** A delegation's lead, as a source names them. */
const delegationSchema = z.strictObject(
  {
    side: z.enum(['eu', 'russia'], expected('eu or russia')),
    name: z.string(expected('the person’s name')).trim().min(1, expected('the person’s name')),
    /** Their role, in our words: "head of the human rights department, Russian foreign ministry". */
    role: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
    sources: factSources,
  },
  expected('an object with the fields side, name, role and sources'),
);

const IN_RUSSIAN = 'a phrase in the archive’s own words, in Russian';
const russianWords = z.string(expected(IN_RUSSIAN)).trim().min(1, expected(IN_RUSSIAN));
/** Russian words of the editor's: the importer's placeholders ("TODO: Moscow по-русски") are refused. */
const russianText = russianWords.refine(
  (text) => !text.startsWith('TODO'),
  expected('the words in Russian, written by the editor in place of the importer’s “TODO” placeholder'),
);

/**
 * The record's own words in Russian, for the Russian pages (/ru/): the archive's sentences, never
 * the release, which is quoted in English only. Each entry names what it translates: a source's
 * description by the source's id; raised items, notes, conflicts
 * and delegations in the order of their lists. The checks across the file (validate-rounds.ts)
 * require one translation for each.
 */
export const russianRecordSchema = z.strictObject(
  {
    /** The summary, as one plain Russian sentence (the importer's "TODO" placeholder is refused). */
    summary: russianWords.refine(
      (text) => !text.startsWith('TODO'),
      expected('one plain sentence in Russian, written by the editor in place of the importer’s placeholder'),
    ),
    /** The city, as Russian writes it: "Брюссель". Required when the round has a place. */
    place: russianText.optional(),
    /** The official release's issuer, as Russian names it: "Совет Европейского союза". Required with `source`. */
    issuer: russianText.optional(),
    /** Each source's description, by source id: { council-release-2013-11-28: "Пресс-релиз Совета …" }. */
    sources: z.record(z.string(), russianText, expected('source ids, each with its description in Russian')),
    /** The raised items' labels in Russian, in the order of `raised`. */
    raised: z.array(russianText, expected('a list of the raised items’ labels in Russian')).default([]),
    /** The notes' texts in Russian, in the order of `notes`. */
    notes: z.array(russianText, expected('a list of the notes in Russian')).default([]),
    /** The conflicts' texts in Russian, in the order of `conflicts`. */
    conflicts: z.array(russianText, expected('a list of the conflicts in Russian')).default([]),
    /** The delegation leads as Russian writes them, in the order of `delegations`. */
    delegations: z
      .array(
        z.strictObject(
          { name: russianText, role: russianText },
          expected('an object with the fields name and role, in Russian'),
        ),
        expected('a list of delegation leads in Russian'),
      )
      .default([]),
  },
  expected('an object with the fields summary, place, issuer, sources, raised, notes, conflicts and delegations'),
);

/** A round of the EU–Russian Federation human rights consultations. */
export const roundSchema = z.strictObject(
  {
    /** The round's number: 18 for the eighteenth round. Also the file name (`18.mdx`) and URL. */
    round: z.number(expected(ROUND_NUMBER)).int(expected(ROUND_NUMBER)).positive(expected(ROUND_NUMBER)),
    /**
     * When the round was held, as precisely as the record says, in EDTF: 2013-11-28, 2008-10,
     * 2007-10-03? (YAML reads an unquoted full date as a date; both are accepted).
     */
    date: z
      .union([z.date().transform((d) => toIsoDate(d)), z.string()], expected(EDTF_DATE))
      .transform((text, context): RoundDate => {
        const parsed = parseRoundDate(String(text));
        if (!parsed) context.addIssue({ code: 'custom', message: expected(EDTF_DATE).error, input: text });
        return parsed ?? (undefined as never);
      }),
    /** The date was announced in advance and no source reports the meeting after it: "scheduled, not confirmed". */
    scheduled: z.boolean(expected('true or false')).default(false),
    /** No source numbers this round: its number follows from counting the rounds before it. */
    numberedBySequence: z.boolean(expected('true or false')).default(false),
    /** The city where the round was held; omitted where the public record does not say. */
    place: z
      .string(expected('a city name, such as Brussels'))
      .trim()
      .min(1, expected('a city name, such as Brussels'))
      .optional(),
    /**
     * The release's own title, verbatim. Required when the archive has the release's text;
     * omitted for a round the archive knows only from its record.
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
    /** The Council's official release on the round, where the archive knows it (rounds with text always). */
    source: roundSourceSchema.optional(),
    /** The public sources of this round's record; facts below cite them by id. */
    sources: z.array(recordSourceSchema, expected('a list of sources')).min(1, expected('at least one source')),
    /**
     * Which sources state the date, the place and the round's number (the place's list only when
     * there is a place; the number's only when a source numbers the round).
     */
    attested: z.strictObject(
      { date: factSources, place: factSources.optional(), number: factSources.optional() },
      expected('an object with the fields date, place and number'),
    ),
    /** The leads of the delegations, where a source names them. */
    delegations: z.array(delegationSchema, expected('a list of delegation leads')).default([]),
    /** What sources report was raised at the round. */
    raised: z.array(raisedItemSchema, expected('a list of raised items')).default([]),
    /** Other facts of the record, each with its sources. */
    notes: z.array(noteSchema, expected('a list of notes')).default([]),
    /** Where sources disagree; shown as disagreement, never resolved. */
    conflicts: z.array(conflictSchema, expected('a list of conflicts')).default([]),
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
    /** Corrections of this round's record, oldest first: shown on its page, on /corrections/ and in the feed. */
    corrections: z.array(correctionSchema, expected('a list of corrections')).default([]),
    /** The record in the archive's Russian words, for the Russian pages. */
    ru: russianRecordSchema,
  },
  expected(
    'only the fields round, date, scheduled, numberedBySequence, place, title, summary, source, sources, attested, delegations, raised, notes, conflicts, previous, nextExpected, corrections and ru',
  ),
);

/** A round's validated frontmatter. */
export type RoundData = z.infer<typeof roundSchema>;

/** A round as the rest of the site sees it: validated frontmatter plus whether the archive holds its text. */
export interface RoundRecord {
  data: RoundData;
  /** Derived from the file's body (see paragraphs.ts), never declared. */
  hasText: boolean;
}
