/**
 * Astro integration: Astro's hash-based CSP lists, on every page, the hashes of every inline
 * script and style of the whole site, but not of a script placed before its <meta> (the theme
 * script), and puts the <meta> after that script. After the build, each page's policy lists
 * exactly the hashes of the inline scripts and styles that page holds, first in <head>: a tighter
 * policy (another page's inline code is not allowed here, and nothing runs unhashed), and some
 * 700 bytes of incompressible hashes less on every page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Text } from 'hast';

/** The CSP hash source of inline code: "'sha256-…'". */
const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The hashes of a page's inline scripts (JSON-LD aside: it is data, never run) and styles. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  visit(fromHtml(html), 'element', (node: Element) => {
    const inlineScript =
      node.tagName === 'script' && !node.properties.src && node.properties.type !== 'application/ld+json';
    if (!inlineScript && node.tagName !== 'style') return;
    const hash = hashOf(node.children.map((child) => (child as Text).value ?? '').join(''));
    (inlineScript ? scripts : styles).add(hash);
  });
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/**
 * A policy whose script-src and style-src list exactly the given hashes: every other source of
 * every directive is kept, a hash of code the page does not hold is dropped, and a hash of
 * inline code Astro did not hash (the theme script runs before it) is added.
 */
export function policyWithHashes(policy: string, { scripts, styles }: { scripts: string[]; styles: string[] }): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      const kept = sources.filter((source) => !source.startsWith("'sha256-"));
      if (name === 'script-src') return [name, ...kept, ...scripts].join(' ');
      if (name === 'style-src') return [name, ...kept, ...styles].join(' ');
      return [name, ...kept].join(' ');
    })
    .filter((directive) => directive.trim())
    .join(';');
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const CHARSET = '<meta charset="utf-8">';

/**
 * Each page: its policy with its own hashes, first in <head> (after the charset), so it governs
 * every script and style after it. dist/_headers: the same policy as a header for hosts that send
 * headers (Netlify, Cloudflare Pages, `npm start`), with every page's hashes and the directives
 * a <meta> cannot carry (frame-ancestors).
 */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const allScripts = new Set<string>();
        const allStyles = new Set<string>();
        let sitePolicy: string | undefined;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const match = CSP_META.exec(html);
          if (!match || !html.includes(CHARSET)) continue;
          const hashes = inlineHashes(html);
          hashes.scripts.forEach((h) => allScripts.add(h));
          hashes.styles.forEach((h) => allStyles.add(h));
          sitePolicy ??= match[1]!;
          const meta = `<meta http-equiv="content-security-policy" content="${policyWithHashes(match[1]!, hashes)}">`;
          writeFileSync(file, html.replace(match[0], '').replace(CHARSET, `${CHARSET}${meta}`));
        }
        const headersFile = join(root, '_headers');
        if (!sitePolicy || !existsSync(headersFile)) return;
        const policy = policyWithHashes(sitePolicy, { scripts: [...allScripts].sort(), styles: [...allStyles].sort() });
        const headers = readFileSync(headersFile, 'utf8').replace(
          /^( {2}Content-Security-Policy: )(.*)$/m,
          (_, name: string, extra: string) =>
            `${name}${policy}; ${extra.replace(/base-uri 'none'; form-action 'self'; /, '')}`,
        );
        writeFileSync(headersFile, headers);
      },
    },
  };
}
