/**
 * Every page's Content-Security-Policy, read from the built files: first in <head> (after the
 * charset), hashing exactly the inline scripts and styles the page holds (computed here with
 * Node's own SHA-256 over what an HTML parser finds), and the same policy in `_headers` for hosts
 * that send headers, with every page's hashes.
 */
import { expect, inject, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { listPages } from '../support/dist.ts';
import { parseHeadersFile } from '../../tools/lib/headers-file.ts';

const dist = inject('distDir');
const pages = listPages(dist);
const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

test.each(pages.map((p) => [p.path, p.file]))(
  '%s: the policy comes first and hashes exactly its inline code',
  (_path, file) => {
    const html = readFileSync(file, 'utf8');
    const $ = cheerio.load(html);
    const head = $('head').children().toArray();
    expect(head[0] && $(head[0]).attr('charset')).toBe('utf-8');
    expect(head[1] && $(head[1]).attr('http-equiv')).toBe('content-security-policy');
    const policy = $(head[1]!).attr('content')!;
    const scripts = $('script:not([src]):not([type="application/ld+json"])')
      .map((_, s) => sha($(s).text()))
      .get();
    const styles = $('style')
      .map((_, s) => sha($(s).text()))
      .get();
    expect(
      directive(policy, 'script-src')
        .filter((s) => s.startsWith("'sha256-"))
        .sort(),
    ).toEqual([...new Set(scripts)].sort());
    expect(
      directive(policy, 'style-src')
        .filter((s) => s.startsWith("'sha256-"))
        .sort(),
    ).toEqual([...new Set(styles)].sort());
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
  },
);

test('_headers sends the same policy, with every page’s hashes and frame-ancestors', () => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const all = rules.find((r) => r.pattern === '/*')!;
  const header = all.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')![1];
  expect(directive(header, 'frame-ancestors')).toEqual(["'none'"]);
  for (const { file } of pages) {
    const meta = cheerio
      .load(readFileSync(file, 'utf8'))('meta[http-equiv="content-security-policy"]')
      .attr('content')!;
    for (const name of ['default-src', 'connect-src', 'worker-src', 'base-uri', 'form-action'])
      expect(directive(header, name), name).toEqual(directive(meta, name));
    for (const name of ['script-src', 'style-src'])
      for (const source of directive(meta, name)) expect(directive(header, name), name).toContain(source);
  }
});
