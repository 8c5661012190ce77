/**
 * The cross-round index on the fixture site: every subject's page lists every round and
 * paragraph where it appears; the matrix, its CSV and /data/subjects.json say the same; round
 * pages name their subjects beside the untouched text.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseFeed } from '@rowanmanning/feed-parser';
import { subjectNames } from '../../src/record/subject-schema.ts';
import { findMentions } from '../../src/record/mentions.ts';
import { loadPage, paragraphText } from '../support/dist.ts';
import { FIXTURE_CONTENT, fixtureRounds, readContentSubjects } from '../support/fixture-site.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';
import { ordinal } from '../support/expect-text.ts';
import { ARCHIVE_NAME } from '../../src/format/archive-name.ts';

const dist = inject('distDir');
const SITE = FIXTURE_SITE;
const rounds = fixtureRounds();
const subjects = readContentSubjects(FIXTURE_CONTENT);
const nameable = subjects.map((s) => ({ id: s.id, names: [s.data.name, ...s.data.aliases] }));
/** Where each subject appears, worked out from the fixture files: round -> paragraphs naming it. */
const expected = new Map(
  subjects.map((s) => [
    s.id,
    rounds.flatMap((r) => {
      const paragraphs = findMentions(r.paragraphs, nameable)
        .filter((m) => m.subject === s.id)
        .map((m) => m.paragraph);
      const raised = r.data.raised.some((x) => x.subjects.includes(s.id));
      return raised || paragraphs.length ? [{ round: r.data.round, raised, paragraphs }] : [];
    }),
  ]),
);

describe('subject pages', () => {
  test.each(subjects.flatMap((s) => ['', '/ru'].map((prefix) => [`${prefix}/subjects/${s.id}/`, s] as const)))(
    '%s can be cited: the archive, the quoted English name, the rounds it spans and the English page',
    (path, subject) => {
      const cite = loadPage(dist, path)('#cite-text');
      expect(cite.attr('lang')).toBe('en');
      const text = cite.text();
      expect(text.startsWith(`${ARCHIVE_NAME}, “${subject.data.name}”`)).toBe(true);
      expect(text.endsWith(` ${SITE}/subjects/${subject.id}/.`)).toBe(true);
      const appearances = expected.get(subject.id)!;
      const [first, last] = [appearances[0]!.round, appearances.at(-1)!.round];
      expect(text).toContain(first === last ? `${ordinal(first)} round` : `${ordinal(first)}–${ordinal(last)} rounds`);
    },
  );

  test.each(subjects.map((s) => [s.id, s]))(
    '/subjects/%s/ lists every round and paragraph where it appears',
    (id, subject) => {
      const $ = loadPage(dist, `/subjects/${id}/`);
      expect($('h1').text()).toBe(subject.data.name);
      const items = $('.appearances__list > li');
      const want = expected.get(id)!;
      expect(items.map((_, li) => $(li).find('a').first().attr('href')).get()).toEqual(
        want.map((w) => `/rounds/${w.round}/`),
      );
      want.forEach((w, i) => {
        const links = $(items[i])
          .find('.appearances__mention a')
          .map((_, a) => $(a).attr('href'))
          .get();
        expect(links).toEqual(w.paragraphs.map((p) => `/rounds/${w.round}/#p${p}`));
      });
    },
  );

  test('the subjects page lists every subject under its kind, with its number of rounds', () => {
    const $ = loadPage(dist, '/subjects/');
    const listed = $('.subject-group__list li a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(listed.sort()).toEqual(subjects.map((s) => `/subjects/${s.id}/`).sort());
    for (const s of subjects) {
      const n = expected.get(s.id)!.length;
      expect($(`li:has(a[href="/subjects/${s.id}/"]) .subject-group__meta`).text()).toMatch(
        new RegExp(`^${n} rounds?,`),
      );
    }
  });
});

describe('the matrix', () => {
  const $ = loadPage(dist, '/subjects/matrix/');
  const columns = $('.matrix thead th a')
    .map((_, a) => Number($(a).text()))
    .get();
  const marks = new Map(
    $('.matrix tbody tr:has(th[scope="row"])')
      .map((_, tr) => [
        [
          $(tr).find('th a').attr('href')!.split('/')[2]!,
          $(tr)
            .find('td')
            .map((i, td) => ($(td).find('a').length ? columns[i] : null))
            .get()
            .filter((x) => x !== null),
        ],
      ])
      .get() as [string, number[]][],
  );

  test('shows the same rounds for each subject as the subject pages', () => {
    expect(columns).toEqual(rounds.map((r) => r.data.round));
    for (const s of subjects) expect(marks.get(s.id)).toEqual(expected.get(s.id)!.map((w) => w.round));
  });

  test('its CSV has the same marks, raised or named', () => {
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(dist, 'subjects/matrix.csv'), 'utf8'), {
      columns: true,
      bom: true,
    });
    for (const s of subjects) {
      const row = rows.find((r) => r.subject_id === s.id)!;
      for (const w of expected.get(s.id)!) expect(row[`round_${w.round}`]).toBe(w.raised ? 'raised' : 'named');
      expect(Object.entries(row).filter(([k, v]) => k.startsWith('round_') && v).length).toBe(
        expected.get(s.id)!.length,
      );
    }
  });
});

describe('round pages and data', () => {
  test.each(rounds.filter((r) => r.hasText).map((r) => [r.data.round, r]))(
    'round %i names its subjects under the paragraphs, leaving the words untouched',
    (n, round) => {
      const $ = loadPage(dist, `/rounds/${n}/`);
      for (const p of round.paragraphs) {
        expect(paragraphText($, p.id)).toBe(p.text);
        const line = $(`#${p.id} + p.named-here`);
        const named = findMentions([p], nameable).map((m) => `/subjects/${m.subject}/`);
        expect(
          line
            .find('a')
            .map((_, a) => $(a).attr('href'))
            .get(),
        ).toEqual(named);
      }
    },
  );

  test.each(rounds.map((r) => [r.data.round, r]))(
    'round %i’s JSON-LD names what was raised (about) and what the text names (mentions)',
    (n, round) => {
      const graph = JSON.parse(loadPage(dist, `/rounds/${n}/`)('script[type="application/ld+json"]').text())['@graph'];
      const about = (graph[0].about ?? []).map((t: { url: string }) => t.url);
      expect(about).toEqual([
        ...new Set(round.data.raised.flatMap((x) => x.subjects.map((id) => `${SITE}/subjects/${id}/`))),
      ]);
      const mentions = (graph[1].mentions ?? []).map((t: { url: string }) => t.url);
      expect(mentions).toEqual([
        ...new Set(findMentions(round.paragraphs, nameable).map((m) => `${SITE}/subjects/${m.subject}/`)),
      ]);
    },
  );

  test('/data/subjects.json is valid against its published schema and has every subject', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data/subjects.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(join(dist, 'data/subjects.schema.json'), 'utf8')),
    );
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.subjects.map((s: { id: string }) => s.id).sort()).toEqual(subjects.map((s) => s.id).sort());
    for (const s of data.subjects)
      expect(s.rounds.map((r: { round: number }) => r.round)).toEqual(expected.get(s.id)!.map((w) => w.round));
  });
});

describe('each subject’s own feed', () => {
  test.each(readContentSubjects(FIXTURE_CONTENT).map((s) => [s.id, s]))(
    '/subjects/%s/feed.xml is Atom with the rounds that raise or name it, and their corrections',
    async (id) => {
      const xml = readFileSync(join(dist, `subjects/${id}/feed.xml`), 'utf8');
      const feed = parseFeed(xml);
      const rounds = fixtureRounds().filter(
        (r) =>
          r.data.raised.some((item) => item.subjects.includes(id)) ||
          findMentions(
            r.paragraphs,
            readContentSubjects(FIXTURE_CONTENT).map((s) => ({ id: s.id, names: subjectNames(s) })),
          ).some((m) => m.subject === id),
      );
      const roundEntries = feed.items.filter((item) => !/#correction-\d+$/.test(item.id ?? ''));
      expect(
        roundEntries.map((item) => Number(/\/rounds\/(\d+)\/$/.exec(item.id ?? '')?.[1])).sort((a, b) => a - b),
      ).toEqual(rounds.map((r) => r.data.round).sort((a, b) => a - b));
      const corrections = feed.items.length - roundEntries.length;
      expect(corrections).toBe(rounds.reduce((sum, r) => sum + r.data.corrections.length, 0));
      // The subject's page links it, for readers and for feed readers.
      const $ = loadPage(dist, `/subjects/${id}/`);
      expect($(`link[rel="alternate"][type="application/atom+xml"][href="/subjects/${id}/feed.xml"]`)).toHaveLength(1);
      expect($(`main a[href="/subjects/${id}/feed.xml"]`)).toHaveLength(1);
      expect($(`main a[href="/search/?subject=${id}"]`)).toHaveLength(1);
    },
  );
});
