/**
 * The fixture site in its two languages: every English page has its Russian twin under /ru/ and
 * back, with hreflang and a switch; each page speaks its own language outside marked passages;
 * the record's Russian words come from the round and subject files; the release stays English;
 * and each language has its own search index. Expectations come from the fixture files.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRussianPath, listPages, loadPage, paragraphText } from '../support/dist.ts';
import { FIXTURE_CONTENT, fixtureRounds, pickRounds, readContentSubjects } from '../support/fixture-site.ts';
import { wrongLanguageWords } from '../support/language-check.ts';
import { openIndex } from '../support/pagefind-node.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';

const dist = inject('distDir');
const SITE = FIXTURE_SITE;
const rounds = fixtureRounds();
const subjects = readContentSubjects(FIXTURE_CONTENT);
const { latestText } = pickRounds(rounds);
const pages = listPages(dist).map((p) => p.path);
const english = pages.filter((path) => !isRussianPath(path));
/** Proper names the record keeps in their own spelling: the sources' publishers and the releases' issuers. */
const properNames = [
  ...new Set(rounds.flatMap((r) => [...r.data.sources.map((s) => s.publisher), r.data.source?.issuer ?? ''])),
].filter(Boolean);

test('there are pages in both languages', () => {
  expect(english.length).toBeGreaterThan(5);
  expect(pages.length).toBe(english.length * 2);
});

test.each(english.filter((path) => !path.endsWith('404.html')))(
  '%s and its Russian twin name each other (hreflang, x-default English) and link each other from the language switch',
  (path) => {
    const twin = `/ru${path}`;
    for (const [page, lang, other] of [
      [path, 'en', twin],
      [twin, 'ru', path],
    ] as const) {
      const $ = loadPage(dist, page);
      expect($('html').attr('lang')).toBe(lang);
      const alternates = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .toArray()
          .map((link) => [$(link).attr('hreflang'), $(link).attr('href')]),
      );
      expect(alternates).toEqual({ en: `${SITE}${path}`, ru: `${SITE}${twin}`, 'x-default': `${SITE}${path}` });
      const toggle = $('[data-language-switch]');
      expect(toggle.attr('href')).toBe(other);
      expect(toggle.attr('hreflang')).toBe(lang === 'en' ? 'ru' : 'en');
      expect(toggle.attr('lang')).toBe(toggle.attr('hreflang'));
    }
  },
);

test('each 404 page speaks its language and leads to its language’s pages', () => {
  for (const [file, lang, home] of [
    ['/404.html', 'en', '/'],
    ['/ru/404.html', 'ru', '/ru/'],
  ] as const) {
    const $ = loadPage(dist, file);
    expect($('html').attr('lang')).toBe(lang);
    expect(
      $('main a[href]')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toContain(home);
  }
});

test.each(pages)('%s has no word of the other language outside passages marked with their language', (path) => {
  const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  expect(wrongLanguageWords(html, properNames)).toEqual([]);
});

test('a Russian round page keeps the release’s words in English, marked lang="en", after a note in Russian', () => {
  const path = `/rounds/${latestText.data.round}/`;
  const $ = loadPage(dist, `/ru${path}`);
  expect($('.release').attr('lang')).toBe('en');
  for (const p of latestText.paragraphs) expect(paragraphText($, p.id)).toBe(p.text);
  expect($('.release').prev('.release-language').text()).toMatch(/\p{Script=Cyrillic}/u);
  expect(loadPage(dist, path)('.release-language')).toHaveLength(0);
  // Paragraph titles in search results speak the page's language: the round as its heading names it.
  const heading = $('h1').text();
  const date = $('.round-facts time').first().text();
  for (const p of latestText.paragraphs)
    expect($(`#${p.id}`).attr('data-pagefind-title')).toBe(`${heading} · ${date} · ¶${p.id.slice(1)}`);
});

test.each(rounds.map((r) => [r.data.round, r]))(
  'round %i’s Russian page shows the round file’s Russian words: summary, place, raised items and sources',
  (n, round) => {
    const $ = loadPage(dist, `/ru/rounds/${n}/`);
    const { ru } = round.data;
    expect($('meta[name="description"]').attr('content')).toBe(ru.summary);
    if (ru.place) expect($('.round-facts').text()).toContain(ru.place);
    const labels = $('.record__list .record__label')
      .toArray()
      .map((l) => $(l).text());
    for (const label of Object.values(ru.raised)) expect(labels).toContain(label);
    const notes = $('.record__sources li').text();
    for (const description of Object.values(ru.sources)) expect(notes).toContain(description);
  },
);

test.each(subjects.map((s) => [s.id, s]))('subject %s’s Russian page has its Russian name and description', (id, s) => {
  const $ = loadPage(dist, `/ru/subjects/${id}/`);
  expect($('h1').text()).toBe(s.data.ru.name);
  expect($('.lede').text()).toBe(s.data.ru.description);
});

test('each language’s social preview of a round is its own image', () => {
  const n = latestText.data.round;
  const [en, ru] = [`rounds/${n}/og.png`, `ru/rounds/${n}/og.png`].map((file) => readFileSync(join(dist, file)));
  expect(ru!.subarray(1, 4).toString()).toBe('PNG');
  expect(ru!.equals(en!)).toBe(false);
  expect(loadPage(dist, `/ru/rounds/${n}/`)('meta[property="og:image"]').attr('content')).toBe(
    `${SITE}/ru/rounds/${n}/og.png`,
  );
});

test.each(rounds.map((r) => [r.data.round, r]))(
  'round %i’s data file carries the round file’s Russian words, and the subjects file each subject’s',
  (n, round) => {
    const { round: data } = JSON.parse(readFileSync(join(dist, `rounds/${n}.json`), 'utf8'));
    expect(data.ru).toEqual({
      ...round.data.ru,
      place: round.data.ru.place ?? null,
      issuer: round.data.ru.issuer ?? null,
      // In the order of `raised`, and (for readers of 3.1) by each item's first subject.
      raisedLabels: round.data.ru.raised,
      raised: Object.fromEntries(round.data.raised.map((item, i) => [item.subjects[0], round.data.ru.raised[i]])),
    });
    // Every fact's evidence carries its sources' words as the file writes them.
    data.raised.forEach((item: { evidence: { words: string[] }[] }, i: number) =>
      expect(item.evidence.map((e) => e.words)).toEqual(
        round.data.raised[i]!.sources.map((ref) => (typeof ref === 'string' ? [] : [ref.words].flat())),
      ),
    );
    const { subjects: list } = JSON.parse(readFileSync(join(dist, 'data/subjects.json'), 'utf8'));
    for (const s of subjects) expect(list.find((x: { id: string }) => x.id === s.id).ru).toEqual(s.data.ru);
  },
);

test('citation files are one set for both languages, and the Russian page links it', () => {
  const $ = loadPage(dist, `/ru/rounds/${latestText.data.round}/`);
  const files = $('.cite__files a')
    .toArray()
    .map((a) => $(a).attr('href')!);
  expect(files.length).toBeGreaterThan(0);
  for (const href of files) {
    expect(href.startsWith('/ru/')).toBe(false);
    expect(existsSync(join(dist, href))).toBe(true);
  }
});

describe('search in each language', () => {
  let indexes: Record<'en' | 'ru', Awaited<ReturnType<typeof openIndex>>>;
  beforeAll(async () => {
    // One after the other: each reads its language while it starts.
    const en = await openIndex(dist, { language: 'en' });
    indexes = { en, ru: await openIndex(dist, { language: 'ru' }) };
  });
  afterAll(async () => Promise.all(Object.values(indexes ?? {}).map((index) => index.close())));
  const path = (url: string) => new URL(url).pathname;

  test('each index holds its language’s pages only, every round once', async () => {
    for (const [language, index] of Object.entries(indexes)) {
      const found = (await index.search(null, { filters: { type: 'round' } })).map((p) => path(p.url));
      expect(found.sort()).toEqual(
        rounds.map((r) => `${language === 'ru' ? '/ru' : ''}/rounds/${r.data.round}/`).sort(),
      );
    }
  });

  test.each(subjects.map((s) => [s.data.ru.name, s]))(
    'the Russian name “%s” finds its subject, titled in Russian, first among subjects',
    async (name, subject) => {
      const subjectPage = `/ru/subjects/${subject.id}/`;
      const all = await indexes.ru.search(name);
      expect(all.find((p) => path(p.url) === subjectPage)?.meta.title).toBe(name);
      const [first] = await indexes.ru.search(name, { filters: { type: 'subject' } });
      expect(first && path(first.url)).toBe(subjectPage);
    },
  );

  // A subject named in a release's paragraph, by its English name: the Russian name finds that paragraph.
  const named = subjects.flatMap((s) =>
    rounds.flatMap((r) =>
      r.paragraphs.filter((p) => p.text.includes(s.data.name)).map((p) => ({ subject: s, round: r, paragraph: p })),
    ),
  );

  test('some subject is named in a paragraph', () => {
    expect(named.length).toBeGreaterThan(0);
  });

  test.each(named.map((n) => [n.subject.data.ru.name, n.round.data.round, n.paragraph.id, n]))(
    'the Russian name “%s” finds round %i’s paragraph %s, titled in Russian',
    async (name, round, id) => {
      const pages = await indexes.ru.search(name);
      const page = pages.find((p) => path(p.url) === `/ru/rounds/${round}/`);
      const sub = page?.sub_results.find((s) => s.url.endsWith(`#${id}`));
      expect(sub?.title).toMatch(new RegExp(`^${round}-й раунд · .* · ¶${id.slice(1)}$`));
    },
  );
});
