/**
 * Vite plugin for `npm run dev`: answers a malformed request path (bad percent-encoding, a NUL
 * byte, over 2 KB) with a 4xx before Astro's own dev middleware, which would answer 500, as
 * `npm start` and static hosts answer it (see tools/lib/request-path.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { decidePath } from './request-path.ts';

export function devRequestGuardPlugin(): Plugin {
  return {
    name: 'dev-request-guard',
    apply: 'serve',
    configureServer(server) {
      // Astro puts its own middleware at the front of connect's stack in its post hook; the
      // guard's post hook runs after Astro's and goes in front of it, so that no middleware sees
      // a path it cannot decode.
      return () => {
        server.middlewares.stack.unshift({
          route: '',
          handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
            const [rawPath = '/'] = (req.url ?? '/').split('?');
            const decision = decidePath(rawPath, { base: '/', hasDirectory: () => false });
            if (decision.action === 'refuse' && decision.status !== 404) {
              res.statusCode = decision.status;
              return res.end(`${decision.status}`);
            }
            next();
          },
        });
      };
    },
  };
}
