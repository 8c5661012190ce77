/**
 * `npm test`'s first step: makes sure the machine has what the browser and validator tests need
 * (see tools/lib/prerequisites.ts). Silent when all is there. As root on Debian or Ubuntu (CI,
 * containers) it installs what is missing with apt-get, saying what it does and how long it
 * took; anywhere else it stops with one message naming what is missing and the command to run.
 *
 * PREFLIGHT_APT_GET replaces the apt-get command (the tests use a stub); PREFLIGHT_AS_USER=1
 * takes the branch of a user without root even when run as root (the tests, in any folder).
 */
import { spawnSync } from 'node:child_process';
import which from 'which';
import { findMissingPrerequisites, planPreflight } from './lib/prerequisites.ts';

const env = process.env;
const aptGet = env.PREFLIGHT_APT_GET || which.sync('apt-get', { nothrow: true, path: env.PATH ?? '' });
const plan = planPreflight({
  missing: findMissingPrerequisites(env),
  isRoot: process.getuid?.() === 0 && env.PREFLIGHT_AS_USER !== '1',
  hasApt: Boolean(aptGet),
});

if (plan.action === 'explain') {
  console.error(plan.message);
  process.exit(1);
}

if (plan.action === 'install' && aptGet) {
  const started = Date.now();
  console.log(`Preflight: installing ${plan.packages.join(', ')} with apt-get, for the tests …`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...plan.packages],
  ]) {
    const result = spawnSync(aptGet, args, { stdio: ['ignore', 'ignore', 'inherit'], env: aptEnv });
    if (result.status !== 0) {
      console.error(`Preflight: "apt-get ${args.join(' ')}" failed (exit ${result.status}); no test has run.`);
      process.exit(1);
    }
  }
  const stillMissing = findMissingPrerequisites(env);
  if (stillMissing.length) {
    console.error(
      `Preflight: after installing, still missing:\n${stillMissing.map((m) => `  - ${m.what}`).join('\n')}\nNo test has run.`,
    );
    process.exit(1);
  }
  console.log(`Preflight: installed ${plan.packages.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
