import { defineConfig } from 'vitest/config';

/**
 * Unit tests (`*.test.ts`) and integration tests against real Payload and SQLite
 * (`*.int.test.ts`). The HTTP end-to-end suite (`*.e2e.test.ts`) has its own config because it
 * needs the built CMS running (see scripts/test.mjs).
 */
export default defineConfig({
  test: {
    include: ['packages/**/*.test.ts', 'tests/**/*.test.ts', 'seeds/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
