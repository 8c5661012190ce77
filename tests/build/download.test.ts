/**
 * /download/: the whole record as one ZIP, read back with yauzl. Its files are the fixture's own
 * files and the site's published files, byte for byte; the page shows the ZIP's real SHA-256,
 * size and file count; the file is a pure function of its contents (zipping them again gives
 * the same bytes).
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPage, listPages } from '../support/dist.ts';
import { readZip, type ZipEntry } from '../support/zip.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { FIXTURE_CONTENT } from '../support/fixture-site.ts';
import { FILES, PAGES } from '../../src/format/urls.ts';
import { LOCALES, localizePath } from '../../src/i18n/locales.ts';
import { zipArchive } from '../../src/publish/record-archive.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';

const dist = inject('distDir');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const zipBytes = readFileSync(join(dist, FILES.recordZip));
let entries: Map<string, ZipEntry>;
const folder = () => [...entries.keys()][0]!.split('/')[0]!;
const inZip = (path: string) => entries.get(`${folder()}/${path}`);

/** Every file under a folder, by its path from `root`. */
const filesUnder = (root: string, dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(root, dir, f)).isFile())
    .map((f) =>
      relative(root, join(root, dir, f))
        .split('\\')
        .join('/'),
    );

beforeAll(async () => {
  entries = await readZip(zipBytes);
});

describe('the ZIP of the whole record', () => {
  test('has one top folder, and no file outside it', () => {
    expect(new Set([...entries.keys()].map((path) => path.split('/')[0])).size).toBe(1);
  });

  test("holds each of the fixture's round and subject files, byte for byte", () => {
    const content = join(PROJECT_ROOT, FIXTURE_CONTENT);
    const files = [...filesUnder(content, 'rounds'), ...filesUnder(content, 'subjects')];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(inZip(`content/${file}`)?.bytes.equals(readFileSync(join(content, file)))).toBe(true);
  });

  test('holds the received texts as received, with the manifest whose hashes they match', () => {
    const manifest = JSON.parse(inZip('sources/manifest.json')!.bytes.toString('utf8')) as {
      sources: { file: string; sha256: string }[];
    };
    expect(manifest.sources.length).toBeGreaterThan(0);
    for (const file of filesUnder(PROJECT_ROOT, 'sources'))
      expect(inZip(file)?.bytes.equals(readFileSync(join(PROJECT_ROOT, file))), file).toBe(true);
    for (const { file, sha256: expected } of manifest.sources)
      expect(sha256(inZip(`sources/${file}`)!.bytes)).toBe(expected);
  });

  test('holds every open data and citation file the site publishes, byte for byte', () => {
    const published = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) =>
        /^(data\/[^/]+|subjects\/(matrix|accounts)\.csv|rounds\/\d+\.json|rounds\/\d+\/cite\.(bib|ris|json))$/.test(f),
      );
    // Every round's data file and its three citations, the two listings with their schemas, the three CSVs.
    const rounds = readdirSync(join(dist, 'rounds')).filter((f) => /^\d+\.json$/.test(f)).length;
    expect(published).toHaveLength(rounds * 4 + 7);
    for (const file of published) expect(inZip(file)?.bytes.equals(readFileSync(join(dist, file))), file).toBe(true);
  });

  test('lists the SHA-256 of every other file in SHA256SUMS, and each one is right', () => {
    const lines = inZip('SHA256SUMS')!.bytes.toString('utf8').trimEnd().split('\n');
    const listed = new Map(lines.map((line) => [line.slice(66), line.slice(0, 64)]));
    const others = [...entries.keys()].map((p) => p.slice(folder().length + 1)).filter((p) => p !== 'SHA256SUMS');
    expect([...listed.keys()].sort()).toEqual(others.sort());
    for (const [path, digest] of listed) expect(sha256(inZip(path)!.bytes), path).toBe(digest);
  });

  test('has a README in every language that names each top-level part and the licence', () => {
    const readme = inZip('README.md')!.bytes.toString('utf8');
    const parts = new Set([...entries.keys()].map((p) => p.split('/')[1]!));
    for (const part of parts) expect(readme).toContain(`\`${part}`);
    for (const locale of LOCALES) expect(readme).toContain(DICTIONARIES[locale].download.readmeTitle);
    expect(inZip('LICENSE')!.bytes.equals(readFileSync(join(PROJECT_ROOT, 'LICENSE')))).toBe(true);
  });

  test('is the same bytes when its files are zipped again (no time, order or machine in it)', () => {
    const files = [...entries].map(([path, { bytes }]) => ({ path: path.slice(folder().length + 1), bytes }));
    expect(Buffer.from(zipArchive(folder(), files.reverse())).equals(zipBytes)).toBe(true);
  });
});

describe.each(LOCALES)('the download page (%s)', (locale) => {
  const path = localizePath(PAGES.download, locale);
  const $ = loadPage(dist, path);

  test('links the ZIP, with its real SHA-256, size and number of files', () => {
    const link = $(`a[href="${FILES.recordZip}"]`);
    expect(link).toHaveLength(1);
    expect($('[data-sha256]').text().trim()).toBe(sha256(zipBytes));
    const facts = link.parent().text();
    expect(facts).toContain(String(entries.size));
    const kilobytes = zipBytes.length / 1000;
    const [, number] = /(\d[\d.,\s]*?)\s*(kB|MB|кБ|МБ)/.exec(facts)!;
    const shown = Number(number!.replace(/\s/g, '').replace(',', '.'));
    expect(Math.abs(shown - (kilobytes >= 1000 ? kilobytes / 1000 : kilobytes)) / shown).toBeLessThan(0.05);
  });

  test('links rounds.csv, subjects.json and the matrix CSV, which exist', () => {
    for (const file of [FILES.roundsCsv, FILES.subjectsJson, FILES.matrixCsv]) {
      expect($(`a[href="${file}"]`), file).toHaveLength(1);
      expect(existsSync(join(dist, file))).toBe(true);
    }
  });

  test('is linked from the footer of every page of its language', () => {
    const pages = listPages(dist).filter((p) => (locale === 'ru') === p.path.startsWith('/ru/'));
    for (const page of pages) expect(loadPage(dist, page.path)(`footer a[href="${path}"]`), page.path).toHaveLength(1);
  });
});
