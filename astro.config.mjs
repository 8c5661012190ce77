// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkParagraphNumbers } from './src/integrations/paragraph-numbers.ts';
import { lazyModulePlugin } from './src/integrations/lazy-module-plugin.ts';
import { devPagefindPlugin } from './tools/lib/dev-pagefind-plugin.ts';
import { devRequestGuardPlugin } from './tools/lib/dev-request-guard-plugin.ts';
import { localizedNotFound } from './src/integrations/localized-not-found.ts';
import { pageCsp } from './src/integrations/page-csp.ts';
import { publishedAddress } from './src/integrations/published-address.ts';
import { readBuildSettings } from './src/build-settings.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

/**
 * SITE: the origin the archive is published at, for canonical URLs, citations and the sitemap
 * (required by `astro build`; `npm start` sets it to the address it serves). BASE_PATH: the folder
 * it is served from, e.g. /archive/ on a GitHub Pages project site. See src/build-settings.ts.
 */
const { site, base } = readBuildSettings(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // English at today's addresses, Russian under /ru/: pages live in src/pages/[...locale]/, one
  // route per page for both languages; Astro.currentLocale tells a component which it renders.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // One small stylesheet inlined: a page arrives in one network round trip.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Round texts have no code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    // Astro 7's default processor ignores remark/rehype plugins; unified() runs them (MDX inherits it).
    // GFM comes from remark-gfm explicitly; smart quotes stay off so the release's words stay verbatim.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkParagraphNumbers],
    }),
  },
  security: {
    // A hash-based CSP in a <meta> on every page: no inline script or style runs unless Astro
    // hashed it. Search compiles Pagefind's WebAssembly and starts its worker from a blob.
    // public/_headers repeats these for hosts that send headers (and adds frame-ancestors).
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The sitemap lists every HTML page but the 404 pages, each with its other language as an alternate.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/404'),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
    }),
    localizedNotFound({ locales: LOCALES.filter((l) => l !== DEFAULT_LOCALE) }),
    pageCsp(),
    publishedAddress(),
  ],
  vite: {
    plugins: [lazyModulePlugin(), devRequestGuardPlugin(), devPagefindPlugin()],
    build: {
      rolldownOptions: {
        // Astro's MDX output starts with a directive the bundler warns about once per round file
        // ("use astro:head-inject"); it is expected and drowns real messages, so it is dropped.
        onLog(level, log, defaultHandler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          defaultHandler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
