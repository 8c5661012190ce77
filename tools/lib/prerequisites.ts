/**
 * What the tests need from the machine besides npm packages: Debian's Chromium (browser tests)
 * and Java 11 or later (the W3C HTML validator). Finding them is separate from deciding what to
 * do, so that each branch of the preflight can be tested.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import which from 'which';

/** Where the tests look for Chromium, in order, when CHROMIUM_PATH is not set. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome'];

/** The oldest Java the validator (vnu.jar) runs on. */
export const MINIMUM_JAVA = 11;

/** Whether `path` is a file this process may run. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to drive: CHROMIUM_PATH if set (and nothing else, so a wrong setting is reported,
 * not silently replaced), else the first candidate found on disk or on PATH.
 */
export function findChromium(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  for (const candidate of CHROMIUM_CANDIDATES) {
    const found = candidate.startsWith('/')
      ? isExecutable(candidate) && candidate
      : which.sync(candidate, { nothrow: true, path: env.PATH ?? '' });
    if (found) return found;
  }
  return undefined;
}

/** Reads the major version from `java -version` output: 'openjdk version "17.0.15"' -> 17, '"1.8.0_392"' -> 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** The Java on PATH and its major version, or undefined when there is none. */
export function findJava(env: NodeJS.ProcessEnv): { path: string; major: number | undefined } | undefined {
  const path = which.sync('java', { nothrow: true, path: env.PATH ?? '' });
  if (!path) return undefined;
  const result = spawnSync(path, ['-version'], { encoding: 'utf8', env });
  return { path, major: parseJavaMajor(`${result.stderr ?? ''}${result.stdout ?? ''}`) };
}

/** One thing the tests need that the machine lacks, with the Debian package that provides it. */
export interface MissingPrerequisite {
  what: string;
  debianPackage: string;
}

/** Lists what is missing: [] when Chromium and Java 11+ are both there. */
export function findMissingPrerequisites(env: NodeJS.ProcessEnv): MissingPrerequisite[] {
  const missing: MissingPrerequisite[] = [];
  if (!findChromium(env)) {
    const where = env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`
      : `none of ${CHROMIUM_CANDIDATES.join(', ')} was found`;
    missing.push({ what: `Chromium, for the browser tests (${where})`, debianPackage: 'chromium' });
  }
  const java = findJava(env);
  if (!java || java.major === undefined || java.major < MINIMUM_JAVA) {
    const found = java ? `found ${java.path}, version ${java.major ?? 'unknown'}` : 'no java on PATH';
    missing.push({
      what: `Java ${MINIMUM_JAVA} or later, for the HTML validator (${found})`,
      debianPackage: 'default-jre-headless',
    });
  }
  return missing;
}

/** What the preflight does about missing prerequisites on this machine. */
export type PreflightPlan =
  { action: 'nothing' } | { action: 'install'; packages: string[] } | { action: 'explain'; message: string };

/**
 * Decides: nothing missing -> nothing; root on a machine with apt-get -> install the packages;
 * anyone else -> one message listing what is missing and the exact command to run.
 */
export function planPreflight({
  missing,
  isRoot,
  hasApt,
}: {
  missing: readonly MissingPrerequisite[];
  isRoot: boolean;
  hasApt: boolean;
}): PreflightPlan {
  if (!missing.length) return { action: 'nothing' };
  const packages = missing.map((m) => m.debianPackage);
  if (isRoot && hasApt) return { action: 'install', packages };
  const install = hasApt
    ? `${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`
    : `install ${packages.join(' and ')} with your system's package manager (on Debian or Ubuntu: sudo apt-get install -y ${packages.join(' ')})`;
  const lines = [
    'npm test needs programs this machine does not have:',
    ...missing.map((m) => `  - ${m.what}`),
    `Install them with: ${install}`,
    'Or point CHROMIUM_PATH at another Chromium or Chrome. No test has run.',
  ];
  return { action: 'explain', message: lines.join('\n') };
}
