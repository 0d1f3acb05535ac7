import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Same graphql resolution as vitest.config.ts (one copy of graphql for schema and tests).
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/**
 * The tests that guard the rules under mutation (stryker.config.mjs): the domain's unit tests,
 * the CMS access, version and attachment tests on real Payload, and the gateway's protection
 * and HTTP tests. Run by `npm run mutation`, not by `npm test`.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: [
      'packages/domain/src/**/*.test.ts',
      'tests/cms/access.int.test.ts',
      'tests/cms/versions.int.test.ts',
      'tests/cms/attachments.int.test.ts',
      'tests/gateway/protection.int.test.ts',
      'tests/gateway/http.int.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
