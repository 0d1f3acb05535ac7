import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) builds without an exports map: Node loads
// the CommonJS one for our dependencies, Vite would give test code the ESM one, and two copies
// of graphql cannot share a schema. Point Vite at the same file Node uses.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/**
 * Unit tests (`*.test.ts`) and integration tests against real Payload and SQLite
 * (`*.int.test.ts`). The HTTP end-to-end suite (`*.e2e.test.ts`) has its own config because it
 * needs the built CMS running (see scripts/test.mjs).
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ['packages/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'tests/**/*.test.ts', 'seeds/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
