import { expect, inject, test } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { listPages } from '../support/dist.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';

const dist = inject('distDir');
const pages = listPages(dist);
const ORIGIN = FIXTURE_SITE;

/** The file a site path is served from, as a static host resolves it. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(dist, decoded, 'index.html')]
    : [join(dist, decoded), join(dist, decoded, 'index.html')];
  return candidates.find((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
}

const idsByFile = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsByFile.has(file)) {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    idsByFile.set(
      file,
      new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ),
    );
  }
  return idsByFile.get(file)!;
}

/** Every internal reference on every page: links, stylesheets, scripts, images. */
const references = pages.flatMap(({ path, file }) => {
  const $ = cheerio.load(readFileSync(file, 'utf8'));
  return $('a[href], link[href], script[src], img[src], source[srcset], form[action]')
    .map((_, el) => ({ page: path, ref: $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '' }))
    .get()
    .filter(({ ref }) => !/^(https?:|mailto:)/.test(ref) || ref.startsWith(ORIGIN));
});

test('the build has internal links to check', () => {
  expect(references.length).toBeGreaterThan(50);
});

test.each(references.map((r) => [r.page, r.ref]))(
  '%s: %s resolves to a file and, with a #fragment, to an element',
  (page, ref) => {
    const url = new URL(ref, new URL(page, ORIGIN));
    expect(url.origin).toBe(ORIGIN);
    const file = fileFor(url.pathname);
    expect(file, `${ref} on ${page} leads nowhere`).toBeDefined();
    // A text fragment (":~:text=…") follows the element's id, if any: the id must exist, and the
    // words must stand in that element's text.
    const [id, directive] = url.hash.slice(1).split(':~:');
    if (id) expect(idsIn(file!).has(decodeURIComponent(id)), `${ref} on ${page}: no element with that id`).toBe(true);
    if (directive) {
      const $ = cheerio.load(readFileSync(file!, 'utf8'));
      const text = (id ? $(`[id="${decodeURIComponent(id)}"]`) : $('body')).text().replace(/\s+/g, ' ');
      for (const part of directive.split('&').flatMap((d) => d.replace(/^text=/, '').split(',')))
        expect(text, `${ref} on ${page}: the words are not there`).toContain(
          decodeURIComponent(part.replace(/^-|-$/g, '')),
        );
    }
  },
);

test('external links are well-formed http(s) URLs', () => {
  const external = pages.flatMap(({ file }) => {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    return $('a[href^="http"]')
      .map((_, a) => $(a).attr('href')!)
      .get();
  });
  expect(external.length).toBeGreaterThan(0);
  for (const href of external) expect(() => new URL(href)).not.toThrow();
});

test('no link has vague text such as “click here”, “here” or “more”', () => {
  const vague = /^(click here|here|more|read more|link|this)$/i;
  const offenders = pages.flatMap(({ path, file }) => {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    return $('a')
      .map((_, a) => ($(a).attr('aria-label') ?? $(a).text()).replace(/\s+/g, ' ').trim())
      .get()
      .filter((text) => vague.test(text) || text === '')
      .map((text) => `${path}: “${text}”`);
  });
  expect(offenders).toEqual([]);
});
