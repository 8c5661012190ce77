import { defineConfig } from 'vitest/config';

/** Limits shared by every project: builds and Chromium need more than Vitest's defaults. */
const timeouts = { testTimeout: 30_000, hookTimeout: 120_000 };

/**
 * One `npm test` runs three kinds of test (see CONTRIBUTING.md):
 * unit (pure functions), build (parse the real built HTML) and browser (real Chromium).
 * The site is built once, into a temporary folder, by tests/support/global-setup.ts
 * (declared at the root so that it runs once, not once per project).
 */
export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { ...timeouts, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { ...timeouts, name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        test: {
          ...timeouts,
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium at a time keeps a two-core machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
