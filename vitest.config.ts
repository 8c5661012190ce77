import { defineConfig } from 'vitest/config';

/** Limits shared by every project: builds and Chromium need more than Vitest's defaults. */
const timeouts = { testTimeout: 30_000, hookTimeout: 120_000 };
const FIXTURE_SITE = ['tests/support/setup-fixture-site.ts'];

/**
 * One `npm test` runs four kinds of test (see CONTRIBUTING.md): unit (pure functions, no build:
 * `npx vitest --project unit`), build (parse the built fixture site), browser (real Chromium on
 * the fixture site) and content (a small smoke suite on the real content/ and sources/).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Two workers on a two-core machine: the browser files (one at a time) overlap the others.
    maxWorkers: 2,
    projects: [
      { test: { ...timeouts, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { ...timeouts, name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: FIXTURE_SITE } },
      {
        test: {
          ...timeouts,
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: FIXTURE_SITE,
          // One Chromium at a time keeps a two-core machine responsive.
          fileParallelism: false,
        },
      },
      {
        test: {
          ...timeouts,
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          globalSetup: ['tests/support/setup-content-site.ts'],
        },
      },
    ],
  },
});
