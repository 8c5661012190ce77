import { expect, inject, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { listPages } from '../support/dist.ts';

const dist = inject('distDir');
const VNU = join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

test('every built page passes the W3C Nu HTML validator with zero errors', () => {
  const pages = listPages(dist);
  expect(pages.length).toBeGreaterThan(5);
  const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...pages.map((p) => p.file)], {
    encoding: 'utf8',
  });
  expect(result.error, 'java must be installed to run the validator').toBeUndefined();
  const { messages } = JSON.parse(result.stderr) as { messages: { url: string; message: string; extract?: string }[] };
  expect(messages.map((m) => `${m.url.replace(`file:${dist}`, '')}: ${m.message}`)).toEqual([]);
});
