/**
 * `npm run import` on the real sources: the text and the same text printed to a PDF both give
 * today's round file; bad inputs give one-line errors and write nothing. The command runs in a
 * copy of the project, so the real content/ is never touched.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readRoundFolder } from '../../src/record/round-folder.ts';
import { sourceManifestSchema } from '../../src/record/source-manifest.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { printTextAsPdf } from '../support/release-pdf.ts';

const manifest = sourceManifestSchema.parse(
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'sources/manifest.json'), 'utf8')),
);
const source = manifest.sources[0]!;
const roundFile = `content/rounds/${source.round}.mdx`;
const today = readFileSync(join(PROJECT_ROOT, roundFile), 'utf8');
/**
 * What the importer owns in a round file: the release's facts and its text, and of the official
 * source its issuer and format. The rest (summary, the source's address learned later, the
 * record's sources and facts, corrections, Russian words) is the editor's and may grow without
 * breaking this.
 */
const RELEASE_FIELDS = ['round', 'date', 'place', 'title', 'previous', 'nextExpected'];
const releasePart = (mdx: string) => {
  const { frontmatter, content } = parseFrontmatter(mdx);
  const source = frontmatter.source as { issuer?: string; format?: string } | undefined;
  return {
    ...Object.fromEntries(RELEASE_FIELDS.map((f) => [f, frontmatter[f]])),
    source: { issuer: source?.issuer, format: source?.format },
    content,
  };
};

let copy: ReturnType<typeof copyProject>;
let pdfPath: string;
beforeAll(async () => {
  copy = copyProject();
  pdfPath = join(copy.root, 'release.pdf');
  writeFileSync(pdfPath, await printTextAsPdf(readFileSync(join(PROJECT_ROOT, 'sources', source.file), 'utf8')));
}, 60_000);
afterAll(() => copy?.remove());

const runImport = (...args: string[]) =>
  spawnSync(process.execPath, ['tools/import.ts', ...args], { cwd: copy.root, encoding: 'utf8' });
const roundFiles = () => readdirSync(join(copy.root, 'content/rounds')).sort();

describe('importing the sources', () => {
  test(`--dry-run prints the release’s part of today’s ${roundFile} and writes nothing`, () => {
    const before = roundFiles();
    const result = runImport(`sources/${source.file}`, '--dry-run');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(releasePart(result.stdout)).toEqual(releasePart(today));
    expect(roundFiles()).toEqual(before);
  });

  test('the same release printed to a PDF imports to the same round file', () => {
    const result = runImport(pdfPath, '--dry-run', '--issuer', source.issuer);
    expect(result.status).toBe(0);
    expect(releasePart(result.stdout)).toEqual(releasePart(today));
  });

  test('a new round file has the release’s facts and text, cites the release for them, and leaves the summary to the editor', () => {
    rmSync(join(copy.root, roundFile));
    const result = runImport(`sources/${source.file}`);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`wrote ${roundFile}; now write its summary and the Russian words`);
    const writtenFile = readFileSync(join(copy.root, roundFile), 'utf8');
    const written = parseFrontmatter(writtenFile);
    expect(releasePart(writtenFile)).toEqual(releasePart(today));
    const [release] = written.frontmatter.sources as { id: string; kind: string }[];
    expect(release!.kind).toBe('council');
    expect(written.frontmatter.attested).toEqual({ date: [release!.id], place: [release!.id] });
    const { errors } = readRoundFolder(join(copy.root, 'content/rounds'), copy.root);
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^${roundFile}: field "summary" is "TODO: .*"; expected one plain sentence`)),
      expect.stringMatching(
        new RegExp(`^${roundFile}: field "ru.summary" is "TODO: .*"; expected one plain sentence in Russian`),
      ),
      // Every placeholder the importer writes is refused, so none can be published.
      expect.stringMatching(new RegExp(`^${roundFile}: field "ru.place" is "TODO: .*"; expected the words in Russian`)),
      expect.stringMatching(new RegExp(`^${roundFile}: field "ru.issuer" is "TODO: .*"; expected the words in Russian`)),
    ]);
    writeFileSync(join(copy.root, roundFile), today);
  });

  test('an existing round file is kept without --force, and --force says what changed', () => {
    const refused = runImport(`sources/${source.file}`);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `import: sources/${source.file}: ${roundFile} exists; expected --force to replace it (or --dry-run to see the result)`,
    );
    writeFileSync(join(copy.root, roundFile), today.replace(/^place: .*$/m, 'place: Elsewhere'));
    const forced = runImport(`sources/${source.file}`, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('-place: Elsewhere');
    // The release's facts are restored, and every field the editor wrote is kept as it was.
    const kept = parseFrontmatter(readFileSync(join(copy.root, roundFile), 'utf8'));
    expect(kept.frontmatter).toEqual(parseFrontmatter(today).frontmatter);
    expect(kept.content).toBe(parseFrontmatter(today).content);
  });
});

describe('an editor’s additions', () => {
  test('the release’s address learned later is kept by a forced import, and the release part still matches', () => {
    const address = 'https://www.consilium.europa.eu/fixture/round-release.pdf';
    const edited = today.replace(/^source:\n/m, `source:\n  url: ${address}\n`);
    expect(edited).not.toBe(today);
    writeFileSync(join(copy.root, roundFile), edited);
    expect(releasePart(runImport(`sources/${source.file}`, '--dry-run').stdout)).toEqual(releasePart(edited));
    expect(runImport(`sources/${source.file}`, '--force').status).toBe(0);
    const kept = parseFrontmatter(readFileSync(join(copy.root, roundFile), 'utf8'));
    expect((kept.frontmatter.source as { url?: string }).url).toBe(address);
    writeFileSync(join(copy.root, roundFile), today);
  });
});

describe('limits of the importer', () => {
  test('a folder or a pipe is refused before anything is read', () => {
    mkdirSync(join(copy.root, 'a-folder.txt'), { recursive: true });
    expect(spawnSync('mkfifo', [join(copy.root, 'a-pipe.txt')]).status).toBe(0);
    for (const target of ['a-folder.txt', 'a-pipe.txt']) {
      const result = runImport(target, '--issuer', 'Fixture Council');
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `import: ${target}: is not a regular file (a folder, a device or a pipe); expected a release as .txt or .pdf`,
      );
    }
  });

  test('--url is checked as the schema checks addresses', () => {
    const result = runImport(`sources/${source.file}`, '--dry-run', '--url', 'javascript:alert(1)');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `import: sources/${source.file}: --url is "javascript:alert(1)"; expected the http(s) address of the official document, exactly as published`,
    );
  });

  test('a malformed sources/manifest.json gets one line naming it and the field', () => {
    const manifestFile = join(copy.root, 'sources/manifest.json');
    const good = readFileSync(manifestFile, 'utf8');
    try {
      writeFileSync(manifestFile, good.replace(/"sha256": "[0-9a-f]+"/, '"sha256": "not-a-hash"'));
      const result = runImport(`sources/${source.file}`, '--dry-run');
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        'import: sources/manifest.json: field "sources[0].sha256" is "not-a-hash"; expected 64 lowercase hex digits.',
      );
      writeFileSync(manifestFile, '{ not json');
      const broken = runImport(`sources/${source.file}`, '--dry-run');
      expect(broken.stderr.trim()).toMatch(/^import: sources\/manifest\.json: could not be read \(.*\); expected valid JSON$/);
    } finally {
      writeFileSync(manifestFile, good);
    }
  });

  test('a long release of many short lines is joined in one pass and imported', () => {
    // 4 MB of lines: joining them again and again from the start would never end.
    const line = 'The EU and Russia discussed the matter at length in Brussels.';
    const paragraph = Array.from({ length: 60_000 }, () => line).join('\n');
    const text = `A long release\n\nOn 1 May 2020, the parties held their nineteenth round in Brussels.\n\n${paragraph}\n`;
    writeFileSync(join(copy.root, 'long.txt'), text);
    const result = runImport('long.txt', '--dry-run', '--issuer', 'Fixture Council');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${line} ${line}`);
  }, 60_000);
});

describe('bad input', () => {
  const bad = (name: string, content: string | Buffer) => {
    writeFileSync(join(copy.root, name), content);
    return name;
  };

  test.each([
    ['empty.txt', '', 'the text is empty; expected a release: a title line, then paragraphs'],
    ['title-only.txt', 'A title\n', 'no paragraphs found; expected the title line'],
    ['broken.pdf', 'not a PDF at all', 'the PDF could not be read ('],
    ['bad-date.txt', 'Title\n\nOn 31 Smarch 2013, they held their first round in Brussels.\n', 'the date "31 Smarch 2013"'],
    ['release.docx', 'x', 'the file type ".docx" is not supported; expected .txt or .pdf'],
    ['missing.txt', null, 'no such file'],
    ['huge.txt', Buffer.alloc(6 * 1024 * 1024, 'a'), 'is 6.0 MB; expected a release of at most 5 MB'],
  ])('%s: one line naming the file and what was expected, exit 1, nothing written', (name, content, message) => {
    if (content !== null) bad(name, content);
    const before = roundFiles();
    const result = runImport(name, '--issuer', 'Fixture Council');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^import: ${name.replace('.', '\\.')}: `));
    expect(lines[0]).toContain(message);
    expect(roundFiles()).toEqual(before);
  });
});
