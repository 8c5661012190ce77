/**
 * Every site path the archive links to, and how a path becomes a link. Pages end in "/" (and
 * move under a language's prefix), files do not (they are the same for every language). Writing
 * a path anywhere else is a second way of doing it: a renamed page would leave dead links.
 */

/** The fixed pages. */
export const PAGES = {
  home: '/',
  rounds: '/rounds/',
  subjects: '/subjects/',
  matrix: '/subjects/matrix/',
  accountsMatrix: '/subjects/matrix/accounts/',
  search: '/search/',
  about: '/about/',
  corrections: '/corrections/',
  download: '/download/',
} as const;

/** The fixed files: the feed, the open data and its schemas, the spreadsheets. */
export const FILES = {
  feed: '/feed.xml',
  roundsJson: '/data/rounds.json',
  roundsSchema: '/data/rounds.schema.json',
  roundsCsv: '/data/rounds.csv',
  subjectsJson: '/data/subjects.json',
  subjectsSchema: '/data/subjects.schema.json',
  matrixCsv: '/subjects/matrix.csv',
  accountsCsv: '/subjects/accounts.csv',
  subjectRounds: '/search/subject-rounds.json',
  recordZip: '/download/eu-russia-hr-consultations-record.zip',
} as const;

/** The permanent path of a round's page: 18 -> "/rounds/18/". */
export function roundPath(round: number): string {
  return `/rounds/${round}/`;
}

/** A round's own data file: 18 -> "/rounds/18.json". */
export function roundDataPath(round: number): string {
  return `/rounds/${round}.json`;
}

/** The formats a round's citation is downloaded in. */
export const CITE_FORMATS = ['bib', 'ris', 'json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** A round's citation file: (18, 'bib') -> "/rounds/18/cite.bib". */
export function roundCitePath(round: number, format: CiteFormat): string {
  return `${roundPath(round)}cite.${format}`;
}

/** The path of the page listing one year's rounds: 2013 -> "/rounds/years/2013/". */
export function yearPath(year: number): string {
  return `/rounds/years/${year}/`;
}

/** The path of a subject's page: "golos" -> "/subjects/golos/". */
export function subjectPath(id: string): string {
  return `/subjects/${id}/`;
}

/** A subject's own feed, of the rounds and corrections that name it: "golos" -> "/subjects/golos/feed.xml". */
export function subjectFeedPath(id: string): string {
  return `${subjectPath(id)}feed.xml`;
}

/** Page `n` of a subject's appearances: ("golos", 1) -> "/subjects/golos/"; ("golos", 2) -> "/subjects/golos/2/". */
export function subjectPagePath(id: string, n: number): string {
  return n === 1 ? subjectPath(id) : `${subjectPath(id)}${n}/`;
}

/**
 * A decade's page of the year matrix; the latest decade is the matrix page itself: (2000, false)
 * -> "/subjects/matrix/2000s/"; the accounts view likewise under /subjects/matrix/accounts/.
 */
export function decadeMatrixPath(
  decade: number,
  latest: boolean,
  view: 'appearances' | 'accounts' = 'appearances',
): string {
  const page = view === 'accounts' ? PAGES.accountsMatrix : PAGES.matrix;
  return latest ? page : `${page}${decade}s/`;
}

/**
 * Creates the function that turns a site path into a link under the deployment's base path:
 * createUrlFor({ base: '/archive/' })('/rounds/18/') -> "/archive/rounds/18/".
 */
export function createUrlFor({ base }: { base: string }): (path: string) => string {
  const prefix = base.replace(/\/+$/, '');
  return (path) => `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute URL of a link, for canonical tags and citations: ('/rounds/18/', 'https://x.org') -> "https://x.org/rounds/18/". */
export function toAbsoluteUrl(href: string, site: string | URL): string {
  return new URL(href, site).href;
}
