/**
 * The whole record as one ZIP, made so that the same files give the same bytes on any machine,
 * at any time, in any time zone: entries in path order, one fixed modification time, fixed
 * permissions and compression. Its SHA-256 can then be published beside it and checked.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

/** One file of the archive: its path inside the ZIP (with "/") and its bytes. */
export interface ArchiveEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * ZIP stores local time (DOS dates start in 1980). Built from local fields, this date is
 * 1980-01-01 00:00 in the ZIP whatever the build machine's time zone: the usual fixed time of
 * reproducible archives (the files' real history is in the record's corrections).
 */
const fixedTime = () => new Date(1980, 0, 1, 0, 0, 0);
/** A regular file readable by all (Unix, rw-r--r--), so unpacked files are not executable. */
const fileOptions = () => ({ mtime: fixedTime(), os: 3, attrs: 0o100644 << 16, level: 9 }) as const;

/** The ZIP of `entries` under one top folder; a duplicate or unsafe path stops the build. */
export function zipArchive(folder: string, entries: readonly ArchiveEntry[]): Uint8Array {
  // Made at each call: the local fields are read in the time zone of the moment.
  const options = fileOptions();
  const files: Zippable = {};
  for (const { path, bytes } of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!/^[\w.-]+(\/[\w.-]+)*$/.test(path) || path.split('/').includes('..'))
      throw new Error(`record archive: unsafe file path ${JSON.stringify(path)}`);
    const key = `${folder}/${path}`;
    if (key in files) throw new Error(`record archive: two files at ${path}`);
    files[key] = [bytes, options];
  }
  return zipSync(files, options);
}

/** The SHA-256 of some bytes, in lowercase hex as `sha256sum` prints it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A SHA256SUMS file (the format `sha256sum --check` reads) for the entries, in path order. */
export function toSha256Sums(entries: readonly ArchiveEntry[]): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path, bytes }) => `${sha256Hex(bytes)}  ${path}\n`)
    .join('');
}
