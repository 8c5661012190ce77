/**
 * Breaking a round file must stop the real build with messages naming the file and the field.
 * The project is copied to a temporary folder (sharing node_modules), the copy's round 18 is
 * broken in four ways at once, and `astro build` runs on it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runBin } from '../support/build-site.ts';

let copy: string;
let result: { status: number | null; output: string };

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'hr-archive-broken-'));
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(PROJECT_ROOT, item), join(copy, item), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const rounds = join(copy, 'content/rounds');
  const round18 = readFileSync(join(rounds, '18.mdx'), 'utf8');
  // 1. round: eighteen  2. date removed
  writeFileSync(join(rounds, '18.mdx'), round18.replace(/^round: 18$/m, 'round: eighteen').replace(/^date: .*\n/m, ''));
  // 3. a second file claiming round 17
  writeFileSync(join(rounds, '17-copy.mdx'), readFileSync(join(rounds, '17.mdx'), 'utf8'));
  // 4. a stray Markdown file
  writeFileSync(join(rounds, 'notes.md'), '# Notes\n');
  result = runBin('astro', ['build', '--outDir', join(copy, 'dist')], { cwd: copy });
}, 120_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('the build fails', () => {
  expect(result.status).not.toBe(0);
});

test('it reports every problem at once, each naming the file and the field', () => {
  expect(result.output).toContain('Round files have 5 problems:');
  expect(result.output).toContain('content/rounds/18.mdx: field "round" is "eighteen"; expected a positive whole number, such as 18.');
  expect(result.output).toContain('content/rounds/18.mdx: field "date" is missing; expected a date written YYYY-MM-DD');
  expect(result.output).toContain('content/rounds/17-copy.mdx: field "round" is 17 but the file is named 17-copy.mdx; expected the file to be named 17.mdx.');
  expect(result.output).toContain('content/rounds/17-copy.mdx and content/rounds/17.mdx: field "round" is 17 in 2 files; expected each round number in one file only.');
  expect(result.output).toContain('content/rounds/notes.md: this file is not loaded as a round');
});

test('no pages are written for a broken archive', () => {
  expect(() => readFileSync(join(copy, 'dist/rounds/18/index.html'))).toThrow();
});
