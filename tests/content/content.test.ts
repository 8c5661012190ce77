/**
 * The smoke suite on the real archive: every round file in content/ renders, and the texts the
 * archive holds are verbatim copies of sources/. Expectations come from the files themselves,
 * so adding a round never breaks it.
 */
import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceManifestSchema } from '../../src/record/source-manifest.ts';
import { citingFacts, resolveReference } from '../../src/record/source-references.ts';
import { checkSubjectIndex } from '../../src/record/subject-folder.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { loadPage, paragraphText, unsourcedFacts } from '../support/dist.ts';
import { readContentRounds, readContentSubjects } from '../support/fixture-site.ts';
import { textBlocks } from '../support/release-pdf.ts';
import { FILES, PAGES } from '../../src/format/urls.ts';
import { LOCALES, localizePath } from '../../src/i18n/locales.ts';

const dist = inject('contentDistDir');
const rounds = readContentRounds('content');
const manifest = sourceManifestSchema.parse(
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'sources/manifest.json'), 'utf8')),
);

describe('every round file', () => {
  test('there are rounds in the archive', () => {
    expect(rounds.length).toBeGreaterThan(0);
  });

  test.each(rounds.map((r) => [r.data.round, r]))('round %i has its page, with its own paragraphs', (n, round) => {
    expect(existsSync(join(dist, `rounds/${n}/index.html`))).toBe(true);
    const $ = loadPage(dist, `/rounds/${n}/`);
    expect($('h1').text()).toMatch(new RegExp(`^${n}(st|nd|rd|th) round$`));
    expect($('p.para').map((_, p) => $(p).attr('id')).get()).toEqual(round.paragraphs.map((p) => p.id));
    for (const paragraph of round.paragraphs) expect(paragraphText($, paragraph.id)).toBe(paragraph.text);
  });

  test.each(rounds.map((r) => [r.data.round, r]))(
    'round %i: every fact of its record shows a note that leads to one of its sources',
    (n, round) => {
      const $ = loadPage(dist, `/rounds/${n}/`);
      expect($('.record__sources li')).toHaveLength(round.data.sources.length);
      expect(unsourcedFacts($)).toEqual([]);
    },
  );
});

describe('every subject file', () => {
  const subjects = readContentSubjects('content');

  test.each(subjects.map((s) => [s.id, s]))('%s has its page, listing at least one round', (id, subject) => {
    const $ = loadPage(dist, `/subjects/${id}/`);
    expect($('h1').text()).toBe(subject.data.name);
    expect($('.appearances__list > li').length).toBeGreaterThan(0);
    expect($(`.matrix`).length).toBe(0);
  });

  test('the matrix has a row for every subject', () => {
    const $ = loadPage(dist, '/subjects/matrix/');
    const rows = $('.matrix th[scope="row"] a').map((_, a) => $(a).attr('href')).get();
    expect(rows.sort()).toEqual(subjects.map((s) => `/subjects/${s.id}/`).sort());
  });
});

describe('texts from sources/', () => {
  const fromSources = manifest.sources.filter((s) => rounds.some((r) => r.data.round === s.round && r.hasText));

  test('at least one round text comes from sources/', () => {
    expect(fromSources.length).toBeGreaterThan(0);
  });

  test.each(fromSources.map((s) => [s.file, s]))(
    '%s: the round page shows its title and paragraphs verbatim and in order',
    (_file, source) => {
      const blocks = textBlocks(readFileSync(join(PROJECT_ROOT, 'sources', source.file), 'utf8'));
      const listStart = blocks.findIndex((b) => /^Previous Human Rights Consultations:?$/i.test(b));
      const paragraphs = blocks.slice(1, listStart === -1 ? undefined : listStart);
      const $ = loadPage(dist, `/rounds/${source.round}/`);
      expect($('.round-header__release').text()).toBe(blocks[0]);
      expect($('p.para').length).toBe(paragraphs.length);
      paragraphs.forEach((text, i) => expect(paragraphText($, `p${i + 1}`)).toBe(text));
    },
  );
});

describe('exact attribution', () => {
  const roundsWithFiles = readContentRounds('content');
  const subjects = readContentSubjects('content');

  test.each(roundsWithFiles.map((r) => [r.data.round, r]))(
    'round %i: every reference has its source’s words, but for the release held here, which its paragraph locates',
    (_n, round) => {
      const held = round.data.sources.find((s) => s.textInArchive)?.id;
      for (const fact of citingFacts(round.data))
        for (const reference of fact.references) {
          const ref = resolveReference(reference);
          if (ref.source !== held) expect(ref.phrases.length, `${fact.field}: ${ref.source}`).toBeGreaterThan(0);
          for (const phrase of ref.phrases) expect(phrase.split(/\s+/).length).toBeLessThanOrEqual(12);
        }
    },
  );

  test('no subject is credited to a source whose words do not name it, unless the file says why', () => {
    expect(checkSubjectIndex({ subjects, rounds: roundsWithFiles })).toEqual([]);
  });

  test.each(roundsWithFiles.map((r) => [r.data.round]))(
    'round %i: every link to a source’s words is a well-formed text fragment whose words are the file’s',
    (n) => {
      const $ = loadPage(dist, `/rounds/${n}/`);
      const quotes = $('.record__evidence q');
      quotes.each((_, q) => {
        const href = $(q).find('a').attr('href');
        if (!href) return;
        const url = new URL(href, 'https://x.org/');
        const [, directive] = url.hash.split(':~:');
        expect(directive, href).toMatch(/^text=[^&]+(&text=[^&]+)*$/);
        const words = $(q).text().replace(/\s+/g, ' ');
        for (const part of directive!.split('&').flatMap((d) => d.slice('text='.length).split(',')))
          expect(words).toContain(decodeURIComponent(part));
      });
    },
  );
});

describe('the about page', () => {
  test.each(LOCALES)('(%s) links the download of the whole record, the accounts across rounds and the files no other page links', (locale) => {
    const $ = loadPage(dist, localizePath(PAGES.about, locale));
    for (const href of [
      localizePath(PAGES.download, locale),
      FILES.roundsCsv,
      FILES.subjectsJson,
      localizePath(PAGES.accountsMatrix, locale),
      FILES.accountsCsv,
    ])
      expect($(`main a[href="${href}"]`), href).toHaveLength(1);
  });
});
