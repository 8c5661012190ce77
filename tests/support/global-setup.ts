/** Builds the site once for every build and browser test, into a temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the built site (Astro output plus the Pagefind index). */
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const distDir = mkdtempSync(join(tmpdir(), 'hr-archive-dist-'));
  buildSite(distDir);
  project.provide('distDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
