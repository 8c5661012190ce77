/**
 * `npm run import -- <file> [--dry-run] [--force] [--round N] [--date YYYY-MM-DD] [--place P]
 * [--issuer I] [--url U]`: turns an official release (.txt, or the .pdf itself) into
 * content/rounds/<n>.mdx (see tools/lib/release-import.ts for what is read from the text).
 * Files listed in sources/manifest.json get their issuer and address from it. Nothing is
 * written on any error, and an existing round file is replaced only with --force, which prints
 * what changed and keeps what the editor wrote (summary, sources, facts).
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createTwoFilesPatch } from 'diff';
import { ImportError, parseRelease, renderRoundFile } from './lib/release-import.ts';
import { sourceManifestSchema } from '../src/record/source-manifest.ts';
import { roundSourceSchema } from '../src/record/round-schema.ts';
import { describeSchemaIssues } from '../src/record/validate-rounds.ts';
import { extractPdfText } from './lib/pdf-text.ts';

const ROOT = resolve(import.meta.dirname, '..');

function fail(file: string, message: string): never {
  console.error(`import: ${file}: ${message}`);
  process.exit(1);
}

const { values: flags, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        round: { type: 'string' },
        date: { type: 'string' },
        place: { type: 'string' },
        issuer: { type: 'string' },
        url: { type: 'string' },
      },
    });
  } catch (error) {
    return fail('(arguments)', `${(error as Error).message}; expected: npm run import -- <file> [--dry-run] [--force]`);
  }
})();

const [input] = positionals;
if (!input || positionals.length > 1)
  fail('(arguments)', 'expected exactly one file: npm run import -- <file.txt|file.pdf>');
const path = resolve(input);
const shown = relative(process.cwd(), path) || input;
/** A release is a few pages: anything larger is not one, and is refused before it is read. */
const MAX_BYTES = 5 * 1024 * 1024;
const KINDS = ['.txt', '.pdf'];
if (!existsSync(path)) fail(shown, 'no such file; expected the path of a release as .txt or .pdf');
const kind = extname(path).toLowerCase();
if (!KINDS.includes(kind)) fail(shown, `the file type "${kind || '(none)'}" is not supported; expected .txt or .pdf`);
const stats = statSync(path);
if (!stats.isFile())
  fail(shown, 'is not a regular file (a folder, a device or a pipe); expected a release as .txt or .pdf');
if (stats.size > MAX_BYTES)
  fail(
    shown,
    `is ${(stats.size / 1024 / 1024).toFixed(1)} MB; expected a release of at most ${MAX_BYTES / 1024 / 1024} MB`,
  );
if (flags.url !== undefined && !roundSourceSchema.shape.url.safeParse(flags.url).success)
  fail(shown, `--url is "${flags.url}"; expected the http(s) address of the official document, exactly as published`);
if (flags.round !== undefined && !/^[1-9][0-9]*$/.test(flags.round)) {
  fail(shown, `--round is "${flags.round}"; expected a positive whole number, such as 18`);
}

/** The manifest entry of a file inside sources/, which knows its issuer and address. */
function manifestEntry(file: string) {
  const sourcesDir = resolve(ROOT, 'sources');
  if (relative(sourcesDir, file).includes('/') || !file.startsWith(sourcesDir)) return undefined;
  const manifestFile = resolve(sourcesDir, 'manifest.json');
  const manifestShown = relative(process.cwd(), manifestFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    return fail(manifestShown, `could not be read (${(error as Error).message.split('\n')[0]}); expected valid JSON`);
  }
  const manifest = sourceManifestSchema.safeParse(raw, { reportInput: true });
  if (!manifest.success)
    return fail(manifestShown, describeSchemaIssues('', manifest.error.issues)[0]!.replace(/^: /, ''));
  return manifest.data.sources.find((entry) => entry.file === basename(file));
}

async function readRelease(file: string): Promise<string> {
  const bytes = readFileSync(file);
  if (kind === '.txt') {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text;
  }
  if (kind === '.pdf') {
    try {
      return await extractPdfText(new Uint8Array(bytes));
    } catch (error) {
      return fail(
        shown,
        `the PDF could not be read (${(error as Error).message.split('\n')[0]}); expected a PDF with a text layer`,
      );
    }
  }
  return fail(shown, `the file type "${kind}" is not supported; expected .txt or .pdf`);
}

let text: string;
try {
  text = await readRelease(path);
} catch {
  fail(shown, 'the file is not UTF-8 text; expected the release text as UTF-8');
}
const entry = manifestEntry(path);
let result: ReturnType<typeof parseRelease>;
try {
  result = parseRelease(text, {
    round: flags.round === undefined ? undefined : Number(flags.round),
    date: flags.date,
    place: flags.place,
    issuer: flags.issuer ?? entry?.issuer,
    url: flags.url ?? entry?.url ?? undefined,
  });
} catch (error) {
  if (error instanceof ImportError) fail(shown, error.message);
  throw error;
}
for (const warning of result.warnings) console.error(`import: ${shown}: warning: ${warning}`);

const target = resolve(ROOT, 'content/rounds', `${result.draft.round}.mdx`);
const targetShown = relative(process.cwd(), target);
const existing = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
const mdx = renderRoundFile(result.draft, existing ? parseFrontmatter(existing).frontmatter : {});

if (flags['dry-run']) {
  process.stdout.write(mdx);
  process.exit(0);
}
if (existing !== undefined && !flags.force) {
  fail(shown, `${targetShown} exists; expected --force to replace it (or --dry-run to see the result)`);
}
if (existing !== undefined) {
  process.stdout.write(
    existing === mdx ? `${targetShown}: unchanged\n` : createTwoFilesPatch(targetShown, targetShown, existing, mdx),
  );
}
// Written beside the target, then renamed: a failure never leaves half a file.
writeFileSync(`${target}.tmp`, mdx);
renameSync(`${target}.tmp`, target);
console.error(
  `import: wrote ${targetShown}${existing === undefined ? '; now write its summary and the Russian words (ru:), then run npm run check' : ''}`,
);
