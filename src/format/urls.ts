/** Internal URLs. Every link is built here, so the site works under any base path. */

/** The permanent path of a round's page: 18 -> "/rounds/18/". */
export function roundPath(round: number): string {
  return `/rounds/${round}/`;
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

/** The path of the page listing one year's rounds: 2013 -> "/rounds/years/2013/". */
export function yearPath(year: number): string {
  return `/rounds/years/${year}/`;
}

/** The path of a subject's page: "golos" -> "/subjects/golos/". */
export function subjectPath(id: string): string {
  return `/subjects/${id}/`;
}
