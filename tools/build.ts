/**
 * `npm run build`: the site for the address in SITE (and BASE_PATH), into dist/. Without SITE it
 * stops at once with one line saying how to set it: a build for no address would publish links
 * and citations that open nowhere. A failed build exits non-zero and leaves the last good site.
 */
import { buildDist } from './lib/build-site.ts';
import { MISSING_SITE_MESSAGE, readBuildSettings } from '../src/build-settings.ts';

let site: string | undefined;
try {
  ({ site } = readBuildSettings(process.env));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (!site) {
  console.error(MISSING_SITE_MESSAGE);
  process.exit(1);
}
const result = buildDist(process.cwd(), { stdio: 'inherit' });
if (!result.ok) {
  console.error(`\n${result.step} failed: dist/ is unchanged.`);
  process.exit(1);
}
console.log(`\nBuilt ${result.dist} for ${site}`);
