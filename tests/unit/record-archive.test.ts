/** The ZIP of the record: the same files give the same bytes, in any order and any time zone. */
import { afterEach, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Hex, toSha256Sums, zipArchive } from '../../src/publish/record-archive.ts';
import { readZip } from '../support/zip.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const FILES = [
  { path: 'content/rounds/2.mdx', bytes: encode('---\nround: 2\n---\n') },
  { path: 'LICENSE', bytes: encode('MIT\n') },
  { path: 'data/rounds.csv', bytes: encode('\uFEFFround\r\n2\r\n') },
];
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test('every file is in one top folder, byte for byte, readable and not executable', async () => {
  const entries = await readZip(zipArchive('record', FILES));
  expect([...entries.keys()].sort()).toEqual(FILES.map((f) => `record/${f.path}`).sort());
  for (const { path, bytes } of FILES) {
    const entry = entries.get(`record/${path}`)!;
    expect(entry.bytes.equals(Buffer.from(bytes))).toBe(true);
    expect(entry.mode & 0o777).toBe(0o644);
  }
});

test.each(['UTC', 'Pacific/Kiritimati', 'America/Anchorage'])(
  'the same files give the same bytes in the time zone %s, in any order',
  (timeZone) => {
    const here = zipArchive('record', FILES);
    process.env.TZ = timeZone;
    const there = zipArchive('record', [...FILES].reverse());
    expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
  },
);

test('a changed byte changes the hash', () => {
  const changed = FILES.map((f, i) => (i === 0 ? { ...f, bytes: encode('---\nround: 3\n---\n') } : f));
  expect(sha256Hex(zipArchive('record', changed))).not.toBe(sha256Hex(zipArchive('record', FILES)));
});

test.each(['../escape', '/absolute', 'a//b', 'with space', ''])('the unsafe path %j stops the build', (path) => {
  expect(() => zipArchive('record', [{ path, bytes: encode('x') }])).toThrow(/unsafe file path/);
});

test('two files at one path stop the build', () => {
  expect(() => zipArchive('record', [FILES[0]!, FILES[0]!])).toThrow(/two files at content\/rounds\/2\.mdx/);
});

test('SHA256SUMS lines are what sha256sum prints: the hex digest, two spaces, the path', () => {
  const lines = toSha256Sums(FILES).trimEnd().split('\n');
  expect(lines).toHaveLength(FILES.length);
  for (const line of lines) {
    const [, digest, path] = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line)!;
    const file = FILES.find((f) => f.path === path)!;
    expect(digest).toBe(createHash('sha256').update(file.bytes).digest('hex'));
  }
});
