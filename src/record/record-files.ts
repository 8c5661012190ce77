/**
 * The files the record is made of, as the editors keep them: the round and subject files, the
 * official texts as received (with their manifest) and the licence. Read for the download of the
 * whole record; a received text whose bytes no longer match its manifest's SHA-256 stops the
 * build, since the download publishes that hash as the text's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { sourceManifestSchema } from './source-manifest.ts';

/** One file of the project: its path from the project's root (with "/") and its bytes. */
export interface ProjectFile {
  path: string;
  bytes: Uint8Array;
}

/** The folders and files, from the project's root, that hold the record. */
const RECORD_FOLDERS = ['content/rounds', 'content/subjects', 'sources'] as const;
const RECORD_FILES = ['LICENSE'] as const;

function filesUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Reads the record's files under `root` (the project), in path order. */
export function readRecordFiles(root: string): ProjectFile[] {
  const paths = [...RECORD_FOLDERS.flatMap((folder) => filesUnder(root, folder)), ...RECORD_FILES].sort();
  const files = paths.map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(root, path))) }));
  checkReceivedTexts(files);
  return files;
}

/** Every text the manifest lists is there with the manifest's hash. */
function checkReceivedTexts(files: readonly ProjectFile[]): void {
  const manifest = files.find((file) => file.path === 'sources/manifest.json');
  if (!manifest) throw new Error('sources/manifest.json: missing; it lists the official texts as received');
  const { sources } = sourceManifestSchema.parse(JSON.parse(new TextDecoder().decode(manifest.bytes)));
  for (const { file, sha256 } of sources) {
    const text = files.find((f) => f.path === `sources/${file}`);
    if (!text) throw new Error(`sources/manifest.json: sources[].file ${JSON.stringify(file)} is not in sources/`);
    const actual = createHash('sha256').update(text.bytes).digest('hex');
    if (actual !== sha256)
      throw new Error(`sources/${file}: SHA-256 is ${actual}, expected ${sha256} (sources/manifest.json)`);
  }
}
