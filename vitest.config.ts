/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { berlinToday } from './src/lib/format/dates.ts';

// One build day for the whole run: every build the tests make (the site, the determinism check's second
// build, the sub-path build) sees the same day, even across midnight. Set BUILD_DATE to test another day.
process.env.BUILD_DATE ??= berlinToday();

/**
 * Site tests that only run builds of their own copies (no Chromium, not the shared build): they run in their
 * own project, beside the Chromium tests, since a build mostly keeps one core busy while a Chromium test
 * mostly waits.
 */
const BUILDS_ONLY = [
  'tests/content-errors.test.ts',
  'tests/hostile-content.test.ts',
  'tests/publication-build.test.ts',
  'tests/scheduled-publishing.test.ts',
  'tests/share-card-cache.test.ts',
];
const SITE_TIMEOUTS = { testTimeout: 120_000, hookTimeout: 600_000 };

// Three projects: "unit" (pure helpers and components, beside the code), "site" (the built site, checked
// from outside: files on disk and pages in Chromium; the site is built once per run) and "builds" (builds
// of copies with changed content). Each of the last two runs one file at a time.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/quality/lib/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          // Pure helpers of the quality checks run with the unit tests.
          exclude: ['tests/quality/lib/**', ...BUILDS_ONLY],
          globalSetup: ['tests/setup/build-site.ts'],
          // One Chromium test file at a time: two at once (tried on 5 Dec) made each take twice as long.
          fileParallelism: false,
          ...SITE_TIMEOUTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'builds',
          include: BUILDS_ONLY,
          fileParallelism: false,
          ...SITE_TIMEOUTS,
        },
      },
    ],
  },
});
