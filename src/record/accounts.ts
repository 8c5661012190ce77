/**
 * Who reported what: a round is known from several accounts (the EU's, Russia's, the European
 * Parliament's, NGOs', the press's), and each fact of what was raised names the sources that
 * state it. An account reports a subject exactly when one of its sources is cited, with its
 * words, for a raised fact filed under that subject: nothing is inferred. "Raised by" (who
 * brought a subject up at the meeting, where a source says) is another question, kept apart.
 */
import type { RoundData } from './round-schema.ts';
import { resolveReference } from './source-references.ts';

/** The kinds of account, in the order tables show them: the two sides, then the observers. */
export const ACCOUNTS = ['eu', 'russia', 'parliament', 'ngo', 'press'] as const;
export type Account = (typeof ACCOUNTS)[number];

/** Which account a source is, by its kind (see the kind's documentation in round-schema.ts). */
export const ACCOUNT_OF_KIND: Record<RoundData['sources'][number]['kind'], Account> = {
  council: 'eu',
  presidency: 'eu',
  government: 'russia',
  parliament: 'parliament',
  ngo: 'ngo',
  press: 'press',
};

/** One source's words for a raised fact: the fact's and the reference's places in the file (from 0). */
export interface AccountReference {
  fact: number;
  reference: number;
  source: string;
}

/** A subject of the round and which accounts report it, each with the references that do. */
export interface SubjectReports {
  subject: string;
  /** Who raised it, where sources say, over all its facts: both sides once each side is named. */
  by: 'eu' | 'russia' | 'both' | undefined;
  reports: Partial<Record<Account, AccountReference[]>>;
}

export interface RoundAccounts {
  /** The accounts that report anything raised at the round, in ACCOUNTS order. */
  known: Account[];
  /** Its subjects, in the order its facts first name them. */
  subjects: SubjectReports[];
}

/** Who raised it over several facts: "both" once the EU and Russia are each named. */
export function combineRaisedBy(sides: readonly ('eu' | 'russia' | 'both' | undefined)[]): SubjectReports['by'] {
  const eu = sides.some((s) => s === 'eu' || s === 'both');
  const russia = sides.some((s) => s === 'russia' || s === 'both');
  return eu && russia ? 'both' : eu ? 'eu' : russia ? 'russia' : undefined;
}

/** The accounts of one round, from its raised facts and their sources. */
export function getRoundAccounts({ raised, sources }: Pick<RoundData, 'raised' | 'sources'>): RoundAccounts {
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const bySubject = new Map<
    string,
    { sides: RoundData['raised'][number]['by'][]; reports: SubjectReports['reports'] }
  >();
  raised.forEach((fact, factIndex) => {
    for (const subject of fact.subjects) {
      const entry = bySubject.get(subject) ?? { sides: [], reports: {} };
      bySubject.set(subject, entry);
      entry.sides.push(fact.by);
      fact.sources.forEach((reference, referenceIndex) => {
        const { source } = resolveReference(reference);
        const account = ACCOUNT_OF_KIND[kindOf.get(source)!];
        (entry.reports[account] ??= []).push({ fact: factIndex, reference: referenceIndex, source });
      });
    }
  });
  const subjects = [...bySubject].map(([subject, { sides, reports }]) => ({
    subject,
    by: combineRaisedBy(sides),
    reports,
  }));
  return { known: ACCOUNTS.filter((a) => subjects.some((s) => s.reports[a])), subjects };
}

/**
 * Whether a subject is in one side's account only: the round has both the EU's and Russia's
 * accounts, and just one of them reports it. Undefined where both or neither do, or a side is silent.
 */
export function oneSideOnly(subject: SubjectReports, known: readonly Account[]): 'eu' | 'russia' | undefined {
  if (!known.includes('eu') || !known.includes('russia')) return undefined;
  const [eu, russia] = [Boolean(subject.reports.eu), Boolean(subject.reports.russia)];
  return eu === russia ? undefined : eu ? 'eu' : 'russia';
}
