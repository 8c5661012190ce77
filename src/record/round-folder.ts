/**
 * Reads a folder of round files the one way the archive does: every file listed (nothing is
 * skipped silently), each file's frontmatter parsed as Astro parses it and checked against the
 * schema, then the checks across files. The collection loader runs it before Astro stores a
 * single round; the tests run the same function on their fixture folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkRoundFrontmatter, collectRoundErrors, type LoadedRound } from './validate-rounds.ts';
import { getRoundParagraphs } from './paragraphs.ts';
import { checkRoundBody } from './body-check.ts';

/** A round file that passed its own schema: the validated record plus the body as written. */
export interface RoundFile extends LoadedRound {
  body: string;
}

/** Lists every file below a folder (dotfiles such as .gitkeep excepted), as POSIX paths relative to `root`. */
function listFiles(folder: string, root: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, `${entry.parentPath}/${entry.name}`).split('\\').join('/'))
    .sort();
}

/**
 * Reads and checks every round file in `folder`, naming files relative to `root` in messages.
 * Returns the rounds that passed their own schema and every problem found, in report order.
 */
export function readRoundFolder(folder: string, root: string): { rounds: RoundFile[]; errors: string[] } {
  const directoryFiles = listFiles(folder, root);
  const attempted: string[] = [];
  const schemaErrors: string[] = [];
  const rounds: RoundFile[] = [];
  for (const filePath of directoryFiles.filter((file) => file.endsWith('.mdx'))) {
    let parsed: ReturnType<typeof parseFrontmatter>;
    let raw: string;
    try {
      raw = readFileSync(`${root}/${filePath}`, 'utf8');
      parsed = parseFrontmatter(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      schemaErrors.push(
        `${filePath}: the frontmatter could not be read (${reason}); expected valid YAML between --- lines.`,
      );
      attempted.push(filePath);
      continue;
    }
    attempted.push(filePath);
    const { data, errors } = checkRoundFrontmatter(filePath, parsed.frontmatter);
    schemaErrors.push(...errors);
    // The body's first line in the file, so that messages give the file's own line numbers.
    const bodyLine = raw.endsWith(parsed.content)
      ? raw.slice(0, raw.length - parsed.content.length).split('\n').length
      : 1;
    schemaErrors.push(...checkRoundBody(filePath, parsed.content, bodyLine));
    if (data) {
      const paragraphs = getRoundParagraphs(parsed.content);
      rounds.push({ filePath, data, body: parsed.content, hasText: paragraphs.length > 0, paragraphs });
    }
  }
  return { rounds, errors: collectRoundErrors({ schemaErrors, directoryFiles, loadedFiles: attempted, rounds }) };
}
