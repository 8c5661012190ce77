/**
 * The README's main workflow, adding a round, needs no test edit: a copy of the project gets a
 * new round file after the newest one, and the content suite (every other file in this folder)
 * runs on the copy and passes.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroEnv } from '../support/build-site.ts';
import { readContentRounds } from '../support/fixture-site.ts';
import { copyProject } from '../support/project-copy.ts';

let copy: ReturnType<typeof copyProject>;
let result: ReturnType<typeof spawnSync>;
const newest = readContentRounds('content').at(-1)!;
const next = newest.data.round + 1;
const nextDate = new Date(newest.data.date.latest.getTime() + 200 * 24 * 3600 * 1000).toISOString().slice(0, 10);

beforeAll(() => {
  copy = copyProject({ withTests: true });
  writeFileSync(
    join(copy.root, `content/rounds/${next}.mdx`),
    [
      '---',
      `round: ${next}`,
      `date: ${nextDate}`,
      'summary: "A round added by the test that proves adding a round needs no test edit."',
      'source:',
      '  issuer: Fixture Council',
      `  url: https://example.org/releases/${next}.pdf`,
      '  format: PDF',
      'sources:',
      '  - id: fixture-release',
      '    kind: council',
      '    publisher: Fixture Council',
      '    description: The fixture release',
      '    language: en',
      'attested:',
      // Every fact names its source and the words of it that state it.
      `  date: [{ source: fixture-release, words: "the consultations held on ${nextDate}" }]`,
      'ru:',
      '  summary: "Раунд, добавленный тестом: добавить раунд можно, не меняя тестов."',
      '  issuer: Тестовый совет',
      '  sources:',
      '    fixture-release: Тестовый релиз',
      '---',
      '',
    ].join('\n'),
  );
  result = spawnSync(
    join(copy.root, 'node_modules/.bin/vitest'),
    [
      'run',
      '--project=content',
      '--exclude=tests/content/adding-a-round.test.ts',
      // The importer's tests read sources/, which a new round file does not change.
      '--exclude=tests/content/import.test.ts',
      '--reporter=verbose',
      '--reporter=./tests/support/summary-reporter.ts',
    ],
    { cwd: copy.root, env: astroEnv(), encoding: 'utf8' },
  );
}, 240_000);
afterAll(() => copy?.remove());

test('the content suite passes on the project with one more round', () => {
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).toBe(0);
  expect(output).toMatch(/Tests: [1-9]\d* passed, 0 failed/);
  expect(output).toContain(`round ${next} has its page`);
});
