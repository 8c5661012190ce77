/**
 * What a static host does with a request path before it looks for a file, shared by `npm start`
 * (tools/lib/static-server.ts) and the dev server's search-index plugin: malformed, overlong and
 * out-of-base paths are refused, a folder address without its trailing slash is redirected.
 */
import { posix } from 'node:path';

/** Longer request paths are refused (414), as hosts and CDNs do. */
const MAX_PATH_LENGTH = 2048;

/** What to do with a request path before looking for a file: serve it, redirect it, or refuse it. */
export type PathDecision =
  | { action: 'serve'; path: string }
  | { action: 'redirect'; location: string }
  | { action: 'refuse'; status: 400 | 404 | 414 };

/**
 * Decides on a request path (pure but for `hasDirectory`): '/archive/rounds/18' under base
 * '/archive/' -> redirect to '/archive/rounds/18/'; '/%E0%A4%A' -> refuse 400; outside the base -> 404.
 * Redirects are built from the normalised path, so '/.//name' can never become '//name/'.
 */
export function decidePath(
  rawPath: string,
  { base, hasDirectory }: { base: string; hasDirectory: (sitePath: string) => boolean },
): PathDecision {
  if (rawPath.length > MAX_PATH_LENGTH) return { action: 'refuse', status: 414 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { action: 'refuse', status: 400 };
  }
  if (decoded.includes('\0')) return { action: 'refuse', status: 400 };
  const normalised = posix.normalize(`/${decoded}`).replace(/^\/+/, '/');
  if (!normalised.startsWith(base) && `${normalised}/` !== base) return { action: 'refuse', status: 404 };
  const sitePath = `/${normalised.slice(base.length)}`.replace(/^\/+/, '/');
  if (!sitePath.endsWith('/') && !posix.extname(sitePath) && hasDirectory(sitePath)) {
    return { action: 'redirect', location: `${base}${sitePath.slice(1)}/` };
  }
  return { action: 'serve', path: sitePath };
}
