/** content-folders.ts: both folders read and checked once, again only when a file changed. */
import { afterAll, expect, test } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentFolders } from '../../src/record/content-folders.ts';
import { FIXTURE_CONTENT } from '../support/fixture-site.ts';

const root = mkdtempSync(join(tmpdir(), 'hr-archive-folders-'));
cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folders = { rounds: join(root, 'content/rounds'), subjects: join(root, 'content/subjects'), root };

test('a second reading of unchanged folders is the first one, not a new reading', () => {
  const first = readContentFolders(folders);
  expect(first.rounds.length).toBeGreaterThan(0);
  expect(readContentFolders({ ...folders })).toBe(first);
});

test('a changed file is read again, and its problem reported', () => {
  const first = readContentFolders(folders);
  appendFileSync(join(folders.rounds, 'notes.txt'), 'a stray file');
  const second = readContentFolders(folders);
  expect(second).not.toBe(first);
  expect(second.roundErrors.join('\n')).toContain('notes.txt');
});
