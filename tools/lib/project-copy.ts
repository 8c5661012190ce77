/** A throwaway copy of the project (sharing node_modules), for tests and benchmarks that build, break or extend it. */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT_FILES = [
  'src',
  'public',
  'tools',
  'sources',
  'LICENSE',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/**
 * Copies the project at `root` into a temporary folder. `content` names the content folder to
 * copy in (relative to the project): the real `content` by default, or the fixture site's.
 * `withTests` also copies the test suites, to run them on the copy.
 */
export function copyProjectFrom(
  projectRoot: string,
  { content = 'content', withTests = false }: { content?: string; withTests?: boolean } = {},
): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'hr-archive-copy-'));
  const items = withTests ? [...PROJECT_FILES, 'tests', 'vitest.config.ts'] : PROJECT_FILES;
  for (const item of items) cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  cpSync(join(projectRoot, content), join(root, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
