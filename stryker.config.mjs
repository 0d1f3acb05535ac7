// Mutation testing of the rules that matter most (issue "tests that can fail"): the disclosure
// lifecycle and public predicate in @xxgk/domain, the CMS access rules, and the gateway's
// limits. Each target runs only the tests that guard it (`MUTATION_TARGET`, see
// benchmarks/mutation.mjs, which runs all three and records the score in BENCHMARKS.md).
const targets = {
  // Pure functions and their unit tests: fast, in Stryker's sandbox.
  domain: {
    mutate: ['workflow', 'predicate', 'publicRecord', 'disclosureAccess', 'disclosureRules', 'deriveRecord', 'loginThrottle'].map((name) => `packages/domain/src/${name}.ts`),
    tests: ['packages/domain/src/**/*.test.ts'],
    inPlace: false,
  },
  // The CMS's access rules on real Payload and SQLite. In place: the tests reach the CMS through
  // node_modules links to the real folders, which a sandbox copy would bypass.
  access: {
    mutate: ['apps/cms/src/access/**/*.ts'],
    tests: ['tests/cms/accessRules.test.ts', 'tests/cms/access.int.test.ts', 'tests/cms/accounts.int.test.ts', 'tests/cms/versions.int.test.ts', 'tests/cms/attachments.int.test.ts'],
    inPlace: true,
  },
  limits: {
    mutate: ['apps/gateway/src/plugins/limits.ts'],
    tests: ['tests/gateway/limits.test.ts', 'tests/gateway/protection.int.test.ts', 'tests/gateway/http.int.test.ts'],
    inPlace: true,
  },
};
const name = process.env.MUTATION_TARGET ?? 'domain';
const target = targets[name];
if (!target) throw new Error(`MUTATION_TARGET must be one of ${Object.keys(targets).join(', ')}`);
process.env.MUTATION_TESTS = JSON.stringify(target.tests);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: target.mutate,
  // In place, Stryker restores each file when it ends: run it on a clean tree and nothing else at
  // the same time. Type checks stay on (no @ts-nocheck written into files): vitest ignores types.
  inPlace: target.inPlace,
  disableTypeChecks: false,
  concurrency: 2,
  timeoutMS: 120_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['**/.next/**', 'data/**', 'reports/**', '**/*.tsbuildinfo'],
};
