/** One build of the site, exactly as `npm run build` makes it: Astro, then the Pagefind index. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface BuildOptions {
  /** The project to build (default: the current folder). */
  root?: string;
  env?: NodeJS.ProcessEnv;
  /** 'inherit' shows the output live; 'pipe' returns it. */
  stdio?: 'inherit' | 'pipe';
}

/** Builds into `outDir`; returns whether it worked and, with stdio 'pipe', everything printed. */
export function buildInto(
  outDir: string,
  { root = process.cwd(), env = process.env, stdio = 'pipe' }: BuildOptions = {},
) {
  let output = '';
  for (const [bin, args] of [
    ['astro', ['build', '--outDir', outDir]],
    ['pagefind', ['--site', outDir]],
  ] as const) {
    const result = spawnSync(resolve(root, 'node_modules/.bin', bin), [...args], {
      cwd: root,
      env,
      stdio,
      encoding: 'utf8',
    });
    output += `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
    if (result.status !== 0) return { ok: false, step: bin, output };
  }
  return { ok: true, step: undefined, output };
}
