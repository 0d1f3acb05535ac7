import { defineConfig } from 'vitest/config';

/** End-to-end tests over real HTTP against the built CMS (`next start`) on a fresh demo database. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
