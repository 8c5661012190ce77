/**
 * A small static file server for the built site, used by `npm start` and by the tests.
 * It behaves like a static host: directory URLs serve index.html, unknown paths get the
 * site's 404 page with status 404, and files get their proper content type.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../src/publish/headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The content type a static host should send for a file name. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a request path to a file under root, or undefined; never escapes root. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (decoded.endsWith('/'))
    return (await isFile(join(candidate, 'index.html'))) ? join(candidate, 'index.html') : undefined;
  return (await isFile(candidate)) ? candidate : undefined;
}

export interface StaticServerOptions {
  /** The built site folder (dist/). */
  root: string;
  /** The base path the site was built for, such as "/" or "/archive/". */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/** Starts the server on loopback and resolves with it and its origin URL. */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }: StaticServerOptions) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Headers as a production host would send them, from the build's _headers file.
  const rules: HeaderRule[] = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file: string | undefined;
    if (url.pathname.startsWith(prefix)) {
      const path = `/${url.pathname.slice(prefix.length)}`;
      file = await resolveFile(root, path);
      if (!file && !path.endsWith('/') && (await resolveFile(root, `${path}/`))) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const status = file ? 200 : 404;
    const body = file
      ? await readFile(file)
      : await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    res.setHeader('Content-Type', file ? contentTypeFor(file) : 'text/html; charset=utf-8');
    // _headers may set a more precise Content-Type; later rules win, as on Netlify.
    for (const [name, value] of headersForPath(rules, url.pathname)) res.setHeader(name, value);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
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
