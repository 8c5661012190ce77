/**
 * The `rounds` collection's loader: every round file is read and checked first (round-folder.ts:
 * the schema on each file, then the checks across files), together with the subject files
 * (content-folders.ts), and only content without problems reaches Astro's `glob()` loader, which
 * stores and renders the rounds. It runs at every `astro build`, `astro sync` and `astro check`,
 * so no build can succeed with a malformed or stray file; all problems are reported at once.
 */
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { contentError, contentErrorMessage, readContentFolders } from './content-folders.ts';

/** Creates the loader for round files in `base`, checked with the subject files in `subjectsBase`. */
export function roundsLoader({ base, subjectsBase }: { base: string; subjectsBase: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'rounds-loader',
    async load(context) {
      const folder = (path: string) => fileURLToPath(new URL(path, context.config.root));
      const root = fileURLToPath(context.config.root).replace(/\/$/, '');
      const message = contentErrorMessage(
        readContentFolders({ rounds: folder(base), subjects: folder(subjectsBase), root }),
      );
      if (message) throw contentError(message);
      // The glob loader re-reads only changed files and removes the entries of deleted ones.
      await inner.load(context);
    },
  };
}
