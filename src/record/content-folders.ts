/**
 * Both content folders read and checked together, once: the round files (round-folder.ts), the
 * subject files, and the subjects against the rounds (subject-folder.ts). Each collection's
 * loader stops the build with the same message, so whichever runs first reports every problem
 * of both folders: a bad subject file never hides the round files' problems, nor the reverse.
 * astro.config.mjs and both loaders ask for the folders; they are read and checked only when a
 * file in them changed since the last reading (its size or time), so a build reads them once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRoundFolder, type RoundFile } from './round-folder.ts';
import { checkSubjectIndex, readSubjectFolder, type SubjectFile } from './subject-folder.ts';

export interface ContentFolders {
  rounds: RoundFile[];
  subjects: SubjectFile[];
  roundErrors: string[];
  subjectErrors: string[];
}

interface Folders {
  rounds: string;
  subjects: string;
  root: string;
}

/** What identifies the folders' state: every file's path, size and modification time. */
function fingerprint(folders: readonly string[]): string {
  return folders
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          const { size, mtimeMs } = statSync(path);
          return `${path}\0${size}\0${mtimeMs}`;
        }),
    )
    .sort()
    .join('\n');
}

/**
 * The last reading of each pair of folders. Kept on globalThis because Astro loads its config
 * and the content config as separate module graphs: a module-level cache would be one per graph.
 */
type Readings = Map<string, { fingerprint: string; content: ContentFolders }>;
const shared = globalThis as { [key: symbol]: Readings | undefined };
const readings: Readings = (shared[Symbol.for('hr-archive.content-folders')] ??= new Map());

/**
 * Reads and checks both folders, or returns the last reading when no file in them changed;
 * paths are absolute, messages name files relative to `root`.
 */
export function readContentFolders(folders: Folders): ContentFolders {
  const key = JSON.stringify(folders);
  const state = fingerprint([folders.rounds, folders.subjects]);
  const last = readings.get(key);
  if (last?.fingerprint === state) return last.content;
  const content = readAndCheck(folders);
  readings.set(key, { fingerprint: state, content });
  return content;
}

function readAndCheck({ rounds: roundsFolder, subjects: subjectsFolder, root }: Folders): ContentFolders {
  const { rounds, errors: roundErrors } = readRoundFolder(roundsFolder, root);
  const { subjects, errors } = readSubjectFolder(subjectsFolder, root);
  // While a round file is broken, what the rounds raise is not known: checking the subjects
  // against them would add errors that only echo the round files' problems.
  const subjectErrors = [...errors, ...(roundErrors.length ? [] : checkSubjectIndex({ subjects, rounds }))];
  return { rounds, subjects, roundErrors, subjectErrors };
}

/** "Round files have 2 problems:" and one indented line per problem; '' for none. */
export function formatProblems(files: 'Round files' | 'Subject files', problems: readonly string[]): string {
  if (!problems.length) return '';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `${files} have ${count}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}

/** The one error the build stops with, or undefined: every problem, round files first. */
export function contentErrorMessage({ roundErrors, subjectErrors }: ContentFolders): string | undefined {
  const parts = [formatProblems('Round files', roundErrors), formatProblems('Subject files', subjectErrors)];
  return parts.filter(Boolean).join('\n') || undefined;
}

/**
 * The error a loader stops the build with: the message alone. The message names every file,
 * field and value; a stack trace after it (Astro prints one for any error that has it) would
 * point into the archive's own code, which is not where the problem is.
 */
export function contentError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
