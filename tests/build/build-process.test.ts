/** How the build behaves as a process: reproducible, atomic, and correct under a base path. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { astroEnv, buildSite, FIXTURE_SITE } from '../support/build-site.ts';
import { MISSING_SITE_MESSAGE } from '../../src/build-settings.ts';
import { listPages } from '../support/dist.ts';
import { copyProject } from '../support/project-copy.ts';
import { FIXTURE_CONTENT, fixtureRounds } from '../support/fixture-site.ts';

const dist = inject('distDir');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The text of a file with HTML's character references decoded, so "&amp;" in a URL reads as "&". */
const decodeEntities = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );

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

describe('the address the site is published at', () => {
  test.each([
    ['not set', undefined],
    ['empty', ''],
  ])('SITE %s: `npm run build` stops with one line saying how to set it, and writes nothing', (_, value) => {
    const copy = copyProject({ content: FIXTURE_CONTENT });
    temp.push(copy.root);
    const env = astroEnv();
    if (value === undefined) delete env.SITE;
    else env.SITE = value;
    const result = spawnSync(join(copy.root, 'node_modules/.bin/node'), ['tools/build.ts'], {
      cwd: copy.root,
      env,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(MISSING_SITE_MESSAGE);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(MISSING_SITE_MESSAGE).toContain('SITE=https://');
    expect(existsSync(join(copy.root, 'dist'))).toBe(false);
  });

  test.each(['hr-consultations.example', 'https://x.org/archive/', 'ftp://x.org'])(
    'SITE=%s (not an http(s) origin) stops with one line naming it',
    (value) => {
      const copy = copyProject({ content: FIXTURE_CONTENT });
      temp.push(copy.root);
      const result = spawnSync(join(copy.root, 'node_modules/.bin/node'), ['tools/build.ts'], {
        cwd: copy.root,
        env: astroEnv({ SITE: value }),
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toMatch(
        new RegExp(
          `^SITE: expected an http\\(s\\) origin.*${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`,
        ),
      );
    },
  );
});

describe('deployed under a sub-path', () => {
  let subDist: string;
  beforeAll(() => {
    const copy = copyProject({ content: FIXTURE_CONTENT });
    temp.push(copy.root);
    subDist = join(copy.root, 'dist');
    buildSite(subDist, { root: copy.root, env: astroEnv({ BASE_PATH: '/archive/' }) });
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

  test('every absolute URL in every file points under SITE and the base path, or to a source or a standard', () => {
    // A source's address is one the content files give (the releases, the record's sources).
    const contentText = readdirSync(FIXTURE_CONTENT, { recursive: true, encoding: 'utf8' })
      .map((f) => join(FIXTURE_CONTENT, f))
      .filter((f) => !readdirSyncSafe(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Vocabularies and formats the files declare themselves in (the sitemap's namespaces are
    // sitemaps.org's and Google's), and the Internet Archive's saved copies.
    const STANDARDS = [
      'schema.org',
      'www.w3.org',
      'json-schema.org',
      'www.sitemaps.org',
      'web.archive.org',
      'purl.org',
      'www.google.com',
    ];
    const offenders: string[] = [];
    let own = 0;
    for (const file of listFiles(subDist)) {
      const path = join(subDist, file);
      if (readdirSyncSafe(path) || !/\.(html|xml|json|csv|txt|bib|ris)$|_headers$/.test(file)) continue;
      for (const [url] of decodeEntities(readFileSync(path, 'utf8')).matchAll(/https?:\/\/[^\s"'<>)\]}\\,;`]+/g)) {
        const { host, pathname } = new URL(url);
        if (host === new URL(FIXTURE_SITE).host) {
          own++;
          if (!pathname.startsWith('/archive/')) offenders.push(`${file}: ${url} (outside the base path)`);
        } else if (!STANDARDS.includes(host) && !contentText.includes(url.replace(/[.:]+$/, '').split('#')[0]!)) {
          offenders.push(`${file}: ${url}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    expect(own).toBeGreaterThan(listPages(subDist).length);
  });

  test('canonical URLs use SITE and the base path', () => {
    for (const { data } of fixtureRounds()) {
      const $ = cheerio.load(readFileSync(join(subDist, `rounds/${data.round}/index.html`), 'utf8'));
      expect($('link[rel="canonical"]').attr('href')).toBe(`${FIXTURE_SITE}/archive/rounds/${data.round}/`);
    }
  });
});

/** A port nobody listens on now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe('npm start', () => {
  test('builds for the address it serves, so copied links and citations open there', async () => {
    const copy = copyProject({ content: FIXTURE_CONTENT });
    temp.push(copy.root);
    const port = await freePort();
    // SITE from the shell is set aside: npm start serves locally, so its links must be local.
    const child = spawn(join(copy.root, 'node_modules/.bin/node'), ['tools/start.ts'], {
      cwd: copy.root,
      env: astroEnv({ PORT: String(port), SITE: 'https://somewhere-else.test' }),
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = '';
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const found = output.match(/Archive: (\S+)/);
          if (found) resolve(found[1]!);
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.on('exit', (code) => reject(new Error(`npm start stopped (${code}):\n${output}`)));
      });
      const origin = `http://localhost:${port}`;
      expect(address).toBe(`${origin}/`);
      const round = fixtureRounds().at(-1)!.data.round;
      const page = cheerio.load(await (await fetch(`${origin}/rounds/${round}/`)).text());
      expect(page('link[rel="canonical"]').attr('href')).toBe(`${origin}/rounds/${round}/`);
      const bibtex = await (await fetch(`${origin}/rounds/${round}/cite.bib`)).text();
      const cited = bibtex.match(/url = \{([^}]+)\}/i)?.[1];
      expect(cited).toBe(`${origin}/rounds/${round}/`);
      // The address a citation gives opens the page it cites.
      expect((await fetch(cited!)).status).toBe(200);
    } finally {
      child.kill();
    }
  }, 120_000);
});
