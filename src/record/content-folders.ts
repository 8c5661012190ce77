/**
 * Both content folders read and checked together: the round files (round-folder.ts), the
 * subject files, and the subjects against the rounds (subject-folder.ts). Each collection's
 * loader stops the build with the same message, so whichever runs first reports every problem
 * of both folders: a bad subject file never hides the round files' problems, nor the reverse.
 */
import { readRoundFolder, type RoundFile } from './round-folder.ts';
import { checkSubjectIndex, readSubjectFolder, type SubjectFile } from './subject-folder.ts';
import { formatRoundErrors } from './validate-rounds.ts';

export interface ContentFolders {
  rounds: RoundFile[];
  subjects: SubjectFile[];
  roundErrors: string[];
  subjectErrors: string[];
}

/** Reads and checks both folders; paths are absolute, messages name files relative to `root`. */
export function readContentFolders({
  rounds: roundsFolder,
  subjects: subjectsFolder,
  root,
}: {
  rounds: string;
  subjects: string;
  root: string;
}): ContentFolders {
  const { rounds, errors: roundErrors } = readRoundFolder(roundsFolder, root);
  const { subjects, errors } = readSubjectFolder(subjectsFolder, root);
  // While a round file is broken, what the rounds raise is not known: checking the subjects
  // against them would add errors that only echo the round files' problems.
  const subjectErrors = [...errors, ...(roundErrors.length ? [] : checkSubjectIndex({ subjects, rounds }))];
  return { rounds, subjects, roundErrors, subjectErrors };
}

/** The one error the build stops with, or undefined: every problem, round files first. */
export function contentErrorMessage({ roundErrors, subjectErrors }: ContentFolders): string | undefined {
  const parts = [
    ...(roundErrors.length ? [formatRoundErrors(roundErrors)] : []),
    ...(subjectErrors.length
      ? [
          `Subject files have ${subjectErrors.length === 1 ? '1 problem' : `${subjectErrors.length} problems`}:\n${subjectErrors.map((e) => `  - ${e}`).join('\n')}`,
        ]
      : []),
  ];
  return parts.length ? parts.join('\n') : undefined;
}
