import { describe, expect, inject, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, loadPage, paragraphText } from '../support/dist.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const dist = inject('distDir');
const SOURCE = join(PROJECT_ROOT, '../shared/source/eu-russia-human-rights-consultations-2013-11-28.txt');
const roundNumbers = readdirSync(join(PROJECT_ROOT, 'content/rounds'))
  .map((f) => Number(f.replace(/\.mdx$/, '')))
  .sort((a, b) => a - b);

/** The release's paragraphs as the PDF text gives them: blocks between blank lines, line breaks reflowed. */
function sourceParagraphs(): string[] {
  const blocks = readFileSync(SOURCE, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const end = blocks.indexOf('Previous Human Rights Consultations:');
  return blocks.slice(1, end); // block 0 is the title
}

describe('round pages', () => {
  test('there is one page per round file, at /rounds/<n>/', () => {
    expect(roundNumbers).toEqual([15, 16, 17, 18]);
    for (const n of roundNumbers) expect(existsSync(join(dist, `rounds/${n}/index.html`))).toBe(true);
  });

  test('round 18 shows the release’s paragraphs verbatim and in order, numbered p1 to p7', () => {
    const $ = loadPage(dist, '/rounds/18/');
    const expected = sourceParagraphs();
    expect(expected).toHaveLength(7);
    const ids = $('.release p')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids).toEqual(expected.map((_, i) => `p${i + 1}`));
    expected.forEach((text, i) => expect(paragraphText($, `p${i + 1}`)).toBe(text));
  });

  test('round 18 shows the release title verbatim', () => {
    const title = readFileSync(SOURCE, 'utf8').split('\n')[0]!.trim();
    expect(loadPage(dist, '/rounds/18/')('.round-header__release').text()).toBe(title);
  });

  test('each paragraph has a visible ¶ permalink to itself', () => {
    const $ = loadPage(dist, '/rounds/18/');
    const link = $('#p6 > a.para-link');
    expect(link.attr('href')).toBe('#p6');
    expect(link.text()).toBe('¶6');
    expect(link.attr('aria-label')).toBe('Paragraph 6');
  });

  test('the heading gives the ordinal, a machine-readable date and the place', () => {
    const $ = loadPage(dist, '/rounds/18/');
    expect($('h1').text()).toBe('18th round');
    expect($('.round-facts time').attr('datetime')).toBe('2013-11-28');
    expect($('.round-facts time').text()).toBe('28 November 2013');
    expect($('.round-facts').text()).toContain('Brussels');
  });

  test('the release’s list of previous consultations links each round here and its source byte for byte', () => {
    const $ = loadPage(dist, '/rounds/18/');
    const items = $('.previous__list li');
    expect(items).toHaveLength(3);
    const links = items
      .map((_, li) => ({
        page: $(li).find('a').first().attr('href'),
        source: $(li).find('a').last().attr('href'),
      }))
      .get();
    expect(links).toEqual([
      {
        page: '/rounds/17/',
        source: 'http://www.consilium.europa.eu/uedocs/cms_data/docs/pressdata/EN/foraff/137151.pdf',
      },
      {
        page: '/rounds/16/',
        source: 'http://www.consilium.europa.eu/uedocs/cms_data/docs/pressdata/EN/foraff/134146.pdf',
      },
      {
        page: '/rounds/15/',
        source: 'http://www.consilium.europa.eu/uedocs/cms_Data/docs/pressdata/EN/foraff/132000.pdf',
      },
    ]);
  });

  test('the next round’s expected timing is shown in the release’s words', () => {
    expect(loadPage(dist, '/rounds/18/')('.next-expected').text()).toBe(
      'Next round: expected, in the release’s words, in “spring 2014”.',
    );
  });

  test.each([15, 16, 17])('round %i says plainly that its text is missing and links the official source', (n) => {
    const $ = loadPage(dist, `/rounds/${n}/`);
    expect($('.notice h2').text()).toBe('The archive does not hold this round’s text');
    expect($('.notice a').attr('href')).toMatch(/^http:\/\/www\.consilium\.europa\.eu\/.+\.pdf$/);
    expect($('.release')).toHaveLength(0);
    expect($('p.para')).toHaveLength(0);
  });

  test.each([
    [15, undefined, '/rounds/16/'], // the oldest has no previous round
    [16, '/rounds/15/', '/rounds/17/'],
    [18, '/rounds/17/', undefined], // the newest has no next round
  ])('round %i links rel=prev %s and rel=next %s', (n, prev, next) => {
    const $ = loadPage(dist, `/rounds/${n}/`);
    expect($('a[rel="prev"]').attr('href')).toBe(prev);
    expect($('a[rel="next"]').attr('href')).toBe(next);
  });

  test('round pages load no script files before interaction (search code is imported on use)', () => {
    for (const n of roundNumbers) expect(loadPage(dist, `/rounds/${n}/`)('script[src]')).toHaveLength(0);
  });
});

describe('listing pages', () => {
  test('/rounds/ lists every round newest first, with date, place and text availability', () => {
    const $ = loadPage(dist, '/rounds/');
    const rows = $('.rounds-table tbody tr')
      .map((_, tr) =>
        $(tr)
          .find('th, td')
          .map((__, c) => $(c).text().trim())
          .get()
          .join(' | '),
      )
      .get();
    expect(rows).toEqual([
      '18th round | 28 November 2013 | Brussels | Full text',
      '17th round | 17 May 2013 | Brussels | Source only',
      '16th round | 7 December 2012 | Brussels | Source only',
      '15th round | 20 July 2012 | Not stated | Source only',
    ]);
  });

  test('the home page links the latest round and every round on its timeline', () => {
    const $ = loadPage(dist, '/');
    expect($('.latest a').attr('href')).toBe('/rounds/18/');
    expect(
      $('.timeline-svg a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/rounds/15/', '/rounds/16/', '/rounds/17/', '/rounds/18/']);
  });

  test('/about/ explains provenance, numbering and citation, crediting the Council', () => {
    const $ = loadPage(dist, '/about/');
    expect(
      $('h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['Sources and provenance', 'How rounds are numbered', 'How to cite', 'Feeds and open data']);
    expect($('main').text()).toContain('Council of the European Union');
  });

  test('the 404 page leads back to the rounds', () => {
    const $ = loadPage(dist, '/404.html');
    expect($('main a[href="/rounds/"]')).toHaveLength(1);
  });
});

describe('every page', () => {
  const pages = listPages(dist);

  test('the build has the pages the archive promises', () => {
    expect(pages.map((p) => p.path).sort()).toEqual([
      '/',
      '/404.html',
      '/about/',
      '/rounds/',
      '/rounds/15/',
      '/rounds/16/',
      '/rounds/17/',
      '/rounds/18/',
      '/search/',
    ]);
  });

  test.each(pages.map((p) => [p.path]))('%s has lang, title, description, canonical URL and landmarks', (path) => {
    const $ = loadPage(dist, path);
    expect($('html').attr('lang')).toBe('en');
    expect($('title').text().length).toBeGreaterThan(10);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(20);
    if (path === '/404.html') expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    else expect($('link[rel="canonical"]').attr('href')).toBe(new URL(path, 'https://hr-consultations.example').href);
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('body > header')).toHaveLength(1);
    expect($('main#main')).toHaveLength(1);
    expect($('body > footer').text()).toContain('Council of the European Union');
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
