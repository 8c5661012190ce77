/**
 * Runs a folder of fixture round files through the same steps as the rounds loader:
 * Astro's frontmatter parser, the real schema, then the checks across files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkRoundFrontmatter, collectRoundErrors, type LoadedRound } from '../../src/record/validate-rounds.ts';
import { hasReleaseText } from '../../src/record/paragraphs.ts';
import { PROJECT_ROOT } from './build-site.ts';

export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/rounds');

/** Every problem the loader would report for the files in `folder`, in the loader's order. */
export function validateFixtureFolder(folder: string): string[] {
  const names = readdirSync(folder).sort();
  const toPath = (name: string) => relative(PROJECT_ROOT, join(folder, name));
  const attempted: string[] = [];
  const schemaErrors: string[] = [];
  const rounds: LoadedRound[] = [];
  for (const name of names.filter((n) => n.endsWith('.mdx'))) {
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(readFileSync(join(folder, name), 'utf8'));
    } catch {
      continue; // Astro's glob loader logs the YAML error and moves on; the folder check reports the file.
    }
    const filePath = toPath(name);
    attempted.push(filePath);
    const { data, errors } = checkRoundFrontmatter(filePath, parsed.frontmatter);
    schemaErrors.push(...errors);
    if (data) rounds.push({ filePath, data, hasText: hasReleaseText(parsed.content) });
  }
  return collectRoundErrors({ schemaErrors, directoryFiles: names.map(toPath), loadedFiles: attempted, rounds });
}
