/**
 * Vite plugin for `npm run dev`: serves the last build's search index (dist/pagefind/) with
 * send (as `npm start` does), so search works while editing once `npm run build` has run. Without a build, the search
 * UI explains that the index is missing. Malformed paths get a 4xx, as from `npm start`.
 */
import { join } from 'node:path';
import send from 'send';
import type { Plugin } from 'vite';
import { decidePath } from './request-path.ts';

export function devPagefindPlugin({ distDir = 'dist' } = {}): Plugin {
  return {
    name: 'dev-pagefind-index',
    apply: 'serve',
    configureServer(server) {
      const prefix = `${server.config.base.replace(/\/?$/, '/')}pagefind/`;
      // Files are looked up on each request, so a rebuild is picked up without a restart.
      const root = join(server.config.root, distDir, 'pagefind');
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        const [rawPath = ''] = url.split('?');
        if (!rawPath.startsWith(prefix)) return next();
        const decision = decidePath(rawPath, { base: prefix, hasDirectory: () => false });
        if (decision.action !== 'serve') {
          res.statusCode = decision.action === 'refuse' ? decision.status : 404;
          return res.end();
        }
        send(req, decision.path, { root, index: false, extensions: false })
          .on('error', (error: { status?: number }) => {
            if (error.status === 404) return next();
            res.statusCode = error.status ?? 500;
            res.end();
          })
          .pipe(res);
      });
    },
  };
}
