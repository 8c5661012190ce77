/** `npm start`'s second half: serves the built dist/ on localhost and prints the URL. */
import { resolve } from 'node:path';
import { startStaticServer } from './lib/static-server.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH || '/';
const { url } = await startStaticServer({ root, base, port, host: '127.0.0.1' });
console.log(`Serving ${root}\n\n  Archive: ${url}\n\nPress Ctrl+C to stop.`);
