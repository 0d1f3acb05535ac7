// `npm test`: install if needed, type-check every workspace, run unit and integration tests
// (real Payload on temporary SQLite files), build the apps, then run the HTTP end-to-end suite
// against the built CMS, gateway and public site, including real headless Chromium, the W3C
// Nu HTML checker, and several gateways and sites behind nginx sharing Redis. Ends with one
// "N passed, N failed" line over all suites.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { mongoDatabaseUrl, startMongoTestServer } from './mongoTestServer.mjs';
import { buildApps, ensureChromium, ensureInstalled, ensureJava, ensurePoppler, ensureTopologyTools, nodeEnv, root, run, timed } from './lib.mjs';

await timed('dependencies installed', async () => ensureInstalled());
await timed('browser ready (Debian chromium)', async () => ensureChromium());
await timed('Java ready (for the Nu HTML checker)', async () => ensureJava());
await timed('poppler-utils ready (pdftotext, pdffonts: the PDF tests)', async () => ensurePoppler());
await timed('redis-server, nginx and docker-compose ready (for the several-instances tests)', async () => ensureTopologyTools());
await timed('type-checked', async () => run('npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']));

const reports = mkdtempSync(path.join(tmpdir(), 'xxgk-reports-'));
const suite = (name, args, env = {}) => {
  const output = path.join(reports, `${name}.json`);
  const result = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], {
    cwd: root,
    env: nodeEnv(env),
    stdio: 'inherit',
  });
  let summary = { numPassedTests: 0, numFailedTests: 0, numTotalTests: 0 };
  try {
    summary = JSON.parse(readFileSync(output, 'utf8'));
  } catch {
    // the runner crashed before writing a report; its exit code says so below
  }
  return { name, status: result.status, passed: summary.numPassedTests, failed: summary.numFailedTests };
};

const results = [suite('unit-and-integration', [])];
// The same integration suites again on MongoDB: one database per test file on one server.
const mongo = await timed('MongoDB test server ready', async () => startMongoTestServer());
if (mongo) {
  console.log(`Integration suites on ${mongo.describe}`);
  results.push(suite('integration-on-mongodb', ['-c', 'vitest.mongodb.config.ts'], { TEST_DATABASE: 'mongodb', MONGODB_TEST_URL: mongo.url }));
} else {
  // CI sets REQUIRE_MONGODB_TESTS, so that a missing server there is a failure, not a silent skip.
  console.log('✗ MongoDB suites not run: set MONGODB_TEST_URL (a MongoDB server) or MONGO_WIRE_KIT (the MongoDB-wire test server kit); see docs/TESTING.md.');
  results.push({ name: 'integration-on-mongodb (not run)', status: process.env.REQUIRE_MONGODB_TESTS ? 1 : 0, passed: 0, failed: 0 });
}
await timed('apps built', async () => buildApps());
// The several-instances topology runs on MongoDB when there is one: it is also the product's
// end-to-end smoke on MongoDB (demo seed, CMS, gateways and sites over HTTP).
results.push(suite('end-to-end', ['-c', 'vitest.e2e.config.ts'], mongo ? { TOPOLOGY_DATABASE_URL: mongoDatabaseUrl(mongo.url, `xxgk_topology_${process.pid}`) } : {}));

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed (exit ${r.status})`);
const ok = results.every((r) => r.status === 0) && failed === 0 && passed > 0;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
