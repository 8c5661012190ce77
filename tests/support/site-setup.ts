/**
 * Global setups: each builds one site once, into a temporary folder, and provides its path.
 * `fixtureSite` serves the build and browser projects (both ask for it; the first build is
 * shared through the main process), `contentSite` the smoke suite on the real content.
 * The unit project has no global setup: it never builds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_ROOT } from './build-site.ts';
import { copyProject } from './project-copy.ts';
import { FIXTURE_CONTENT } from './fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built fixture site (Astro output plus the Pagefind index). */
    distDir: string;
    /** The built site of the real content/ folder. */
    contentDistDir: string;
  }
}

interface SharedBuild {
  distDir: string;
  users: number;
  cleanup: () => void;
}
/** Builds shared between projects: global setups of several projects run in the one main process. */
const builds = ((globalThis as { __archiveBuilds?: Map<string, SharedBuild> }).__archiveBuilds ??= new Map());

function shareBuild(key: string, build: () => { distDir: string; cleanup: () => void }) {
  let shared = builds.get(key);
  if (!shared) {
    shared = { ...build(), users: 0 };
    builds.set(key, shared);
  }
  shared.users += 1;
  return {
    distDir: shared.distDir,
    release: () => {
      shared.users -= 1;
      if (shared.users === 0) {
        shared.cleanup();
        builds.delete(key);
      }
    },
  };
}

/** Builds the fixture site: a copy of the project whose content is the fixture content. */
export function fixtureSite(project: TestProject) {
  const { distDir, release } = shareBuild('fixture', () => {
    const copy = copyProject({ content: FIXTURE_CONTENT });
    const dist = join(copy.root, 'dist');
    buildSite(dist, { root: copy.root });
    return { distDir: dist, cleanup: copy.remove };
  });
  project.provide('distDir', distDir);
  return release;
}

/** Builds the real content, as `npm run build` would. */
export function contentSite(project: TestProject) {
  const { distDir, release } = shareBuild('content', () => {
    const dist = mkdtempSync(join(tmpdir(), 'hr-archive-dist-'));
    buildSite(dist, { root: PROJECT_ROOT });
    return { distDir: dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
  });
  project.provide('contentDistDir', distDir);
  return release;
}
