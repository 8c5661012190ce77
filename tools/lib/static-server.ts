/**
 * The built site served as a static host serves it, for `npm start` and the tests. `send` (the
 * file server under Express) answers files as RFC 9110 says: Range (206, or 416 with the size),
 * conditional requests (If-None-Match with `*` or lists, If-Modified-Since, If-Match: 304 or 412,
 * the ETag kept on a 304), a content type for every file (application/octet-stream when the
 * extension is unknown, as for Pagefind's data files). Around it, what hosts add: only GET and
 * HEAD (405 otherwise), `_headers` applied as Netlify and Cloudflare apply it, a folder address
 * without its trailing slash redirected, no `.html` guessed for an extensionless path (so `/404`
 * and `/index` are 404s), unknown paths given the nearest 404 page (/ru/… gets /ru/404.html, as
 * Cloudflare Pages serves it; else /404.html), and malformed requests a 4xx without stopping
 * the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import send from 'send';
import compression from 'compression';
import { headersForPath, parseHeadersFile } from './headers-file.ts';
import { decidePath } from './request-path.ts';

export interface StaticServerOptions {
  /** The built site folder (dist/). */
  root: string;
  /** The base path the site was built for, such as "/" or "/archive/". */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/** What Netlify and Cloudflare Pages send for a file no `_headers` rule gives a Cache-Control. */
const HOST_DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
const ALLOWED_METHODS = ['GET', 'HEAD'];
/** Files a host reads as its configuration and never serves. */
const HOST_CONFIGURATION_FILES = new Set(['/_headers', '/_redirects']);

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

  /** The headers `_headers` gives a path, with the host's Cache-Control where no rule sets one. */
  const setSiteHeaders = (res: ServerResponse, sitePath: string) => {
    for (const [name, value] of headersForPath(rules, `${prefix}${sitePath.slice(1)}`)) res.setHeader(name, value);
    if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', HOST_DEFAULT_CACHE_CONTROL);
  };

  const sendStatus = (res: ServerResponse, status: number, sitePath: string, extra: Record<string, string> = {}) => {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    setSiteHeaders(res, sitePath);
    res.writeHead(status, { ...extra, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(status === 404 ? notFoundPage(sitePath) : `${status}`);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!ALLOWED_METHODS.includes(req.method ?? '')) {
      return sendStatus(res, 405, '/', { Allow: ALLOWED_METHODS.join(', ') });
    }
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
    if (HOST_CONFIGURATION_FILES.has(decision.path)) return sendStatus(res, 404, decision.path);
    // _headers may set a more precise Content-Type; send keeps a Content-Type already set.
    setSiteHeaders(res, decision.path);
    send(req, decision.path, { root, index: ['index.html'], extensions: false, cacheControl: false })
      // A folder without index.html (decidePath redirected the others) is not a page.
      .on('directory', () => sendStatus(res, 404, decision.path))
      .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
        // A 416 carries "Content-Range: bytes */size", as RFC 9110 asks.
        sendStatus(res, error.status ?? 500, decision.path, error.headers);
      })
      .pipe(res);
  };

  // Brotli or gzip as a host sends them, so what is measured here (Lighthouse, say) is what
  // readers get. Compressed formats (PNG, Pagefind's index) are left alone by the filter, and a
  // Range request gets the bytes of the file as stored: a compressed 206 would not be them.
  const compress = compression({
    filter: (req, res) => !req.headers.range && compression.filter(req, res),
  });
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
