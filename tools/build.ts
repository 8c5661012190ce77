/**
 * `npm run build`: builds into a temporary folder beside dist/; only a complete build replaces
 * dist/. A failed build exits non-zero and leaves the last good site in place.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildInto } from './lib/build-site.ts';

const dist = resolve('dist');
const next = resolve(`.dist-next-${process.pid}`);
const old = resolve(`.dist-old-${process.pid}`);

const result = buildInto(next, { stdio: 'inherit' });
if (!result.ok) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n${result.step} failed: dist/ is unchanged.`);
  process.exit(1);
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`\nBuilt ${dist}`);
