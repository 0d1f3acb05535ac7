// Mutation testing of the rules that matter most (issue "tests that can fail"): the CMS access
// predicates, the disclosure lifecycle and public predicate in @xxgk/domain, and the gateway's
// limits. `npm run mutation` runs it and records the score in BENCHMARKS.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'apps/cms/src/access/**/*.ts',
    'packages/domain/src/workflow.ts',
    'packages/domain/src/predicate.ts',
    'packages/domain/src/publicRecord.ts',
    'packages/domain/src/disclosureAccess.ts',
    'packages/domain/src/disclosureRules.ts',
    'packages/domain/src/deriveRecord.ts',
    'packages/domain/src/loginThrottle.ts',
    'apps/gateway/src/plugins/limits.ts',
  ],
  // Payload and the gateway start once per test file; two at a time is what 2 cores carry.
  concurrency: 2,
  timeoutMS: 120_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // In place: the apps reach @xxgk/domain through node_modules links to the real folders, which a
  // sandbox copy would bypass (mutants would run against the unmutated package). Stryker restores
  // every file when it ends; run it on a clean tree and nothing else at the same time.
  inPlace: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['**/.next/**', 'data/**', 'reports/**', '**/*.tsbuildinfo'],
};
