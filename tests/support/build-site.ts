/** Building and running the project from tests, the way its npm scripts do. */
import { resolve } from 'node:path';
import { buildInto, runBin as runProjectBin } from '../../tools/lib/build-site.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Variables Vitest sets for its own Vite; a child Astro build would take them as its settings. */
const VITEST_VARIABLES = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
  'NODE_ENV',
];

/**
 * The address test builds are published at: `.test` is reserved for testing (RFC 2606), so no
 * real host is ever named, and a test can tell the site's own links from a source's.
 */
export const FIXTURE_SITE = 'https://archive.test';

/** Settings of the developer's shell that would change a test build (tests set their own). */
const BUILD_VARIABLES = [
  'SITE',
  'BASE_PATH',
  'FEED_LENGTH',
  'LISTING_LIMIT',
  'APPEARANCES_PER_PAGE',
  'SEARCH_PAGE_SIZE',
];

/** The environment for Astro commands run by tests: the fixture's address, no telemetry, no terminal colours. */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [...VITEST_VARIABLES, ...BUILD_VARIABLES]) delete env[name];
  return { ...env, SITE: FIXTURE_SITE, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

/** Runs a binary from node_modules/.bin in `cwd` (a project or a copy of it) with the tests' environment. */
export function runBin(bin: string, args: string[], { cwd = PROJECT_ROOT, env = astroEnv() } = {}) {
  return runProjectBin(bin, args, { root: cwd, env });
}

/** Builds the project at `root` into `outDir`, throwing with the build's output if it fails. */
export function buildSite(outDir: string, { root = PROJECT_ROOT, env = astroEnv() } = {}): void {
  const result = buildInto(outDir, { root, env });
  if (!result.ok) throw new Error(`${result.step} failed:\n${result.output}`);
}
