import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Same graphql resolution as vitest.config.ts (one copy of graphql for schema and tests).
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/**
 * The tests that guard the rules under mutation (stryker.config.mjs picks them per target: the
 * domain's unit tests, the CMS access, version and attachment tests on real Payload, or the
 * gateway's protection and HTTP tests). Run by benchmarks/mutation.mjs, not by `npm test`.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    // The tests of the target being mutated (stryker.config.mjs passes them on).
    include: JSON.parse(process.env.MUTATION_TESTS ?? '["packages/domain/src/**/*.test.ts"]') as string[],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
