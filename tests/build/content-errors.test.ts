/**
 * Breaking a round file must stop the real build with messages naming the file and the field.
 * The project is copied to a temporary folder (sharing node_modules), the copy's round 18 is
 * broken in four ways at once, and `astro build` runs on it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';

let copy: string;
let removeCopy: () => void;
let result: { status: number | null; output: string };

beforeAll(() => {
  ({ root: copy, remove: removeCopy } = copyProject());
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

afterAll(() => removeCopy?.());

test('the build fails', () => {
  expect(result.status).not.toBe(0);
});

test('it reports every problem at once, each naming the file and the field', () => {
  expect(result.output).toContain('Round files have 5 problems:');
  expect(result.output).toContain(
    'content/rounds/18.mdx: field "round" is "eighteen"; expected a positive whole number, such as 18.',
  );
  expect(result.output).toContain('content/rounds/18.mdx: field "date" is missing; expected a date written YYYY-MM-DD');
  expect(result.output).toContain(
    'content/rounds/17-copy.mdx: field "round" is 17 but the file is named 17-copy.mdx; expected the file to be named 17.mdx.',
  );
  expect(result.output).toContain(
    'content/rounds/17-copy.mdx and content/rounds/17.mdx: field "round" is 17 in 2 files; expected each round number in one file only.',
  );
  expect(result.output).toContain('content/rounds/notes.md: this file is not loaded as a round');
});

test('no pages are written for a broken archive', () => {
  expect(() => readFileSync(join(copy, 'dist/rounds/18/index.html'))).toThrow();
});
