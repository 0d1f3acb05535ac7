// `npm test`: install if needed, type-check every workspace, run unit and integration tests
// (real Payload on temporary SQLite files), build the apps, then run the HTTP end-to-end suite
// against the built CMS, gateway and public site, including real headless Chromium and the W3C
// Nu HTML checker. Ends with one "N passed, N failed" line over all suites.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildApps, ensureChromium, ensureInstalled, ensureJava, nodeEnv, root, run, timed } from './lib.mjs';

await timed('dependencies installed', async () => ensureInstalled());
await timed('browser ready (Debian chromium)', async () => ensureChromium());
await timed('Java ready (for the Nu HTML checker)', async () => ensureJava());
await timed('type-checked', async () => run('npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']));

const reports = mkdtempSync(path.join(tmpdir(), 'xxgk-reports-'));
const suite = (name, args) => {
  const output = path.join(reports, `${name}.json`);
  const result = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], {
    cwd: root,
    env: nodeEnv(),
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
await timed('apps built', async () => buildApps());
results.push(suite('end-to-end', ['-c', 'vitest.e2e.config.ts']));

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed (exit ${r.status})`);
const ok = results.every((r) => r.status === 0) && failed === 0 && passed > 0;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
