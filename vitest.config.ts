/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: "unit" (pure helpers and components, beside the code) and "site" (the built site,
// checked from outside: files on disk and pages in Chromium). The site is built once per run.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
