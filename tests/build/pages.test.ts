/** The built fixture site's pages, with every expectation read from the fixture round files. */
import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveReference } from '../../src/record/source-references.ts';
import { getLanguage } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { listPages, loadPage, paragraphText, unsourcedFacts } from '../support/dist.ts';
import { isoDay, listedDate, ordinal } from '../support/expect-text.ts';
import { FIXTURE_CONTENT, fixtureRounds, pickRounds, readContentSubjects } from '../support/fixture-site.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';

const dist = inject('distDir');
const rounds = fixtureRounds();
const { latestText, withText, sourceOnlyRounds } = pickRounds(rounds);
const pagePath = (n: number) => `/rounds/${n}/`;

describe('round pages', () => {
  test('there is one page per round file, at /rounds/<n>/', () => {
    for (const r of rounds) expect(existsSync(join(dist, `rounds/${r.data.round}/index.html`))).toBe(true);
  });

  test.each(withText.map((r) => [r.data.round, r]))(
    'round %i shows its paragraphs verbatim and in order, numbered p1, p2 …',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      const ids = $('.release p.para')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(ids).toEqual(round.paragraphs.map((_, i) => `p${i + 1}`));
      for (const p of round.paragraphs) expect(paragraphText($, p.id)).toBe(p.text);
    },
  );

  test.each(withText.map((r) => [r.data.round, r]))(
    'round %i: received text that looks like code or markup is shown as text, and nothing in it ran',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      // Inside the release's paragraphs: only text, the ¶ link and links the text itself makes.
      const elements = $('.release p.para *')
        .map((_, el) => el.tagName)
        .get();
      expect(elements.filter((tag) => !['a', 'sup', 'strong', 'em'].includes(tag))).toEqual([]);
      expect($('.release a[href^="javascript:"], .release [onerror], .release img')).toHaveLength(0);
      // A paragraph that MDX would have run as ESM is on the page, word for word.
      for (const p of round.paragraphs.filter((q) => /^(import|export)\b/i.test(q.text)))
        expect(paragraphText($, p.id)).toBe(p.text);
    },
  );

  test('the fixture has a paragraph that MDX would run if it were not escaped', () => {
    expect(withText.some((r) => r.paragraphs.some((p) => /^export /.test(p.text)))).toBe(true);
  });

  test.each(withText.map((r) => [r.data.round, r.data.title]))(
    'round %i shows its release title verbatim',
    (n, title) => {
      expect(loadPage(dist, pagePath(n))('.round-header__release').text()).toBe(title);
    },
  );

  test('each paragraph has a visible ¶ permalink to itself', () => {
    const $ = loadPage(dist, pagePath(latestText.data.round));
    for (const p of latestText.paragraphs) {
      const link = $(`#${p.id} > a.para-link`);
      expect(link.attr('href')).toBe(`#${p.id}`);
      expect(link.text()).toBe(`¶${p.number}`);
      expect(link.attr('aria-label')).toBe(`Paragraph ${p.number}`);
    }
  });

  test.each(rounds.map((r) => [r.data.round, r]))(
    'round %i’s heading gives the ordinal, a machine-readable date and the place or its absence',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      expect($('h1').text()).toBe(`${ordinal(n)} round`);
      expect($('.round-facts time').attr('datetime')).toBe(isoDay(round.data.date));
      expect($('.round-facts time').text()).toBe(listedDate(round.data));
      expect($('.round-facts').text()).toContain(round.data.place ?? 'Not stated in the public record');
    },
  );

  test.each(rounds.filter((r) => r.data.previous.length).map((r) => [r.data.round, r]))(
    'round %i’s list of previous consultations links each round here and its source byte for byte',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      const links = $('.previous__list li')
        .map((_, li) => ({ page: $(li).find('a').first().attr('href'), source: $(li).find('a').last().attr('href') }))
        .get();
      expect(links).toEqual(round.data.previous.map((p) => ({ page: pagePath(p.round), source: p.url })));
    },
  );

  test.each(rounds.filter((r) => r.data.nextExpected).map((r) => [r.data.round, r.data.nextExpected]))(
    'round %i shows the next round’s expected timing in the release’s words',
    (n, words) => {
      expect(loadPage(dist, pagePath(n))('.next-expected').text()).toBe(
        `Next round: expected, in the release’s words, in “${words}”.`,
      );
    },
  );

  test.each(sourceOnlyRounds.map((r) => [r.data.round, r]))(
    'round %i says plainly that its text is missing and links the official source',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      expect($('.notice h2').text()).toBe('The archive does not hold this round’s text');
      expect($('.notice a').attr('href')).toBe(round.data.source!.url);
      expect($('.release')).toHaveLength(0);
      expect($('p.para')).toHaveLength(0);
    },
  );

  test.each(rounds.map((r, i) => [r.data.round, rounds[i - 1]?.data.round, rounds[i + 1]?.data.round]))(
    'round %i links rel=prev to round %s and rel=next to round %s',
    (n, prev, next) => {
      const $ = loadPage(dist, pagePath(n));
      expect($('a[rel="prev"]').attr('href')).toBe(prev && pagePath(prev));
      expect($('a[rel="next"]').attr('href')).toBe(next && pagePath(next));
    },
  );

  test('round pages load no script files before interaction (search code is imported on use)', () => {
    for (const r of rounds) expect(loadPage(dist, pagePath(r.data.round))('script[src]')).toHaveLength(0);
  });
});

describe('what the record says', () => {
  test.each(rounds.map((r) => [r.data.round, r]))(
    'round %i: every fact on the page carries a note that leads to one of its sources',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      const notes = $('.record__sources li');
      expect(notes).toHaveLength(round.data.sources.length);
      const facts = $('.record__facts > div, .record__list > li');
      const expectedFacts =
        2 +
        (round.data.attested.number ? 1 : 0) +
        round.data.delegations.length +
        round.data.raised.length +
        round.data.notes.length +
        round.data.conflicts.length;
      expect(facts).toHaveLength(expectedFacts);
      expect(unsourcedFacts($)).toEqual([]);
    },
  );

  test.each(rounds.map((r) => [r.data.round, r]))(
    'round %i: every raised fact shows each of its sources’ words, in their language, linked at those words',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      const heading = $('.record h3').filter((_, h) => $(h).text() === getLanguage('en').t.record.raised);
      const items = heading.next('ul').children('li');
      expect(items).toHaveLength(round.data.raised.length);
      round.data.raised.forEach((item, i) => {
        const quotes = items.eq(i).find('.record__evidence q');
        const references = item.sources.map(resolveReference).filter((r) => r.phrases.length > 0);
        expect(quotes).toHaveLength(references.length);
        references.forEach((ref, k) => {
          const quote = quotes.eq(k);
          expect(quote.text()).toBe(ref.phrases.join(' … '));
          const source = round.data.sources.find((s) => s.id === ref.source)!;
          // The words carry their language where it is not the page's.
          expect(quote.closest('[lang]').attr('lang')).toBe(source.language);
          const href = quote.find('a').attr('href');
          if (!source.url && !source.textInArchive) return expect(href).toBeUndefined();
          // Each text directive reads back as its phrase (a range keeps the phrase's first and last words).
          const directives = new URL(href!, 'https://x.org/').hash.split(':~:')[1]!.split('&');
          expect(directives).toHaveLength(ref.phrases.length);
          directives.forEach((directive, j) => {
            const parts = directive
              .replace(/^text=/, '')
              .split(',')
              .map(decodeURIComponent);
            const words = ref.phrases[j]!.split(/\s+/);
            expect(words.slice(0, parts[0]!.split(' ').length).join(' ')).toBe(parts[0]);
            expect(words.slice(-parts.at(-1)!.split(' ').length).join(' ')).toBe(parts.at(-1));
          });
        });
      });
    },
  );

  test.each(rounds.map((r) => [r.data.round, r]))(
    'round %i: each source note names its publisher, language and mirror status',
    (n, round) => {
      const $ = loadPage(dist, pagePath(n));
      const text = $('.record__sources').text();
      for (const source of round.data.sources) {
        expect(text).toContain(source.publisher);
        if (source.url) expect($(`.record__sources a[href="${source.url}"]`).attr('hreflang')).toBe(source.language);
      }
      const foreign = round.data.sources.filter((s) => s.language !== 'en').length;
      expect((text.match(/, in [A-Z][a-z]+/g) ?? []).length).toBe(foreign);
      expect((text.match(/A mirror:/g) ?? []).length).toBe(round.data.sources.filter((s) => s.mirror).length);
    },
  );

  test.each(rounds.map((r) => [r.data.round, r]))(
    'round %i: says “numbered by sequence” exactly when no source numbers it',
    (n, round) => {
      expect(loadPage(dist, pagePath(n))('.record__sequence')).toHaveLength(round.data.numberedBySequence ? 1 : 0);
    },
  );

  test('a round whose sources disagree shows both accounts and says they disagree', () => {
    const disputed = rounds.filter((r) => r.data.conflicts.length);
    expect(disputed.length).toBeGreaterThan(0);
    for (const round of disputed) {
      const $ = loadPage(dist, pagePath(round.data.round));
      expect($('.record').text()).toContain('Where the sources disagree');
      for (const conflict of round.data.conflicts) expect($('.record').text()).toContain(conflict.text);
    }
  });

  test('a round known only from its public record says so plainly and shows its unknown place as unknown', () => {
    const { recordOnly } = pickRounds(rounds);
    const $ = loadPage(dist, pagePath(recordOnly.data.round));
    expect($('.notice').text()).toContain('No official release');
    if (!recordOnly.data.place) expect($('.round-facts').text()).toContain('Not stated in the public record');
  });
});

describe('listing pages', () => {
  test('/rounds/ lists every round newest first, by year, with date, place, what the archive holds and its sources', () => {
    const $ = loadPage(dist, '/rounds/');
    const rows = $('.rounds-table tbody tr:not(.rounds-table__year)')
      .map((_, tr) =>
        $(tr)
          .find('th, td')
          .map((__, c) => $(c).text().replace(/\s+/g, ' ').trim())
          .get()
          .join(' | '),
      )
      .get();
    const holding = (r: (typeof rounds)[number]) =>
      en.round.holding[r.hasText ? 'text' : r.data.source ? 'release' : 'record'];
    expect(rows).toEqual(
      rounds
        .toReversed()
        .map(
          (r) =>
            `${ordinal(r.data.round)} round | ${listedDate(r.data)} | ${r.data.place ?? 'Not stated'} | ${holding(r)} ${r.data.sources.length} source${r.data.sources.length === 1 ? '' : 's'}`,
        ),
    );
    const years = [...new Set(rounds.toReversed().map((r) => r.data.date.earliest.getUTCFullYear()))];
    expect(
      $('.rounds-table th[scope="rowgroup"]')
        .map((_, th) => $(th).text().trim())
        .get(),
    ).toEqual(years.map(String));
    expect(
      $('.rounds-table th[scope="rowgroup"] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(years.map((y) => `/rounds/years/${y}/`));
    expect(
      $('.year-index a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(years.map((y) => `#year-${y}`));
  });

  test('the home page links the latest round and every round on its timeline, oldest first', () => {
    const $ = loadPage(dist, '/');
    expect($('.latest a').attr('href')).toBe(pagePath(rounds.at(-1)!.data.round));
    expect(
      $('.timeline-svg a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(rounds.map((r) => pagePath(r.data.round)));
  });

  test('the timeline draws what each round’s record says of its date and holding, as its key says', () => {
    const $ = loadPage(dist, '/');
    const marks = $('.timeline-svg a').get();
    expect(marks).toHaveLength(rounds.length);
    rounds.forEach((round, i) => {
      const mark = $(marks[i]);
      const shape = mark.find('.timeline-svg__dot');
      const { date, scheduled } = round.data;
      // A day is a point; a month or a span of days is a bar at least 20 units wide.
      if (date.precision === 'day') expect(shape.prop('tagName')).toMatch(/^circle$/i);
      else {
        expect(shape.prop('tagName')).toMatch(/^rect$/i);
        expect(Number(shape.attr('width'))).toBeGreaterThanOrEqual(20);
      }
      expect(mark.find('.timeline-svg__label').text()).toBe(`${round.data.round}${date.uncertain ? '?' : ''}`);
      expect(shape.hasClass('timeline-svg__dot--scheduled')).toBe(scheduled);
      expect(mark.attr('aria-label')!.includes('(scheduled)')).toBe(scheduled);
      expect(mark.attr('aria-label')!.includes('(uncertain)')).toBe(date.uncertain);
      const holding = round.hasText ? 'text' : round.data.source ? 'release' : 'record';
      expect(shape.hasClass(`timeline-svg__dot--${holding}`)).toBe(true);
      // A known release has a dot in its ring; text is filled; the public record only, an empty ring.
      expect(mark.find('.timeline-svg__core').length).toBe(holding === 'release' ? 1 : 0);
    });
  });

  test.each(['en', 'ru'])(
    '/about/ in %s shows its content file: its title, its headings and the record it computes',
    (locale) => {
      const file = readFileSync(join(FIXTURE_CONTENT, `about/${locale}.mdx`), 'utf8');
      const $ = loadPage(dist, locale === 'en' ? '/about/' : '/ru/about/');
      const title = file.match(/^title: (.+)$/m)![1]!;
      expect($('h1').text()).toBe(title);
      expect($('title').text()).toContain(title);
      expect(
        $('main h2')
          .map((_, h) => $(h).text())
          .get(),
      ).toEqual([...file.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]));
      // The sentences that name what the archive holds come from the rounds, never from the prose.
      const newest = rounds.at(-1)!.data.round;
      expect($(`main a[href="${locale === 'en' ? '' : '/ru'}/rounds/${newest}/"]`).length).toBeGreaterThan(0);
      expect($('main').text()).not.toContain('{');
      expect($('main .para, main .para-link')).toHaveLength(0);
    },
  );

  test('the 404 page leads back to the rounds', () => {
    const $ = loadPage(dist, '/404.html');
    expect($('main a[href="/rounds/"]')).toHaveLength(1);
  });
});

describe('year pages', () => {
  const years = [...new Set(rounds.map((r) => r.data.date.earliest.getUTCFullYear()))].sort();

  test.each(years)(
    '/rounds/years/%i/ lists that year’s rounds, newest first, and links the years beside it',
    (year) => {
      const $ = loadPage(dist, `/rounds/years/${year}/`);
      expect($('h1').text()).toBe(`Rounds of ${year}`);
      const listed = $('.rounds-table tbody th[scope="row"] a')
        .map((_, a) => $(a).attr('href'))
        .get();
      const expected = rounds
        .filter((r) => r.data.date.earliest.getUTCFullYear() === year)
        .sort((a, b) => b.data.round - a.data.round)
        .map((r) => pagePath(r.data.round));
      expect(listed).toEqual(expected);
      const i = years.indexOf(year);
      expect($('a[rel="prev"]').attr('href')).toBe(i > 0 ? `/rounds/years/${years[i - 1]}/` : undefined);
      expect($('a[rel="next"]').attr('href')).toBe(i < years.length - 1 ? `/rounds/years/${years[i + 1]}/` : undefined);
    },
  );
});

describe('every page', () => {
  const pages = listPages(dist);

  test('the build has the pages the archive promises in each language: the fixed ones, one per round, year and subject', () => {
    const inEnglish = [
      '/',
      '/404.html',
      '/about/',
      '/corrections/',
      '/download/',
      '/rounds/',
      '/search/',
      '/subjects/',
      '/subjects/matrix/',
      '/subjects/matrix/accounts/',
      ...rounds.map((r) => pagePath(r.data.round)),
      ...new Set(rounds.map((r) => `/rounds/years/${r.data.date.earliest.getUTCFullYear()}/`)),
      ...readContentSubjects(FIXTURE_CONTENT).map((s) => `/subjects/${s.id}/`),
    ];
    // Every English page has its Russian twin under /ru/, and there is no other page.
    expect(pages.map((p) => p.path).sort()).toEqual([...inEnglish, ...inEnglish.map((p) => `/ru${p}`)].sort());
  });

  test.each(pages.map((p) => [p.path]))('%s has lang, title, description, canonical URL and landmarks', (path) => {
    const $ = loadPage(dist, path);
    const russian = path.startsWith('/ru/');
    expect($('html').attr('lang')).toBe(russian ? 'ru' : 'en');
    expect($('title').text().length).toBeGreaterThan(10);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(20);
    if (path.endsWith('/404.html')) expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    else expect($('link[rel="canonical"]').attr('href')).toBe(new URL(path, FIXTURE_SITE).href);
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('body > header')).toHaveLength(1);
    expect($('main#main')).toHaveLength(1);
    // The footer credits the Council and leads to the about page in the page's language.
    expect($('body > footer strong').text()).not.toBe('');
    expect($('body > footer a').attr('href')).toBe(russian ? '/ru/about/' : '/about/');
    expect($('h1')).toHaveLength(1);
  });

  test('titles and descriptions are unique across pages', () => {
    const titles = pages.map((p) => loadPage(dist, p.path)('title').text());
    const descriptions = pages.map((p) => loadPage(dist, p.path)('meta[name="description"]').attr('content'));
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
  });

  test.each(pages.map((p) => [p.path]))('%s has no duplicate ids', (path) => {
    const $ = loadPage(dist, path);
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
