/** sources/ holds each official text as received, and its manifest says where each came from. */
import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceManifestSchema } from '../../src/record/source-manifest.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { readContentRounds } from '../support/fixture-site.ts';

const SOURCES = join(PROJECT_ROOT, 'sources');
const manifest = sourceManifestSchema.parse(JSON.parse(readFileSync(join(SOURCES, 'manifest.json'), 'utf8')));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(SOURCES, file))).digest('hex');

test.each(manifest.sources.map((s) => [s.file, s.sha256]))('%s has the SHA-256 its manifest records', (file, hash) => {
  expect(sha256(file)).toBe(hash);
});

test('every file in sources/ is in the manifest, and every manifest entry names a file', () => {
  const files = readdirSync(SOURCES).filter((f) => !['manifest.json', 'README.md'].includes(f));
  expect(files.sort()).toEqual(manifest.sources.map((s) => s.file).sort());
});

test('every source belongs to a round of the archive', () => {
  const numbers = new Set(readContentRounds('content').map((r) => r.data.round));
  for (const source of manifest.sources) expect(numbers.has(source.round), source.file).toBe(true);
});
