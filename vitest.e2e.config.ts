import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) builds without an exports map: Node loads
// the CommonJS one for our dependencies, Vite would give test code the ESM one, and two copies
// of graphql cannot share a schema. Point Vite at the same file Node uses.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/** End-to-end tests over real HTTP against the built CMS (`next start`) on a fresh demo database. */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
