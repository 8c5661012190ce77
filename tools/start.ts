/**
 * `npm start`: builds the site for the address it is about to serve (http://localhost:PORT/,
 * under BASE_PATH if set), so every copied link and citation opens, then serves dist/ as a
 * static host would (tools/lib/static-server.ts) and prints the address.
 */
import { buildDist } from './lib/build-site.ts';
import { startStaticServer } from './lib/static-server.ts';
import { localSite, readBuildSettings } from '../src/build-settings.ts';

const port = Number(process.env.PORT || 4321);
let base: string;
try {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT: expected a port number from 1 to 65535, got ${JSON.stringify(process.env.PORT)}`);
  ({ base } = readBuildSettings(process.env));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const result = buildDist(process.cwd(), { stdio: 'inherit', env: { ...process.env, SITE: localSite(port) } });
if (!result.ok) {
  console.error(`\n${result.step} failed: nothing to serve.`);
  process.exit(1);
}
const { url } = await startStaticServer({ root: result.dist, base, port, host: '127.0.0.1' });
console.log(`\nServing ${result.dist}\n\n  Archive: ${url}\n\nPress Ctrl+C to stop.`);
