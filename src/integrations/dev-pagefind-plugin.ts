/**
 * Vite plugin for `npm run dev`: serves the last build's search index (dist/pagefind/), so
 * search works while editing once `npm run build` has run. Without a build, the search UI
 * explains that the index is missing.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { contentTypeFor } from '../../tools/lib/static-server.ts';

export function devPagefindPlugin({ distDir = 'dist' } = {}): Plugin {
  return {
    name: 'dev-pagefind-index',
    apply: 'serve',
    configureServer(server) {
      const prefix = `${server.config.base.replace(/\/?$/, '/')}pagefind/`;
      const root = join(server.config.root, distDir, 'pagefind');
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(prefix)) return next();
        const file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
        if (!file.startsWith(root)) return next();
        try {
          const body = await readFile(file);
          res.setHeader('Content-Type', contentTypeFor(file));
          res.end(body);
        } catch {
          next();
        }
      });
    },
  };
}
