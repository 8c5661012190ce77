/**
 * "Who reported what" on the fixture's round pages, checked against the round files: the columns
 * are the accounts whose sources state something raised, a cell holds exactly the sources of its
 * account cited for a fact under its subject, each linking to those words; a round known from one
 * account says so; a subject one side's account alone reports is marked.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadPage } from '../support/dist.ts';
import { fixtureRounds } from '../support/fixture-site.ts';
import { resolveReference } from '../../src/record/source-references.ts';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';

const dist = inject('distDir');
/** The accounts, as the issue names them: the EU's (Council, presidency), Russia's (its government), Parliament's, NGOs', the press's. */
const ACCOUNT = {
  council: 'eu',
  presidency: 'eu',
  government: 'russia',
  parliament: 'parliament',
  ngo: 'ngo',
  press: 'press',
} as const;
const ORDER = ['eu', 'russia', 'parliament', 'ngo', 'press'] as const;
const rounds = fixtureRounds().filter((r) => r.data.raised.length > 0);

/** Which accounts report a subject at a round, and through which sources, from the round file alone. */
function reportsIn(round: (typeof rounds)[number], subject: string): Map<string, Set<string>> {
  const byAccount = new Map<string, Set<string>>();
  for (const fact of round.data.raised.filter((f) => f.subjects.includes(subject)))
    for (const reference of fact.sources) {
      const id = resolveReference(reference).source;
      const account = ACCOUNT[round.data.sources.find((s) => s.id === id)!.kind];
      byAccount.set(account, (byAccount.get(account) ?? new Set()).add(id));
    }
  return byAccount;
}

describe.each(['', '/ru'])('the accounts view of the matrix (%s)', (prefix) => {
  const $ = loadPage(dist, `${prefix}/subjects/matrix/accounts/`);
  const columns = $('table.matrix thead th a')
    .map((_, a) => Number($(a).text()))
    .get();

  test('each cell names exactly the accounts whose sources report the subject at that round, linking to its table', () => {
    let filled = 0;
    $('table.matrix tbody tr:has(th[scope="row"])').each((_, row) => {
      const subject = $(row).find('th a').attr('href')!.split('/').filter(Boolean).at(-1)!;
      $(row)
        .find('td')
        .each((i, cell) => {
          const round = rounds.find((r) => r.data.round === columns[i]);
          const want = round ? ORDER.filter((a) => reportsIn(round, subject).has(a)) : [];
          expect(
            ($(cell).attr('data-accounts') ?? '').split(' ').filter(Boolean),
            `${subject} at ${columns[i]}`,
          ).toEqual(want);
          if (want.length) {
            filled += 1;
            expect($(cell).find('a').attr('href')).toBe(`${prefix}/rounds/${columns[i]}/#accounts`);
          }
        });
    });
    expect(filled).toBeGreaterThan(0);
  });

  test('it links back to the matrix of appearances, which links to it', () => {
    expect($(`main a[href="${prefix}/subjects/matrix/"]`)).toHaveLength(1);
    expect(
      loadPage(dist, `${prefix}/subjects/matrix/`)(`main a[href="${prefix}/subjects/matrix/accounts/"]`),
    ).toHaveLength(1);
  });
});

test('/subjects/accounts.csv has a row per subject raised at each round, with each account’s sources', () => {
  const rows = parseCsv(readFileSync(join(dist, 'subjects/accounts.csv'), 'utf8'), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  const want = rounds.flatMap((r) =>
    [...new Set(r.data.raised.flatMap((f) => f.subjects))].map((subject) => ({ round: r, subject })),
  );
  expect(rows.map((row) => `${row.round} ${row.subject_id}`)).toEqual(
    want.map((w) => `${w.round.data.round} ${w.subject}`),
  );
  rows.forEach((row, i) => {
    const reports = reportsIn(want[i]!.round, want[i]!.subject);
    for (const account of ORDER)
      expect(row[account]!.split(' ').filter(Boolean).sort(), `${row.round} ${row.subject_id} ${account}`).toEqual(
        [...(reports.get(account) ?? [])].sort(),
      );
  });
});

test('the fixture has rounds with one account, with several, and with both sides’ accounts', () => {
  const accountsOf = (r: (typeof rounds)[number]) =>
    new Set(
      r.data.raised.flatMap((f) =>
        f.sources.map((s) => ACCOUNT[r.data.sources.find((x) => x.id === resolveReference(s).source)!.kind]),
      ),
    );
  expect(rounds.some((r) => accountsOf(r).size === 1)).toBe(true);
  expect(rounds.some((r) => accountsOf(r).has('eu') && accountsOf(r).has('russia'))).toBe(true);
});

describe.each(rounds.flatMap((r) => ['en', 'ru'].map((locale) => [r.data.round, locale, r] as const)))(
  'round %i (%s)',
  (n, locale, round) => {
    const t = locale === 'ru' ? ru : en;
    const $ = loadPage(dist, `${locale === 'ru' ? '/ru' : ''}/rounds/${n}/`);
    const { raised, sources } = round.data;
    const kindOf = (id: string) => sources.find((s) => s.id === id)!.kind;
    const subjects = [...new Set(raised.flatMap((f) => f.subjects))];
    /** Which sources of which account state a fact under a subject, from the file. */
    const expected = (subject: string) => {
      const byAccount = new Map<string, Set<string>>();
      for (const fact of raised.filter((f) => f.subjects.includes(subject)))
        for (const reference of fact.sources) {
          const id = resolveReference(reference).source;
          const account = ACCOUNT[kindOf(id)];
          byAccount.set(account, (byAccount.get(account) ?? new Set()).add(id));
        }
      return byAccount;
    };
    const known = ORDER.filter((a) => subjects.some((s) => expected(s).has(a)));
    /** A source note's number on the page -> its publisher, as the list of sources shows it. */
    const publisherOf = (number: number) => $(`#source-${number} .record__kind`).next().text();

    test('its columns are the accounts its raised facts come from', () => {
      const headings = $('table.accounts thead th')
        .map((_, th) => $(th).text())
        .get();
      expect(headings.slice(2)).toEqual(known.map((a) => t.accounts.column[a]));
    });

    test('each cell holds exactly its account’s sources for the subject, each linking to their words', () => {
      const rows = $('table.accounts tbody tr').get();
      expect(rows).toHaveLength(subjects.length);
      rows.forEach((row, i) => {
        const want = expected(subjects[i]!);
        $(row)
          .find('td')
          .slice(1)
          .each((j, cell) => {
            const links = $(cell).find('a').get();
            const publishers = links.map((a) => {
              const target = $(`[id="${$(a).attr('href')!.slice(1)}"]`);
              expect(target, $(a).attr('href')).toHaveLength(1);
              // The target is the source's words (or its note mark) under a fact of this subject.
              const ref = target.is('.record__ref') ? target : target.find('.record__ref').first();
              const number = Number(/\[(\d+)\]/.exec(ref.text())![1]);
              expect(`[${number}]`).toBe($(a).text());
              return publisherOf(number);
            });
            const wantPublishers = [...(want.get(known[j]!) ?? [])].map(
              (id) => sources.find((s) => s.id === id)!.publisher,
            );
            expect(publishers.sort()).toEqual(wantPublishers.sort());
          });
      });
    });

    // One data file for both languages: checked once.
    test.runIf(locale === 'en')('its data file carries the same accounts, source by source', () => {
      const { round: json } = JSON.parse(readFileSync(join(dist, `rounds/${n}.json`), 'utf8')) as {
        round: { accounts: { known: string[]; subjects: { subject: string; reportedBy: Record<string, string[]> }[] } };
      };
      expect(json.accounts.known).toEqual(known);
      expect(json.accounts.subjects.map((s) => s.subject)).toEqual(subjects);
      for (const s of json.accounts.subjects)
        expect(Object.fromEntries(Object.entries(s.reportedBy).map(([a, ids]) => [a, [...ids].sort()]))).toEqual(
          Object.fromEntries([...expected(s.subject)].map(([a, ids]) => [a, [...ids].sort()])),
        );
    });

    test('it says plainly what accounts it is known from, and marks a subject only one side reports', () => {
      const statement = $('#accounts').next('p').text();
      if (known.length === 1) expect(statement).toBe(t.accounts.onlyOne(t.accounts.name[known[0]!]));
      else for (const a of known) expect(statement).toContain(t.accounts.name[a]);
      const both = known.includes('eu') && known.includes('russia');
      $('table.accounts tbody tr').each((i, row) => {
        const want = expected(subjects[i]!);
        const side = both && want.has('eu') !== want.has('russia') ? (want.has('eu') ? 'eu' : 'russia') : undefined;
        expect($(row).find('.accounts__side').text()).toBe(side ? t.accounts.oneSide[side] : '');
      });
    });
  },
);
