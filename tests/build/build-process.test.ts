/** How the build behaves as a process: reproducible, atomic, and correct under a base path. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { astroEnv, buildSite } from '../support/build-site.ts';
import { listPages } from '../support/dist.ts';
import { copyProject } from '../support/project-copy.ts';
import { FIXTURE_CONTENT, fixtureRounds } from '../support/fixture-site.ts';

const dist = inject('distDir');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const listFiles = (root: string) => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();

describe('reproducible builds', () => {
  test('a second clean build is byte-identical to the first', () => {
    const copy = copyProject({ content: FIXTURE_CONTENT });
    temp.push(copy.root);
    const again = join(copy.root, 'dist');
    buildSite(again, { root: copy.root });
    const files = listFiles(dist);
    expect(listFiles(again)).toEqual(files);
    const differing = files.filter((f) => {
      const a = join(dist, f);
      return existsSync(a) && !readdirSyncSafe(a) && !readFileSync(a).equals(readFileSync(join(again, f)));
    });
    expect(differing).toEqual([]);
  }, 120_000);
});

function readdirSyncSafe(path: string) {
  try {
    return readdirSync(path);
  } catch {
    return undefined;
  }
}

describe('atomic builds', () => {
  test('a failed `npm run build` exits non-zero and keeps the last good dist/', () => {
    const copy = copyProject({ content: FIXTURE_CONTENT });
    temp.push(copy.root);
    mkdirSync(join(copy.root, 'dist'));
    writeFileSync(join(copy.root, 'dist/index.html'), 'last good build');
    writeFileSync(join(copy.root, 'content/rounds/notes.md'), 'not a round');
    const result = spawnSync(join(copy.root, 'node_modules/.bin/node'), ['tools/build.ts'], {
      cwd: copy.root,
      env: astroEnv(),
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('dist/ is unchanged');
    expect(readFileSync(join(copy.root, 'dist/index.html'), 'utf8')).toBe('last good build');
    expect(readdirSync(copy.root).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  }, 120_000);
});

describe('deployed under a sub-path', () => {
  let subDist: string;
  beforeAll(() => {
    const copy = copyProject({ content: FIXTURE_CONTENT });
    temp.push(copy.root);
    subDist = join(copy.root, 'dist');
    buildSite(subDist, { root: copy.root, env: astroEnv({ BASE_PATH: '/archive/', SITE_URL: 'https://example.org' }) });
  }, 120_000);

  test('every internal link, asset, script and form carries the base path', () => {
    const offenders = listPages(subDist).flatMap(({ path, file }) => {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      const refs = $('a[href], link[href], script[src], form[action]')
        .map((_, el) => $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action'))
        .get()
        .filter((ref) => ref.startsWith('/'));
      const inline =
        $('script:not([src])')
          .text()
          .match(/"\/[^"]*"|`\/[^`]*`/g) ?? [];
      return [...refs, ...inline.map((s) => s.slice(1, -1))]
        .filter((ref) => !ref.startsWith('/archive/'))
        .map((ref) => `${path}: ${ref}`);
    });
    expect(offenders).toEqual([]);
  });

  test('canonical URLs use SITE_URL and the base path', () => {
    for (const { data } of fixtureRounds()) {
      const $ = cheerio.load(readFileSync(join(subDist, `rounds/${data.round}/index.html`), 'utf8'));
      expect($('link[rel="canonical"]').attr('href')).toBe(`https://example.org/archive/rounds/${data.round}/`);
    }
  });
});
