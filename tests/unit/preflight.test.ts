/**
 * The test preflight (tools/preflight.ts): its decisions as a pure function, then the command
 * itself run with a PATH and CHROMIUM_PATH that hide the browser and Java, and a stub apt-get.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJavaMajor, planPreflight, type MissingPrerequisite } from '../../tools/lib/prerequisites.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const CHROMIUM: MissingPrerequisite = { what: 'Chromium', debianPackage: 'chromium' };
const JAVA: MissingPrerequisite = { what: 'Java 11 or later', debianPackage: 'default-jre-headless' };

describe('what the preflight decides', () => {
  test.each([
    ['openjdk version "17.0.15" 2025-04-15', 17], // OpenJDK 17, as Debian ships it
    ['java version "1.8.0_392"', 8], // Java 8 still writes "1.8"
    ['openjdk version "21" 2023-09-19', 21], // a release with no minor number
    ['no version here', undefined], // unreadable output
  ])('reads %j as Java %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  test('does nothing when nothing is missing', () => {
    expect(planPreflight({ missing: [], isRoot: false, hasApt: true })).toEqual({ action: 'nothing' });
  });

  test('installs the missing packages as root on a machine with apt-get', () => {
    expect(planPreflight({ missing: [CHROMIUM, JAVA], isRoot: true, hasApt: true })).toEqual({
      action: 'install',
      packages: ['chromium', 'default-jre-headless'],
    });
  });

  test('tells a user without root what is missing and the sudo command to run', () => {
    const plan = planPreflight({ missing: [CHROMIUM, JAVA], isRoot: false, hasApt: true });
    expect(plan.action).toBe('explain');
    const message = plan.action === 'explain' ? plan.message : '';
    expect(message).toContain('  - Chromium\n  - Java 11 or later');
    expect(message).toContain('sudo apt-get update && sudo apt-get install -y chromium default-jre-headless');
  });

  test('names the packages even where apt-get is not available', () => {
    const plan = planPreflight({ missing: [JAVA], isRoot: true, hasApt: false });
    expect(plan.action === 'explain' && plan.message).toContain('default-jre-headless');
  });
});

describe('the preflight command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hr-archive-preflight-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const emptyPath = join(dir, 'empty-bin');
  const script = (path: string, body: string) => {
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };
  spawnSync('mkdir', ['-p', emptyPath]);

  /** Runs the preflight as `npm test` does, with an environment that hides Chromium and Java. */
  const run = (extra: Record<string, string>, options: { uid?: number; gid?: number } = {}) =>
    spawnSync(process.execPath, ['tools/preflight.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { PATH: emptyPath, CHROMIUM_PATH: join(dir, 'no-chromium'), ...extra },
      ...options,
    });

  test('as root, runs apt-get for both packages and fails, naming both, when they still are not there', () => {
    const log = join(dir, 'apt-1.log');
    const aptGet = script(join(dir, 'apt-get-1'), `echo "$@" >> ${log}`);
    const result = run({ PREFLIGHT_APT_GET: aptGet });
    if (process.getuid?.() !== 0) return expect(result.status).toBe(1); // not root: the next test covers it
    expect(readFileSync(log, 'utf8')).toBe('update -qq\ninstall -y -qq chromium default-jre-headless\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('still missing');
    expect(result.stderr).toContain('Chromium');
    expect(result.stderr).toContain('Java 11 or later');
  });

  test('as root, passes once the installer has provided Chromium and Java', () => {
    if (process.getuid?.() !== 0) return;
    const bin = join(dir, 'installed-bin');
    const staged = join(dir, 'staged');
    spawnSync('mkdir', ['-p', staged]);
    script(join(staged, 'java'), 'echo \'openjdk version "17.0.1"\' >&2');
    script(join(staged, 'chromium'), 'exit 0');
    // The stub "installs" a Java 17 and a Chromium where the preflight looks for them.
    const aptGet = script(
      join(dir, 'apt-get-2'),
      `/bin/mkdir -p ${bin} && /bin/cp ${staged}/java ${bin}/java && /bin/cp ${staged}/chromium ${dir}/chromium`,
    );
    const result = run({
      PREFLIGHT_APT_GET: aptGet,
      PATH: `${emptyPath}:${bin}`,
      CHROMIUM_PATH: join(dir, 'chromium'),
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/installed chromium, default-jre-headless in \d+\.\d s/);
  });

  test('for a user without root, stops before any test with one message and the command to run', () => {
    const log = join(dir, 'apt-3.log');
    const aptGet = script(join(dir, 'apt-get-3'), `echo "$@" >> ${log}`);
    // As root, the user's branch is taken by PREFLIGHT_AS_USER: running as "nobody" fails where the
    // checkout lies in a folder others cannot enter (root's home, a private temporary folder).
    const result = run({ PREFLIGHT_APT_GET: aptGet, PREFLIGHT_AS_USER: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm test needs programs this machine does not have:');
    expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install -y chromium default-jre-headless');
    expect(result.stderr).toContain('No test has run.');
    expect(() => readFileSync(log)).toThrow(); // the installer was never called
  });

  test('is silent and succeeds on a machine that has both', () => {
    const result = spawnSync(process.execPath, ['tools/preflight.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });
});
