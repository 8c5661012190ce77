/** How this project starts Chromium: Debian's build (no browser download) with quiet, offline flags. */
import { findChromium } from './prerequisites.ts';

/** CHROMIUM_PATH, else the first Chromium found where the preflight looks (npm test checks it first). */
export const CHROMIUM_PATH = findChromium(process.env) ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
