/**
 * Astro integration: Astro's hash-based CSP lists, on every page, the hashes of every inline
 * script and style of the whole site. After the build, each page's policy keeps only the hashes
 * of the inline scripts and styles that page holds: a tighter policy (another page's inline code
 * is not allowed here), and some 700 bytes of incompressible hashes less on every page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Text } from 'hast';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The CSP hash source of inline code: "'sha256-…'". */
const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The hashes of a page's inline scripts (JSON-LD aside: it is data, never run) and styles. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  visit(fromHtml(html), 'element', (node: Element) => {
    const inlineScript =
      node.tagName === 'script' && !node.properties.src && node.properties.type !== 'application/ld+json';
    if (!inlineScript && node.tagName !== 'style') return;
    hashes.add(hashOf(node.children.map((child) => (child as Text).value ?? '').join('')));
  });
  return hashes;
}

/**
 * A page's policy with only the hashes it needs: every other source of each directive is kept,
 * and a hash is kept where the page holds the code it hashes.
 */
export function trimPolicy(policy: string, needed: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) =>
      directive
        .split(' ')
        .filter((source) => !source.startsWith("'sha256-") || needed.has(source))
        .join(' '),
    )
    .join(';');
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const match = POLICY.exec(html);
          if (!match) continue;
          const trimmed = trimPolicy(match[2]!, inlineHashes(html));
          if (trimmed !== match[2]) writeFileSync(file, html.replace(POLICY, `$1${trimmed}$3`));
        }
      },
    },
  };
}
