/** Wiring: the build's settings, read once, for the pure modules that take them as arguments. */
import { createUrlFor, toAbsoluteUrl } from './format/urls.ts';
import { ARCHIVE_NAME } from './publish/citation.ts';

/** The archive's name, in the header, titles and citations. */
export const SITE_NAME = ARCHIVE_NAME;

/** Turns a site path into a link under the configured base path. */
export const urlFor = createUrlFor({ base: import.meta.env.BASE_URL });

/** Turns a site path into an absolute URL on the configured site, for feeds, data and citations. */
export const absoluteUrlFor = (path: string) => toAbsoluteUrl(urlFor(path), import.meta.env.SITE);
