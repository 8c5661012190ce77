/**
 * The contract of `sources/manifest.json`: where each official text in `sources/` came from.
 * Read by the importer and the tests; the site itself renders from the round files.
 */
import { z } from 'astro/zod';

/** One official text as received. */
export const sourceEntrySchema = z.strictObject({
  /** The file's name inside `sources/`. */
  file: z.string().regex(/^[^/\\]+$/, 'expected a file name inside sources/, without folders'),
  /** The round the text belongs to. */
  round: z.int().positive(),
  /** Who issued the text, e.g. "Council of the European Union". */
  issuer: z.string().min(1),
  /** The text's own title, verbatim. */
  title: z.string().min(1),
  /** How the archive received the text, in a sentence. */
  origin: z.string().min(1),
  /** The official web address, exactly as published; null where it was not recorded. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The file's format, e.g. "text/plain; extracted from PDF" or "application/pdf". */
  format: z.string().min(1),
  /** The SHA-256 of the file's bytes, in hex: any change to the file shows. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
});

export const sourceManifestSchema = z.object({
  $comment: z.string().optional(),
  sources: z.array(sourceEntrySchema),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
