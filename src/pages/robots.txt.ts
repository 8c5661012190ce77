import type { APIRoute } from 'astro';
import { absoluteUrlFor } from '../site.ts';

/** /robots.txt: everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrlFor('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
