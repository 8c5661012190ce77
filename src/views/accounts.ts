/**
 * "Who reported what" on a round page: the round's subjects against the kinds of account
 * (record/accounts.ts), each filled cell the note numbers of the sources of that account, each
 * linking to that source's words in the record above; who raised the subject beside it, apart;
 * a subject only one side's account reports marked. Pure: the round's data and its record
 * section (for the note numbers) in, page data out.
 */
import { ACCOUNTS, getRoundAccounts, oneSideOnly, type Account } from '../record/accounts.ts';
import type { RoundData } from '../record/round-schema.ts';
import type { Language } from '../i18n/index.ts';
import { raisedWordsId, type RecordSection } from './record-section.ts';

export interface AccountsCell {
  account: Account;
  /** The sources of that account that report the subject: their note numbers, each linking to its words. */
  notes: { number: number; href: string }[];
}

export interface AccountsRow {
  subject: { name: string; href: string | undefined };
  /** Who raised it, in the page's words ("both sides", "not said"). */
  raisedBy: string;
  /** One cell per known account, in the table's column order; empty where that account is silent. */
  cells: AccountsCell[];
  /** "The EU's account only", where the round has both sides' accounts and just one reports it. */
  oneSide: string | undefined;
}

export interface AccountsTable {
  /** The accounts the round is known from, as column headings, in ACCOUNTS order. */
  columns: { account: Account; heading: string }[];
  rows: AccountsRow[];
  /** What the round is known from, in one plain sentence ("Only the EU's account … is known."). */
  statement: string;
}

/** The accounts table of a round, or undefined where the record has nothing raised. */
export function getAccountsTable(
  data: Pick<RoundData, 'raised' | 'sources'>,
  record: Pick<RecordSection, 'sources'>,
  subjectOf: (id: string) => { name: string; href: string } | undefined,
  { t }: Language,
): AccountsTable | undefined {
  const { known, subjects } = getRoundAccounts(data);
  if (!subjects.length) return undefined;
  const noteOf = new Map(record.sources.map((note) => [note.sourceId, note.number]));
  const missing = ACCOUNTS.filter((a) => !known.includes(a));
  return {
    columns: known.map((account) => ({ account, heading: t.accounts.column[account] })),
    rows: subjects.map((s) => {
      const side = oneSideOnly(s, known);
      return {
        subject: subjectOf(s.subject) ?? { name: s.subject, href: undefined },
        raisedBy: s.by ? t.accounts.by[s.by] : t.accounts.byUnknown,
        cells: known.map((account) => {
          // One link per source: to its words for the first fact under this subject.
          const first = new Map<string, { fact: number; reference: number }>();
          for (const r of s.reports[account] ?? []) if (!first.has(r.source)) first.set(r.source, r);
          return {
            account,
            notes: [...first]
              .map(([source, r]) => ({ number: noteOf.get(source)!, href: `#${raisedWordsId(r.fact, r.reference)}` }))
              .sort((a, b) => a.number - b.number),
          };
        }),
        oneSide: side && t.accounts.oneSide[side],
      };
    }),
    statement:
      known.length === 1
        ? t.accounts.onlyOne(t.accounts.name[known[0]!])
        : t.accounts.known(
            known.map((a) => t.accounts.name[a]),
            missing.map((a) => t.accounts.name[a]),
          ),
  };
}
