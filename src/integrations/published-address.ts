/**
 * Astro integration: a build must know the address it is published at, since every canonical
 * link, citation, feed entry and sitemap line carries it. `astro build` without SITE stops with
 * one line saying how to set it (tools/build.ts says the same before starting Astro); the dev
 * server links to the address it serves.
 */
import type { AstroIntegration } from 'astro';
import { localSite, MISSING_SITE_MESSAGE } from '../build-settings.ts';

export function publishedAddress(): AstroIntegration {
  return {
    name: 'published-address',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (config.site) return;
        if (command === 'build') throw new Error(MISSING_SITE_MESSAGE);
        if (command === 'dev') updateConfig({ site: localSite(config.server.port) });
      },
    },
  };
}
