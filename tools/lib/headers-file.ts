/**
 * The `_headers` file format that Netlify and Cloudflare Pages read: a path pattern on its own
 * line, then indented `Name: value` lines. `npm start` applies it so the site is tried locally
 * with the headers it gets in production.
 */

export interface HeaderRule {
  /** A path pattern where `*` matches any characters: "/*", "/_astro/*". */
  pattern: string;
  headers: [string, string][];
}

/** Parses a `_headers` file; comments (#) and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon === -1)
      throw new Error(`_headers: expected "Name: value" under a path, got ${JSON.stringify(raw.trim())}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/** All headers that apply to a path, in file order (a later one of the same name wins): "/rounds/18/" matches "/*". */
export function headersForPath(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => patternToRegExp(rule.pattern).test(path)).flatMap((rule) => rule.headers);
}
