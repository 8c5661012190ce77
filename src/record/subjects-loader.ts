/**
 * The `subjects` collection's loader: reads the subject files, checks them on their own and
 * against the rounds (subject-folder.ts), and stores them only when there is no problem, so no
 * build runs with a round raising an unknown subject or two subjects sharing a name.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readRoundFolder } from './round-folder.ts';
import { checkSubjectIndex, readSubjectFolder } from './subject-folder.ts';

/** Joins all problems into the one error the build stops with. */
function formatSubjectErrors(errors: readonly string[]): string {
  return `Subject files have ${errors.length === 1 ? '1 problem' : `${errors.length} problems`}:\n${errors.map((e) => `  - ${e}`).join('\n')}`;
}

/** Creates the loader for subject files in `base`, checked against the round files in `roundsBase`. */
export function subjectsLoader({ base, roundsBase }: { base: string; roundsBase: string }): Loader {
  return {
    name: 'subjects-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root).replace(/\/$/, '');
      const folder = (path: string) => fileURLToPath(new URL(path, context.config.root));
      const { subjects, errors } = readSubjectFolder(folder(base), root);
      // Round files with problems are reported by the rounds loader; here only what they raise
      // matters, and while a round file is broken what the rounds raise is not known: checking the
      // subjects against them would add errors that are only echoes of the round files' problems.
      const { rounds, errors: roundErrors } = readRoundFolder(folder(roundsBase), root);
      const all = [...errors, ...(roundErrors.length ? [] : checkSubjectIndex({ subjects, rounds }))];
      if (all.length) throw new Error(formatSubjectErrors(all));
      context.store.clear();
      for (const subject of subjects) {
        context.store.set({ id: subject.id, data: await context.parseData({ id: subject.id, data: subject.data }) });
      }
    },
  };
}
