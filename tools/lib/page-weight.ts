/** What a page costs a reader, measured on the built files as a host would send them (brotli, quality 11). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import * as cheerio from 'cheerio';

/** About what fits in TCP's first flight (10 segments): a page that fits arrives in one round trip. */
export const PAGE_BUDGET = 14 * 1024;

export const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Stylesheets and scripts are shared by many pages: each is compressed once per file. */
const assetWeights = new Map<string, number>();
const assetWeight = (file: string) => {
  if (!assetWeights.has(file)) assetWeights.set(file, brotli(readFileSync(file)));
  return assetWeights.get(file)!;
};

/**
 * The HTML, CSS and eagerly loaded JavaScript a page of the site in `dist` needs, brotli-compressed,
 * in bytes. `base` is the path the site is served under (its links start with it).
 */
export function pageWeight(dist: string, file: string, { base = '/' }: { base?: string } = {}) {
  const html = readFileSync(file);
  const $ = cheerio.load(html.toString());
  // Asset links carry the deployment's base path; the files sit at the root of dist.
  const local = (ref: string) => join(dist, new URL(ref, 'http://x/').pathname.replace(base.replace(/\/?$/, '/'), '/'));
  const css = $('link[rel="stylesheet"]')
    .map((_, l) => assetWeight(local($(l).attr('href')!)))
    .get();
  // JSON-LD is data, not code: the browser never runs it.
  const inlineJs = $('script:not([src]):not([type="application/ld+json"])')
    .map((_, s) => brotli($(s).text()))
    .get();
  // Module scripts and ordinary scripts both run before interaction; lazy code is imported later.
  const js = $('script[src]')
    .map((_, s) => assetWeight(local($(s).attr('src')!)))
    .get();
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const htmlBytes = brotli(html);
  return {
    html: htmlBytes,
    css: sum(css),
    /** The JavaScript that runs before interaction, inline or not. */
    js: sum(js) + sum(inlineJs),
    /** What the reader downloads: the HTML (inline scripts and styles are in it, counted once) and the files it links. */
    total: htmlBytes + sum(css) + sum(js),
  };
}
