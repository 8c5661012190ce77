/**
 * The build's settings from the environment, read in this one module: where the site is
 * published (SITE, BASE_PATH) and the listing sizes. Pure: the environment is an argument, so
 * astro.config.mjs, src/site.ts and the tools read the same values the same way.
 */

export interface BuildSettings {
  /** The origin the site is published at, "https://archive.example.org"; undefined when not set. */
  site: string | undefined;
  /** The folder it is served from, "/" or "/archive/" (always with both slashes). */
  base: string;
  /** How many of the newest rounds the feed carries. */
  feedLength: number;
  /** The most rounds a listing shows one by one; past it, listings show years. */
  listingLimit: number;
  /** The most rounds a subject's page lists before continuing on a further page. */
  appearancesPerPage: number;
  /** How many results the search page shows at first and adds with each "Show more". */
  searchPageSize: number;
  /**
   * Where social images are kept between builds: node_modules/.cache, which hosts' build caches
   * keep and `git clean` leaves alone; SOCIAL_IMAGE_CACHE moves it (the benchmark keeps its own).
   */
  socialImageCache: string;
}

/** What `npm run build` prints and stops on when it does not know where the site will be published. */
export const MISSING_SITE_MESSAGE =
  'SITE is not set: links, citations and the sitemap need the address the archive is published at. ' +
  'Build with it, e.g. SITE=https://archive.example.org npm run build (add BASE_PATH=/folder/ for a sub-folder); ' +
  '`npm start` sets it to the address it serves.';

type Environment = Record<string, string | undefined>;

/** A listing size: a whole number of at least 1, else one line naming the variable and its value. */
function sizeSetting(env: Environment, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`${name}: expected a whole number of at least 1, got ${JSON.stringify(value)}`);
  return Number(value);
}

/**
 * SITE, checked: an http(s) origin with nothing after the host ("https://x.org",
 * "http://localhost:4321"). On Netlify, whose builds say so (NETLIFY=true), the site's own
 * address (URL) is the default, as the Pages workflow takes GitHub's.
 */
function siteSetting(env: Environment): string | undefined {
  const value = (env.SITE?.trim() || (env.NETLIFY === 'true' ? env.URL?.trim() : undefined))?.replace(/\/$/, '');
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(
      `SITE: expected an http(s) origin such as https://archive.example.org (a folder goes in BASE_PATH), got ${JSON.stringify(env.SITE?.trim() || env.URL)}`,
    );
  return url.origin;
}

/** BASE_PATH, normalised: "" or "/" -> "/"; "archive" or "/archive" -> "/archive/". */
function baseSetting(env: Environment): string {
  const value = (env.BASE_PATH ?? '').trim();
  if (/[?#\\\s]|\.\./.test(value))
    throw new Error(`BASE_PATH: expected a folder such as /archive/, got ${JSON.stringify(value)}`);
  const folders = value.split('/').filter(Boolean);
  return folders.length ? `/${folders.join('/')}/` : '/';
}

/** Reads every setting; a bad value throws one line naming the variable, the value and what is expected. */
export function readBuildSettings(env: Environment): BuildSettings {
  return {
    site: siteSetting(env),
    base: baseSetting(env),
    feedLength: sizeSetting(env, 'FEED_LENGTH', 20),
    listingLimit: sizeSetting(env, 'LISTING_LIMIT', 40),
    appearancesPerPage: sizeSetting(env, 'APPEARANCES_PER_PAGE', 20),
    searchPageSize: sizeSetting(env, 'SEARCH_PAGE_SIZE', 10),
    socialImageCache: env.SOCIAL_IMAGE_CACHE || 'node_modules/.cache/hr-archive/social-images',
  };
}

/** The address `npm start` and `npm run dev` serve on, which their builds link to: 4321 -> "http://localhost:4321". */
export function localSite(port: number): string {
  return `http://localhost:${port}`;
}
