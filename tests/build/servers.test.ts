/**
 * `npm start`'s server on the built fixture site, and the dev server's search-index plugin:
 * malformed requests get a 4xx, the server keeps serving, and no redirect leaves the site.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { startStaticServer } from '../../tools/lib/static-server.ts';
import { devPagefindPlugin } from '../../tools/lib/dev-pagefind-plugin.ts';
import { devRequestGuardPlugin } from '../../tools/lib/dev-request-guard-plugin.ts';

/** A raw GET (fetch would normalise the path before sending it). */
function get(origin: string, path: string): Promise<{ status: number; location?: string; type?: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode!, location: res.headers.location, type: res.headers['content-type'] }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Any request, raw, with a deadline: a server that never answers fails the test. */
function ask(
  origin: string,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.setTimeout(3000, () => req.destroy(new Error(`no answer to ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

const MALFORMED = ['/%E0%A4%A', '/..%2f..%2fpackage.json', `/${'x'.repeat(10_000)}`, '/a%00b'];

describe('npm start', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    server = await startStaticServer({ root: inject('distDir') });
  });
  afterAll(() => server?.close());

  test.each(MALFORMED.map((p) => [p.slice(0, 40)]))('%s gets a 4xx and the server keeps serving', async (shown) => {
    const path = MALFORMED.find((p) => p.startsWith(shown))!;
    const { status } = await get(server.origin, path);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect((await get(server.origin, '/')).status).toBe(200);
  });

  test('/.//rounds redirects inside the site, never to a protocol-relative address', async () => {
    const { status, location } = await get(server.origin, '/.//rounds');
    expect(status).toBe(301);
    expect(location).toBe('/rounds/');
  });

  test('a page, a file and an unknown address answer as a static host does', async () => {
    const page = await get(server.origin, '/rounds/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html; ?charset=utf-8$/i);
    expect((await get(server.origin, '/data/rounds.json')).type).toContain('application/json');
    expect((await get(server.origin, '/no-such-page/')).status).toBe(404);
  });

  /** A GET with a Range header, with a deadline: a server that never answers fails the test. */
  const ranged = (path: string, range: string) =>
    new Promise<{ status: number; body: Buffer; contentRange?: string }>((resolve, reject) => {
      const { hostname, port } = new URL(server.origin);
      const req = request({ hostname, port, path, headers: { Range: range, 'Accept-Encoding': 'br, gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: Buffer.concat(chunks), contentRange: res.headers['content-range'] }),
        );
      });
      req.setTimeout(3000, () => req.destroy(new Error(`no answer to Range: ${range}`)));
      req.on('error', reject);
      req.end();
    });

  test.each([
    // the last 100 bytes (a suffix range), not the first
    ['bytes=-100', (size: number): [number, number] => [size - 100, size - 1]],
    // exactly the first byte
    ['bytes=0-0', (): [number, number] => [0, 0]],
    // from a byte to the end
    ['bytes=10-', (size: number): [number, number] => [10, size - 1]],
    // a last byte past the end is cut at the end
    ['bytes=5-99999999', (size: number): [number, number] => [5, size - 1]],
  ] as const)('Range: %s gets 206 and exactly those bytes of the file', async (range, bytes) => {
    const file = readFileSync(join(inject('distDir'), 'index.html'));
    const [start, end] = bytes(file.length);
    const answer = await ranged('/', range);
    expect(answer.status).toBe(206);
    expect(answer.contentRange).toBe(`bytes ${start}-${end}/${file.length}`);
    expect(answer.body.equals(file.subarray(start, end + 1))).toBe(true);
  });

  test.each(['bytes=100-50', 'bytes=999999999-', 'bytes=abc'])(
    'Range: %s gets 416 with the size, and the server keeps serving',
    async (range) => {
      const size = readFileSync(join(inject('distDir'), 'index.html')).length;
      const answer = await ranged('/', range);
      expect(answer.status).toBe(416);
      expect(answer.contentRange).toBe(`bytes */${size}`);
      expect((await get(server.origin, '/')).status).toBe(200);
    },
  );

  test.each(['items=0-5', 'bytes=0-1,5-6'])(
    'Range: %s (another unit, several ranges) is ignored: the whole file, 200',
    async (range) => {
      const answer = await ranged('/data/rounds.json', range);
      expect(answer.status).toBe(200);
    },
  );

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s gets 405 with Allow: GET, HEAD', async (method) => {
    const answer = await ask(server.origin, '/rounds/', { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  test('HEAD gets the headers of GET and no body', async () => {
    const [head, full] = [
      await ask(server.origin, '/rounds/', { method: 'HEAD' }),
      await ask(server.origin, '/rounds/'),
    ];
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-type']).toBe(full.headers['content-type']);
    expect(head.headers.etag).toBe(full.headers.etag);
  });

  describe('conditional requests (RFC 9110 §13)', () => {
    let etag: string;
    let lastModified: string;
    beforeAll(async () => {
      const first = await ask(server.origin, '/');
      etag = String(first.headers.etag);
      lastModified = String(first.headers['last-modified']);
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(new Date(lastModified).getTime()).not.toBeNaN();
    });
    const notModified = async (headers: Record<string, string>) => {
      const answer = await ask(server.origin, '/', { headers });
      expect(answer.status).toBe(304);
      expect(answer.body.length).toBe(0);
      // A cache refreshes its copy with the validator the 304 carries.
      expect(answer.headers.etag).toBe(etag);
      expect(answer.headers['cache-control']).toBeTruthy();
    };
    test('If-None-Match with the ETag gets 304 and the ETag', () => notModified({ 'If-None-Match': etag }));
    test('If-None-Match: * gets 304', () => notModified({ 'If-None-Match': '*' }));
    test('If-None-Match with a list holding the ETag gets 304', () =>
      notModified({ 'If-None-Match': `"not-this", ${etag}, "nor-this"` }));
    test('If-Modified-Since the Last-Modified date gets 304', () => notModified({ 'If-Modified-Since': lastModified }));
    test('another ETag, or an older date, gets the page', async () => {
      expect((await ask(server.origin, '/', { headers: { 'If-None-Match': '"not-this"' } })).status).toBe(200);
      const older = new Date(new Date(lastModified).getTime() - 86_400_000).toUTCString();
      expect((await ask(server.origin, '/', { headers: { 'If-Modified-Since': older } })).status).toBe(200);
    });
    test('If-Match with another ETag gets 412', async () => {
      expect((await ask(server.origin, '/', { headers: { 'If-Match': '"not-this"' } })).status).toBe(412);
    });
  });

  test('every file of the search index gets a content type', async () => {
    const dir = join(inject('distDir'), 'pagefind');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    // One file of each kind (extension) is enough: the type follows the name.
    const byExtension = new Map(files.map((entry) => [extname(entry.name), entry]));
    expect(byExtension.size).toBeGreaterThan(3);
    for (const [extension, entry] of byExtension) {
      const path = `/${relative(inject('distDir'), join(entry.parentPath, entry.name)).split(sep).join('/')}`;
      const answer = await ask(server.origin, path, { method: 'HEAD' });
      expect(answer.status, path).toBe(200);
      // Pagefind's own formats (.pf_meta, .pf_fragment, its .pagefind WebAssembly) are binary.
      const known: Record<string, string> = {
        '.js': 'text/javascript',
        '.json': 'application/json',
        '.css': 'text/css',
      };
      expect(String(answer.headers['content-type']), path).toContain(known[extension] ?? 'application/octet-stream');
    }
  });

  test.each(['/404', '/index', '/ru/404', '/rounds/index', '/_headers', '/pagefind', '/pagefind/'])(
    '%s is not a page (no .html is guessed; host files are not served): 404',
    async (path) => {
      const answer = await ask(server.origin, path);
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
    },
  );

  test('pages get Cache-Control as on the hosts; hashed assets are kept a year', async () => {
    const page = await ask(server.origin, '/rounds/');
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const asset = readdirSync(join(inject('distDir'), '_astro'))[0];
    expect((await ask(server.origin, `/_astro/${asset}`)).headers['cache-control']).toContain('immutable');
  });

  test('a thousand bad ranges in a row leave the server answering', async () => {
    for (let i = 0; i < 1000; i++) expect((await ranged('/', 'bytes=100-50')).status).toBe(416);
    expect((await get(server.origin, '/')).status).toBe(200);
  });
});

describe('npm run dev: the request guard and the search index plugin', () => {
  let dir: string;
  let vite: ViteDevServer;
  let origin: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hr-archive-dev-'));
    mkdirSync(join(dir, 'dist/pagefind'), { recursive: true });
    writeFileSync(join(dir, 'dist/pagefind/pagefind.js'), 'export {};\n');
    vite = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
      plugins: [devRequestGuardPlugin(), devPagefindPlugin()],
    });
    await vite.listen();
    origin = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  });
  afterAll(async () => {
    await vite?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(MALFORMED.filter((p) => !p.includes('..')).map((p) => [p.slice(0, 40)]))(
    '%s anywhere gets a 4xx, not a server error',
    async (shown) => {
      const path = MALFORMED.find((p) => p.startsWith(shown))!;
      const { status } = await get(origin, path);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    },
  );

  test('serves the last build’s index', async () => {
    expect(await get(origin, '/pagefind/pagefind.js')).toMatchObject({ status: 200 });
  });

  test.each(MALFORMED.map((p) => [p.slice(0, 40)]))(
    '/pagefind%s gets a 4xx and the server keeps serving',
    async (shown) => {
      const path = MALFORMED.find((p) => p.startsWith(shown))!;
      const { status } = await get(origin, `/pagefind${path}`);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect((await get(origin, '/pagefind/pagefind.js')).status).toBe(200);
    },
  );
});
