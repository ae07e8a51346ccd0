/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { berlinToday } from './src/lib/format/dates.ts';

// One build day for the whole run: every build the tests make (the site, the determinism check's second
// build, the sub-path build) sees the same day, even across midnight. Set BUILD_DATE to test another day.
process.env.BUILD_DATE ??= berlinToday();

// Two projects: "unit" (pure helpers and components, beside the code) and "site" (the built site,
// checked from outside: files on disk and pages in Chromium). The site is built once per run.
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
          exclude: ['tests/quality/lib/**'],
          globalSetup: ['tests/setup/build-site.ts'],
          // One file at a time on a 2-core machine: two at once (tried on 5 Dec) made the two Chromium-heavy
          // files each take twice as long and saved almost nothing.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
