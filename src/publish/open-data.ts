/**
 * The archive as open data: /data/rounds.json (every round) and /rounds/<n>.json (one round),
 * described by the JSON Schema at /data/rounds.schema.json. The schema is derived from the zod
 * schema below with `z.toJSONSchema()`, so the files and their description cannot drift apart.
 * Bump DATA_VERSION's major number on any change that could break a reader of the data.
 */
import { z } from 'astro/zod';
import { ACCOUNTS, getRoundAccounts, oneSideOnly, type Account } from '../record/accounts.ts';
import type { RoundData, RoundRecord } from '../record/round-schema.ts';
import { getLedger } from '../record/ledger.ts';
import type { RoundParagraph } from '../record/paragraphs.ts';
import { toIsoDate } from '../format/dates.ts';
import { roundDataPath, roundPath } from '../format/urls.ts';
import { savedCopiesUrl } from '../format/text-fragments.ts';
import { referenceLink, referencedSourceIds, resolveReference } from '../record/source-references.ts';
import type { SourceReference } from '../record/round-schema.ts';

/** Who reported what, as data (record/accounts.ts). */
function toAccountsJson(data: Pick<RoundData, 'raised' | 'sources'>) {
  const { known, subjects } = getRoundAccounts(data);
  return {
    known,
    subjects: subjects.map((s) => ({
      subject: s.subject,
      by: s.by ?? null,
      reportedBy: Object.fromEntries(
        known.flatMap((a) => (s.reports[a] ? [[a, [...new Set(s.reports[a].map((r) => r.source))]]] : [])),
      ) as Partial<Record<Account, string[]>>,
      oneSideOnly: oneSideOnly(s, known) ?? null,
    })),
  };
}

/**
 * The data format's version (docs/data-changelog.md): 3.3.0 added `accounts` (who reported
 * what), the ledger of announcements and the notes' `announces`; 3.2.0 added each fact's `evidence` (the
 * sources' words), the raised items' `subjects` and `label`, `number`, `corrections` and saved
 * copies of every source.
 */
export const DATA_VERSION = '3.3.0';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.url();

/** The sources that state a fact, by their ids in the round's `sources`. */
const sourceIds = z.array(z.string()).describe('Ids of the sources (in this round’s `sources`) that state it.');

/** What a source says for a fact: its words, and a link to them. */
const evidence = z
  .array(
    z.strictObject({
      source: z.string().describe('The id of the source (in this round’s `sources`).'),
      words: z
        .array(z.string())
        .describe(
          'The source’s own words that state the fact, verbatim, in its language; empty for the release held here cited as a whole.',
        ),
      paragraph: z
        .int()
        .min(1)
        .nullable()
        .describe('For the release held in this archive: the paragraph the words stand in.'),
      link: z
        .string()
        .nullable()
        .describe(
          'The source at those words: its address with a text fragment (#:~:text=…), or the paragraph of the round page.',
        ),
      unverified: z
        .enum(['cut-off', 'inferred'])
        .nullable()
        .describe(
          'cut-off: the stored copy breaks off in these words; inferred: the words were read, their link to this round or subject is the archive’s inference; null: read in the source.',
        ),
      why: z
        .string()
        .nullable()
        .describe('The editor’s reason where the words do not name a subject they are credited for.'),
    }),
  )
  .describe('Each source’s words for the fact, in the order of `sources`.');

export const roundJsonSchema = z.strictObject({
  round: z.int().min(1).describe('Round number: 18 for the eighteenth round.'),
  numberedBySequence: z.boolean().describe('True where no source numbers the round: its number follows from counting.'),
  date: z
    .strictObject({
      edtf: z.string().describe('The date as the record gives it, in EDTF: 2013-11-28, 2008-10, 2007-10-03?.'),
      earliest: isoDay.describe('The first day the date can mean.'),
      latest: isoDay.describe('The last day the date can mean.'),
      precision: z.enum(['day', 'month', 'year', 'span']),
      uncertain: z.boolean().describe('Marked uncertain in the record.'),
      scheduled: z.boolean().describe('Announced in advance; no source reports the meeting afterwards.'),
      sources: sourceIds,
      evidence,
    })
    .describe('When the round was held, as precisely as the record says.'),
  place: z
    .strictObject({ name: z.string(), sources: sourceIds, evidence })
    .nullable()
    .describe('City, or null where the record does not say.'),
  number: z
    .strictObject({ sources: sourceIds, evidence })
    .nullable()
    .describe('The sources that give the round its number; null where none does (numberedBySequence).'),
  title: z.string().nullable().describe('The release title, verbatim; null where the archive lacks the release.'),
  summary: z.string().describe('One sentence by the archive (not the Council).'),
  hasText: z.boolean().describe('Whether the archive holds the release text.'),
  url: url.describe('The round’s page in the archive.'),
  source: z
    .strictObject({
      issuer: z.string(),
      url: url.nullable().describe('The official document, exactly as published.'),
      format: z.enum(['PDF']),
      archivedCopies: z.string().nullable().describe('The Internet Archive’s saved copies of the official document.'),
    })
    .nullable()
    .describe('The official release, where the archive knows it.'),
  sources: z
    .array(
      z.strictObject({
        id: z.string(),
        kind: z.enum(['council', 'presidency', 'government', 'parliament', 'ngo', 'press']),
        publisher: z.string(),
        description: z.string().describe('What the source is, in the archive’s words.'),
        url: url.nullable(),
        published: z.string().nullable().describe('EDTF date of publication, where known.'),
        language: z.string().describe('BCP 47 language code.'),
        mirror: z.boolean().describe('A copy of an official release kept on another site.'),
        savedCopies: z.string().nullable().describe('The Internet Archive’s list of saved copies of `url`.'),
        textInArchive: z.boolean().describe('This source is the release whose text the round’s `paragraphs` hold.'),
      }),
    )
    .describe('The public sources of the round’s record.'),
  delegations: z.array(
    z.strictObject({
      side: z.enum(['eu', 'russia']),
      name: z.string(),
      role: z.string(),
      sources: sourceIds,
      evidence,
    }),
  ),
  raised: z
    .array(
      z.strictObject({
        label: z.string().describe('What was raised, in the archive’s words.'),
        subjects: z
          .array(z.string())
          .min(1)
          .describe('The ids of the subjects the fact files under (see /data/subjects.json).'),
        subject: z
          .strictObject({ id: z.string(), label: z.string() })
          .describe('Kept for readers of 3.1: the first of `subjects`, with `label`.'),
        by: z.enum(['eu', 'russia', 'both']).nullable().describe('Who raised it, or null where no source says.'),
        sources: sourceIds,
        evidence,
      }),
    )
    .describe('What sources report was raised at the round.'),
  notes: z
    .array(
      z.strictObject({
        text: z.string(),
        announces: z
          .enum(['next', 'this', 'outcome'])
          .nullable()
          .describe(
            'An announcement of when or where the next round (or this one, before it) would be held; see `ledger` in /data/rounds.json.',
          ),
        announcedPlace: z.string().nullable().describe('The city the announcement names, where it names one.'),
        sources: sourceIds,
        evidence,
      }),
    )
    .describe('Other facts of the record.'),
  conflicts: z
    .array(z.strictObject({ about: z.enum(['date', 'place']), text: z.string(), sources: sourceIds, evidence }))
    .describe('Where sources disagree: the other account and its sources.'),
  previous: z
    .array(z.strictObject({ round: z.int().min(1), date: isoDay, url, page: url }))
    .describe('The release’s own list of previous consultations, in its order.'),
  nextExpected: z.string().nullable().describe('The release’s words on when the next round should be held.'),
  accounts: z
    .strictObject({
      known: z
        .array(z.enum(ACCOUNTS))
        .describe(
          'The accounts whose sources state something raised at the round: eu (the Council, its presidency), russia (its government), parliament (the European Parliament), ngo, press.',
        ),
      subjects: z.array(
        z.strictObject({
          subject: z.string().describe('A subject id of /data/subjects.json.'),
          by: z
            .enum(['eu', 'russia', 'both'])
            .nullable()
            .describe('Who raised it, over all its facts; null where no source says.'),
          reportedBy: z
            .partialRecord(z.enum(ACCOUNTS), z.array(z.string()))
            .describe('For each account that reports it, the ids of its sources cited for a fact under the subject.'),
          oneSideOnly: z
            .enum(['eu', 'russia'])
            .nullable()
            .describe('The side whose account alone reports it, where the round has both sides’ accounts; else null.'),
        }),
      ),
    })
    .describe(
      'Who reported what: each subject raised at the round by the accounts that report it (a source reference, never an inference).',
    ),
  corrections: z
    .array(
      z.strictObject({
        date: isoDay,
        changed: z.string(),
        why: z.string(),
        ru: z.strictObject({ changed: z.string(), why: z.string() }),
      }),
    )
    .describe('Public corrections of this round’s record, oldest first.'),
  ru: z
    .strictObject({
      summary: z.string(),
      place: z.string().nullable(),
      issuer: z.string().nullable().describe('The official release’s issuer, as Russian names it.'),
      sources: z.record(z.string(), z.string()).describe('Each source’s description, by source id.'),
      raised: z
        .record(z.string(), z.string())
        .describe('Kept for readers of 3.1: the labels by the first subject id of each item (see `raisedLabels`).'),
      raisedLabels: z.array(z.string()).describe('The raised items’ labels, in the order of `raised`.'),
      notes: z.array(z.string()).describe('The notes, in the order of `notes`.'),
      conflicts: z.array(z.string()).describe('The conflicts, in the order of `conflicts`.'),
      delegations: z
        .array(z.strictObject({ name: z.string(), role: z.string() }))
        .describe('The delegation leads, in the order of `delegations`.'),
    })
    .describe(
      'The record in the archive’s Russian words, as the Russian pages (/ru/) show it; the release is never translated.',
    ),
  paragraphs: z
    .array(
      z.strictObject({
        number: z.int().min(1),
        url: url.describe('The paragraph’s permanent link: the round page with #p<number>.'),
        text: z.string().min(1),
      }),
    )
    .describe('The release’s numbered paragraphs, verbatim, as the round page numbers them.'),
});

/** A round as published in the data files. */
export type RoundJson = z.infer<typeof roundJsonSchema>;

/**
 * A round in the collection file: everything but the text, which would make the file grow with
 * every paragraph of every round; `data` links the round's own file, which has it.
 */
export const roundListingJsonSchema = roundJsonSchema.omit({ paragraphs: true }).extend({
  paragraphCount: z.int().min(0).describe('How many numbered paragraphs the round’s text has (0 without text).'),
  data: url.describe('The round’s own data file (/rounds/<n>.json): this record with its paragraphs.'),
});

/** A round as listed in /data/rounds.json. */
export type RoundListingJson = z.infer<typeof roundListingJsonSchema>;

/** Either data file: every round without texts, or one round with its text. */
/** One entry of the ledger of announcements (record/ledger.ts). */
export const ledgerEntryJsonSchema = z.strictObject({
  round: z.int().min(1).describe('The round at which the next one was announced.'),
  announcements: z
    .array(
      z.union([
        z.strictObject({
          kind: z.literal('note'),
          round: z
            .int()
            .min(1)
            .describe('The round whose `notes` hold it (this round, or the next for an announcement of it).'),
          note: z
            .int()
            .min(0)
            .describe('Its place in that round’s `notes`, from 0: the text and its sources’ words are there.'),
        }),
        z.strictObject({
          kind: z.literal('release'),
          round: z.int().min(1),
          words: z.string().describe('The release’s own words (its `nextExpected`).'),
        }),
      ]),
    )
    .describe('What was announced: notes of the round files, or the release’s words.'),
  next: z
    .strictObject({
      round: z.int().min(1),
      date: z.string().describe('EDTF, as the round’s `date.edtf`.'),
      place: z.string().nullable(),
      scheduled: z.boolean(),
    })
    .nullable()
    .describe('What the record shows of the round announced; null where no source reports a later round.'),
  heldElsewhere: z.boolean().describe('An announcement named a place, and the record places the round elsewhere.'),
  outcomes: z
    .array(z.int().min(0))
    .describe('Notes of this round (their places in its `notes`, from 0) on what later became of the next round.'),
});

/** The ledger as data. */
export function toLedgerJson(rounds: readonly RoundRecord[]): z.infer<typeof ledgerEntryJsonSchema>[] {
  return getLedger(rounds).map(({ round, announcements, next, heldElsewhere, outcomes }) => ({
    round,
    announcements,
    next: next
      ? {
          round: next.data.round,
          date: next.data.date.edtf,
          place: next.data.place ?? null,
          scheduled: next.data.scheduled,
        }
      : null,
    heldElsewhere,
    outcomes,
  }));
}

export const dataFileSchema = z.union([
  z
    .strictObject({
      $schema: url,
      version: z.string(),
      rounds: z.array(roundListingJsonSchema),
      ledger: z.array(ledgerEntryJsonSchema).describe('The ledger of announcements, oldest first.'),
    })
    .describe('/data/rounds.json: every round, oldest first, without the texts, and the ledger of announcements.'),
  z
    .strictObject({ $schema: url, version: z.string(), round: roundJsonSchema })
    .describe('/rounds/<n>.json: one round, with its text’s paragraphs.'),
]);

/** A function that turns a site path into an absolute URL under the deployment's base: '/rounds/18/' -> 'https://x.org/archive/rounds/18/'. */
export type AbsoluteUrlFor = (path: string) => string;

export interface RoundJsonInput {
  data: RoundData;
  paragraphs: readonly RoundParagraph[];
}

/** One round as data: its record, links, and its paragraphs with their permanent links. */
export function toRoundJson({ data, paragraphs }: RoundJsonInput, absoluteUrlFor: AbsoluteUrlFor): RoundJson {
  const page = absoluteUrlFor(roundPath(data.round));
  const cited = (references: readonly SourceReference[]) => ({
    sources: referencedSourceIds(references),
    evidence: references.map((reference) => {
      const ref = resolveReference(reference);
      const source = data.sources.find((s) => s.id === ref.source);
      return {
        source: ref.source,
        words: ref.phrases,
        paragraph: ref.paragraph ?? null,
        link: (source && referenceLink(ref, source, page)) ?? null,
        unverified: ref.unverified ?? null,
        why: ref.why ?? null,
      };
    }),
  });
  return {
    round: data.round,
    numberedBySequence: data.numberedBySequence,
    date: {
      edtf: data.date.edtf,
      earliest: toIsoDate(data.date.earliest),
      latest: toIsoDate(data.date.latest),
      precision: data.date.precision,
      uncertain: data.date.uncertain,
      scheduled: data.scheduled,
      ...cited(data.attested.date),
    },
    place: data.place ? { name: data.place, ...cited(data.attested.place ?? []) } : null,
    number: data.attested.number ? cited(data.attested.number) : null,
    title: data.title ?? null,
    summary: data.summary,
    hasText: paragraphs.length > 0,
    url: page,
    source: data.source
      ? {
          issuer: data.source.issuer,
          url: data.source.url ?? null,
          format: data.source.format,
          archivedCopies: data.source.url ? savedCopiesUrl(data.source.url) : null,
        }
      : null,
    sources: data.sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      publisher: s.publisher,
      description: s.description,
      url: s.url ?? null,
      published: s.published ?? null,
      language: s.language,
      mirror: s.mirror,
      savedCopies: s.url ? savedCopiesUrl(s.url) : null,
      textInArchive: s.textInArchive,
    })),
    delegations: data.delegations.map(({ side, name, role, sources }) => ({ side, name, role, ...cited(sources) })),
    raised: data.raised.map(({ label, subjects, by, sources }) => ({
      label,
      subjects,
      subject: { id: subjects[0]!, label },
      by: by ?? null,
      ...cited(sources),
    })),
    notes: data.notes.map(({ text, announces, announcedPlace, sources }) => ({
      text,
      announces: announces ?? null,
      announcedPlace: announcedPlace ?? null,
      ...cited(sources),
    })),
    conflicts: data.conflicts.map(({ about, text, sources }) => ({ about, text, ...cited(sources) })),
    previous: data.previous.map((p) => ({
      round: p.round,
      date: toIsoDate(p.date),
      url: p.url,
      page: absoluteUrlFor(roundPath(p.round)),
    })),
    nextExpected: data.nextExpected ?? null,
    accounts: toAccountsJson(data),
    corrections: data.corrections.map((c) => ({ date: toIsoDate(c.date), changed: c.changed, why: c.why, ru: c.ru })),
    ru: {
      ...data.ru,
      place: data.ru.place ?? null,
      issuer: data.ru.issuer ?? null,
      raised: Object.fromEntries(data.raised.map((item, i) => [item.subjects[0]!, data.ru.raised[i] ?? item.label])),
      raisedLabels: data.ru.raised,
    },
    paragraphs: paragraphs.map((p) => ({ number: p.number, url: `${page}#${p.id}`, text: p.text })),
  };
}

/** A round for the collection file: its record without the paragraphs, their count and a link to its own file. */
export function toRoundListingJson(input: RoundJsonInput, absoluteUrlFor: AbsoluteUrlFor): RoundListingJson {
  const { paragraphs, ...record } = toRoundJson(input, absoluteUrlFor);
  return { ...record, paragraphCount: paragraphs.length, data: absoluteUrlFor(roundDataPath(input.data.round)) };
}

/** The JSON Schema (2020-12) that both data files follow, derived from the zod schema. */
export function roundsJsonSchema(schemaUrl: string) {
  return {
    $id: schemaUrl,
    title: 'EU–Russian Federation human rights consultations: rounds',
    description: `Data files of the archive, version ${DATA_VERSION}: /data/rounds.json (every round, without texts) and /rounds/<n>.json (one round, with its text).`,
    ...z.toJSONSchema(dataFileSchema, { target: 'draft-2020-12' }),
  };
}
