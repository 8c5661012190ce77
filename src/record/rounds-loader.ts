/**
 * The `rounds` collection's loader: every round file is read and checked first (round-folder.ts:
 * the schema on each file, then the checks across files), and only a folder without problems
 * reaches Astro's `glob()` loader, which stores and renders the rounds. It runs at every
 * `astro build`, `astro sync` and `astro check`, so no build can succeed with a malformed or
 * stray round file; all problems are reported at once, in one error.
 */
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { readRoundFolder } from './round-folder.ts';
import { formatRoundErrors } from './validate-rounds.ts';

/** Creates the loader for round files in `base` (relative to the project root). */
export function roundsLoader({ base }: { base: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'rounds-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const { errors } = readRoundFolder(fileURLToPath(new URL(base, context.config.root)), root.replace(/\/$/, ''));
      if (errors.length) throw new Error(formatRoundErrors(errors));
      // The glob loader re-reads only changed files and removes the entries of deleted ones.
      await inner.load(context);
    },
  };
}
