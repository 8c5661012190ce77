/**
 * The `subjects` collection's loader: reads the subject files, checks them on their own and
 * against the rounds (subject-folder.ts), and stores them only when there is no problem, so no
 * build runs with a round raising an unknown subject or two subjects sharing a name.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentError, contentErrorMessage, readContentFolders } from './content-folders.ts';

/** Creates the loader for subject files in `base`, checked with the round files in `roundsBase`. */
export function subjectsLoader({ base, roundsBase }: { base: string; roundsBase: string }): Loader {
  return {
    name: 'subjects-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root).replace(/\/$/, '');
      const folder = (path: string) => fileURLToPath(new URL(path, context.config.root));
      const content = readContentFolders({ rounds: folder(roundsBase), subjects: folder(base), root });
      const message = contentErrorMessage(content);
      if (message) throw contentError(message);
      context.store.clear();
      for (const subject of content.subjects) {
        context.store.set({ id: subject.id, data: await context.parseData({ id: subject.id, data: subject.data }) });
      }
    },
  };
}
