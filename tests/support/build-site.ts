/** Builds the site the way `npm run build` does (Astro, then Pagefind), into a folder of the test's choosing. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The environment for Astro commands run by tests: no telemetry, no terminal colours. */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

/** Runs a binary from node_modules/.bin in `cwd`; returns its exit status and all output. */
export function runBin(bin: string, args: string[], { cwd = PROJECT_ROOT, env = astroEnv() } = {}) {
  const result = spawnSync(resolve(PROJECT_ROOT, 'node_modules/.bin', bin), args, { cwd, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the project at `root` into `outDir`, throwing with the build's output if it fails. */
export function buildSite(outDir: string, { root = PROJECT_ROOT, env = astroEnv() } = {}): void {
  const astro = runBin('astro', ['build', '--outDir', outDir], { cwd: root, env });
  if (astro.status !== 0) throw new Error(`astro build failed:\n${astro.output}`);
  const pagefind = runBin('pagefind', ['--site', outDir], { cwd: root, env });
  if (pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.output}`);
}
