/**
 * Breaking round files must stop the real build with messages naming the file and the field.
 * A copy of the fixture site gets five problems at once (a round number in words, a missing
 * date, a second file claiming an existing round, a stray Markdown file, a bad subject file)
 * and `astro build` runs.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { FIXTURE_CONTENT, fixtureRounds, readContentSubjects } from '../support/fixture-site.ts';

const rounds = fixtureRounds();
const broken = rounds.at(-1)!.data.round;
const copied = rounds[0]!.data.round;
const brokenSubject = readContentSubjects(FIXTURE_CONTENT)[0]!.id;
let copy: string;
let removeCopy: () => void;
let result: { status: number | null; output: string };

beforeAll(() => {
  ({ root: copy, remove: removeCopy } = copyProject({ content: FIXTURE_CONTENT }));
  const folder = join(copy, 'content/rounds');
  const text = readFileSync(join(folder, `${broken}.mdx`), 'utf8');
  // 1. the round number in words  2. the date removed
  writeFileSync(
    join(folder, `${broken}.mdx`),
    text.replace(new RegExp(`^round: ${broken}$`, 'm'), 'round: eighteen').replace(/^date: .*\n/m, ''),
  );
  // 3. a second file claiming an existing round
  writeFileSync(join(folder, `${copied}-copy.mdx`), readFileSync(join(folder, `${copied}.mdx`), 'utf8'));
  // 4. a stray Markdown file
  writeFileSync(join(folder, 'notes.md'), '# Notes\n');
  // 5. a subject file with a field the schema does not know: it must not hide the four above
  const subjectFile = join(copy, 'content/subjects', `${brokenSubject}.yaml`);
  writeFileSync(subjectFile, `${readFileSync(subjectFile, 'utf8')}venue: Brussels\n`);
  result = runBin('astro', ['build', '--outDir', join(copy, 'dist')], { cwd: copy });
}, 120_000);

afterAll(() => removeCopy?.());

test('the build fails', () => {
  expect(result.status).not.toBe(0);
});

test('it reports every problem at once, each naming the file and the field', () => {
  const file = (n: number | string) => `content/rounds/${n}.mdx`;
  expect(result.output).toContain('Round files have 5 problems:');
  expect(result.output).toContain(
    `${file(broken)}: field "round" is "eighteen"; expected a positive whole number, such as 18.`,
  );
  expect(result.output).toContain(
    `${file(broken)}: field "date" is missing; expected an EDTF date: 2013-11-28 (the day)`,
  );
  expect(result.output).toContain(
    `${file(`${copied}-copy`)}: field "round" is ${copied} but the file is named ${copied}-copy.mdx; expected the file to be named ${copied}.mdx.`,
  );
  expect(result.output).toContain(
    `${file(`${copied}-copy`)} and ${file(copied)}: field "round" is ${copied} in 2 files; expected each round number in one file only.`,
  );
  expect(result.output).toContain('content/rounds/notes.md: this file is not loaded as a round');
  // The subject file's problem is reported with them, not instead of them.
  expect(result.output).toContain('Subject files have 1 problem:');
  expect(result.output).toContain(`content/subjects/${brokenSubject}.yaml: field "venue" is not a known field`);
});

test('the messages are the project’s own: no stack trace or code location into the archive’s source after them', () => {
  expect(result.output).not.toMatch(/Stack trace:|Location:|\bat .*src\/record\//);
});

test('`npm run check` on the same files prints the same messages, and no stack trace', () => {
  const check = runBin('astro', ['check'], { cwd: copy });
  expect(check.status).not.toBe(0);
  expect(check.output).toContain('Round files have 5 problems:');
  expect(check.output).not.toMatch(/Stack trace:|Location:|\bat .*src\/record\//);
});

test('no pages are written for a broken archive', () => {
  expect(() => readFileSync(join(copy, `dist/rounds/${broken}/index.html`))).toThrow();
});
