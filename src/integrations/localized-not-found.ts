/**
 * Astro integration: Astro writes /404.html for src/pages/404.astro but /ru/404/index.html for
 * src/pages/ru/404.astro. Hosts that look for a 404 page in each folder (Cloudflare Pages,
 * `npm start`) want /ru/404.html, so the build moves it there.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function localizedNotFound({ locales }: { locales: readonly string[] }): AstroIntegration {
  return {
    name: 'localized-not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of locales) {
          const folder = fileURLToPath(new URL(`${locale}/404/`, dir));
          if (!existsSync(`${folder}index.html`)) continue;
          renameSync(`${folder}index.html`, fileURLToPath(new URL(`${locale}/404.html`, dir)));
          rmdirSync(folder);
        }
      },
    },
  };
}
