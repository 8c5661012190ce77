/**
 * The built site served as a static host serves it, for `npm start` and the tests: sirv serves
 * the files (directory URLs give index.html), `_headers` is applied as Netlify and Cloudflare
 * apply it, an address without its trailing slash is redirected, unknown paths get the nearest
 * 404 page (/ru/… gets /ru/404.html, as Cloudflare Pages serves it; else /404.html), and
 * malformed requests get a 4xx without stopping the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import parseRange from 'range-parser';
import { lookup } from 'mrmime';
import { join } from 'node:path';
import sirv from 'sirv';
import compression from 'compression';
import { headersForPath, parseHeadersFile } from '../../src/publish/headers-file.ts';
import { decidePath } from '../../src/publish/request-path.ts';

export interface StaticServerOptions {
  /** The built site folder (dist/). */
  root: string;
  /** The base path the site was built for, such as "/" or "/archive/". */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/** Starts the server on loopback and resolves with it, its origin and the site's URL. */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }: StaticServerOptions) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = join(root, '_headers');
  const rules = parseHeadersFile(existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '');
  /** The 404 page of the folder nearest to a path within the site: "/ru/x/" -> ru/404.html, else 404.html. */
  const notFoundPage = (sitePath: string) => {
    const folders = sitePath.split('/').filter(Boolean);
    for (let depth = folders.length; depth >= 0; depth--) {
      const file = join(root, ...folders.slice(0, depth), '404.html');
      if (existsSync(file)) return readFileSync(file);
    }
    return Buffer.from('Not found');
  };
  const files = sirv(root, { etag: true });

  const sendStatus = (res: ServerResponse, status: number, sitePath: string) => {
    for (const [name, value] of headersForPath(rules, sitePath)) res.setHeader(name, value);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.writeHead(status);
    res.end(status === 404 ? notFoundPage(sitePath) : `${status}`);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const rawPath = (req.url ?? '/').split('?')[0]!;
    const query = (req.url ?? '').slice(rawPath.length);
    const decision = decidePath(rawPath, {
      base: prefix,
      hasDirectory: (sitePath) => existsSync(join(root, sitePath, 'index.html')),
    });
    if (decision.action === 'refuse') return sendStatus(res, decision.status, '/');
    if (decision.action === 'redirect') {
      res.writeHead(301, { Location: `${decision.location}${query}` }).end();
      return;
    }
    // _headers may set a more precise Content-Type; sirv keeps headers already set, as hosts do.
    for (const [name, value] of headersForPath(rules, `${prefix}${decision.path.slice(1)}`)) res.setHeader(name, value);
    req.url = `${decision.path}${query}`;
    if (req.headers.range && serveRange(req, res, decision.path)) return;
    files(req, res, () => sendStatus(res, 404, decision.path));
  };

  /**
   * A Range request, answered as RFC 9110 says (sirv's own handling hangs on some ranges): one
   * satisfiable range gets 206 with exactly those bytes; an unsatisfiable or invalid one ("bytes=100-50")
   * gets 416; a malformed header or several ranges are ignored, and the whole file follows (false).
   */
  const serveRange = (req: IncomingMessage, res: ServerResponse, sitePath: string): boolean => {
    const file = join(root, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
    if (!existsSync(file) || !statSync(file).isFile()) return false;
    const size = statSync(file).size;
    const ranges = parseRange(size, req.headers.range!, { combine: true });
    if (ranges === -2 || (ranges !== -1 && (ranges.type !== 'bytes' || ranges.length !== 1))) {
      delete req.headers.range;
      return false;
    }
    if (ranges === -1) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}`, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('416 Range Not Satisfiable');
      return true;
    }
    const [{ start, end }] = ranges as { start: number; end: number }[] as [{ start: number; end: number }];
    const type = lookup(file) ?? 'application/octet-stream';
    // Bytes of the file as stored: a compressed 206 would not be the bytes asked for.
    res.setHeader('Cache-Control', [res.getHeader('Cache-Control'), 'no-transform'].filter(Boolean).join(', '));
    if (!res.hasHeader('Content-Type'))
      res.setHeader('Content-Type', /^text\/|json|xml|javascript/.test(type) ? `${type}; charset=utf-8` : type);
    res.writeHead(206, {
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${size}`,
      'Content-Length': String(end - start + 1),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file, { start, end }).pipe(res);
    return true;
  };

  // Brotli or gzip as a host sends them, so what is measured here (Lighthouse, say) is what
  // readers get. Compressed formats (PNG, Pagefind's index) are left alone by the filter.
  const compress = compression();
  const server = createServer((req, res) => {
    try {
      // compression's types name Express's request and response; it uses only Node's own.
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => handle(req, res));
    } catch (error) {
      // A request must never stop the server: answer 500 and keep serving.
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end('Internal error');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    origin: `http://${host}:${actualPort}`,
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
