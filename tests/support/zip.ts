/** A ZIP read back with yauzl, an unzip library independent of the one that writes it (fflate). */
import yauzl from 'yauzl';

export interface ZipEntry {
  bytes: Buffer;
  /** The Unix mode in the entry's external attributes. */
  mode: number;
  /** The modification time as stored (DOS date and time, local to whoever made it). */
  dosDateTime: { date: number; time: number };
}

/** Every entry of a ZIP by path, in the order the central directory lists them. */
export async function readZip(bytes: Uint8Array): Promise<Map<string, ZipEntry>> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true, strictFileNames: true });
  const entries = new Map<string, ZipEntry>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, {
      bytes: Buffer.concat(chunks),
      mode: entry.externalFileAttributes >>> 16,
      dosDateTime: { date: entry.lastModFileDate, time: entry.lastModFileTime },
    });
  }
  zip.close();
  return entries;
}
