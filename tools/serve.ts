/** Serves an already built folder (default dist/) on localhost, as `npm start` does after building. */
import { resolve } from 'node:path';
import { startStaticServer } from './lib/static-server.ts';
import { readBuildSettings } from '../src/build-settings.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT || 4321);
const { base } = readBuildSettings(process.env);
const { url } = await startStaticServer({ root, base, port, host: '127.0.0.1' });
console.log(`Serving ${root}\n\n  Archive: ${url}\n\nPress Ctrl+C to stop.`);
