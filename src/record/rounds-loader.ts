/**
 * The `rounds` collection's loader: Astro's `glob()` loader plus the checks that need every
 * file (see validate-rounds.ts). It runs at every `astro build`, `astro sync` and `astro check`,
 * so no build can succeed with a malformed or stray round file. Zod errors for every file and
 * every cross-file problem are gathered and thrown as one error, not one at a time.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { checkRoundFrontmatter, collectRoundErrors, formatRoundErrors, type LoadedRound } from './validate-rounds.ts';
import type { RoundData } from './round-schema.ts';
import { hasReleaseText } from './paragraphs.ts';

/** Lists every file below a folder (dotfiles such as .gitkeep excepted), as POSIX paths relative to `root`. */
function listFiles(folder: string, root: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, `${entry.parentPath}/${entry.name}`).split('\\').join('/'))
    .sort();
}

/** Creates the loader for round files in `base` (relative to the project root). */
export function roundsLoader({ base }: { base: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'rounds-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const toProjectPath = (path: string) => relative(root, path).split('\\').join('/');
      const schemaErrors: string[] = [];
      const invalidFiles = new Set<string>();
      const attempted: string[] = [];

      // Re-read every file on each load: the glob loader skips unchanged files, which would hide
      // an earlier run's errors from the cross-file checks.
      context.store.clear();
      await inner.load({
        ...context,
        parseData: async (props) => {
          const filePath = toProjectPath(props.filePath ?? props.id);
          attempted.push(filePath);
          const { errors } = checkRoundFrontmatter(filePath, props.data);
          if (!errors.length) return context.parseData(props);
          schemaErrors.push(...errors);
          invalidFiles.add(filePath);
          // Stored raw for now: the build stops below, before any page sees it.
          return props.data;
        },
      });

      const rounds: LoadedRound[] = context.store.values().flatMap((entry) => {
        const filePath = entry.filePath ?? entry.id;
        if (invalidFiles.has(filePath)) return [];
        return [{ filePath, data: entry.data as RoundData, hasText: hasReleaseText(entry.body) }];
      });
      const errors = collectRoundErrors({
        schemaErrors,
        directoryFiles: listFiles(fileURLToPath(new URL(base, context.config.root)), root),
        loadedFiles: attempted,
        rounds,
      });
      if (errors.length) throw new Error(formatRoundErrors(errors));
    },
  };
}
