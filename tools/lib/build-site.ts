/** One build of the site, exactly as `npm run build` makes it: Astro, then the Pagefind index. */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export interface RunOptions {
  /** The project whose node_modules/.bin holds the command, and where it runs (default: the current folder). */
  root?: string;
  env?: NodeJS.ProcessEnv;
  /** 'inherit' shows the output live; 'pipe' returns it. */
  stdio?: 'inherit' | 'pipe';
}

/** Runs a command installed in the project's node_modules/.bin; returns its exit status and, when piped, its output. */
export function runBin(
  bin: string,
  args: readonly string[],
  { root = process.cwd(), env = process.env, stdio = 'pipe' }: RunOptions = {},
) {
  const result = spawnSync(resolve(root, 'node_modules/.bin', bin), [...args], {
    cwd: root,
    env,
    stdio,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

/** Builds into `outDir`; returns whether it worked, the step that failed and everything printed. */
export function buildInto(outDir: string, options: RunOptions = {}) {
  let output = '';
  for (const [bin, args] of [
    ['astro', ['build', '--outDir', outDir]],
    ['pagefind', ['--site', outDir]],
  ] as const) {
    const result = runBin(bin, args, options);
    output += result.output;
    if (result.status !== 0) return { ok: false, step: bin, output };
  }
  return { ok: true, step: undefined, output };
}

/**
 * `npm run build`'s work: builds into a temporary folder beside dist/ and only a complete build
 * replaces dist/, so a failed build leaves the last good site in place. Returns the result.
 */
export function buildDist(root: string, options: Omit<RunOptions, 'root'> = {}) {
  const dist = resolve(root, 'dist');
  const next = resolve(root, `.dist-next-${process.pid}`);
  const old = resolve(root, `.dist-old-${process.pid}`);
  const result = buildInto(next, { ...options, root });
  if (!result.ok) {
    rmSync(next, { recursive: true, force: true });
    return { ...result, dist };
  }
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
  return { ...result, dist };
}
