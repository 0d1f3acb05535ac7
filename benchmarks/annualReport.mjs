// A full annual report at scale: the server time to compute its figures (`loadReportView`) and to
// render its PDF and DOCX, on SQLite, at 100,000 and 1,000,000 synthetic records (the demo
// institution plus `npm run synthetic`). Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/annualReport.mjs [--repeat 10] [--sizes 100000,1000000] [--no-write]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEnv, root } from '../scripts/lib.mjs';
import { machineLine, writeSection } from './lib/gatewayBench.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const repeat = Number(option('repeat', '10'));
const sizes = option('sizes', '100000,1000000').split(',').map(Number);
const command = `node benchmarks/annualReport.mjs${args.length ? ` ${args.join(' ')}` : ''}`;
if (!Number.isInteger(repeat) || repeat < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
  console.error('usage: node benchmarks/annualReport.mjs [--repeat N] [--sizes 100000,1000000] [--no-write]');
  process.exit(2);
}
const loadStart = loadavg();
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

const step = (label, commandArgs, env) => {
  const startedAt = performance.now();
  const result = spawnSync(commandArgs[0], commandArgs.slice(1), { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - startedAt) / 1000;
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`);
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`✓ ${label}: ${seconds.toFixed(1)} s`);
  return result;
};

const results = {};
const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-report-bench-'));
const env = nodeEnv({ DATABASE_URL: `file:${path.join(dir, 'bench.db')}`, DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads') });
try {
  step('npm run demo', ['npm', 'run', 'demo', '-w', '@xxgk/seeds'], env);
  let written = 0;
  for (const [index, size] of sizes.entries()) {
    step(`${(size - written).toLocaleString('en')} more synthetic records`, ['npm', 'run', 'synthetic', '-w', '@xxgk/seeds', '--', '--count', String(size - written), '--seed', String(42 + index)], env);
    written = size;
    const result = step('timings', [process.execPath, '--max-old-space-size=4096', tsx, 'benchmarks/annualReportTimings.ts', '--repeat', String(repeat)], env);
    const line = result.stdout.split('\n').findLast((text) => text.startsWith('{"database"'));
    console.log(line);
    results[size] = JSON.parse(line);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const cell = (stat) => (stat ? `${ms(stat.mean)} / ${ms(stat.p50)} / ${ms(stat.p99)}` : '—');
const rows = [
  ['figures, Ministry format 2021-2022 (`loadReportView`)', (r) => cell(r.moeFigures)],
  ['PDF of that report', (r) => `${cell(r.moePdf)} (${r.moePdfKb} KB)`],
  ['DOCX of that report', (r) => cell(r.moeDocx)],
  ['figures, government format 2022', (r) => cell(r.governmentFigures)],
  ['PDF of that report', (r) => `${cell(r.governmentPdf)} (${r.governmentPdfKb} KB)`],
  ['DOCX of that report', (r) => cell(r.governmentDocx)],
];
const section = `<!-- annual-report:start -->
## Annual report (issue: annual report outputs)

Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}, load average ${loadStart.map((n) => n.toFixed(1)).join(' / ')} at the start and
${loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end (other engineers were using the machine), with \`${command}\`, on SQLite.
Server time in-process (\`benchmarks/annualReportTimings.ts\`: Payload booted on the database, 2 warm-up calls, then ${repeat} calls;
mean / p50 / p99 ms). Figures: every count of the report (channels, categories, the 50 items, applications, fees,
feedback) computed from the data, with the completeness check and the snapshot. PDF and DOCX: that snapshot rendered
(PDF with Noto Serif SC embedded and subset). Records: the demo institution plus synthetic records;
${sizes.map((size) => `${size.toLocaleString('en')}: ${(results[size]?.records ?? 0).toLocaleString('en')} records, ${(results[size]?.moeChannels ?? 0).toLocaleString('en')} channel publications in 2021-2022`).join('; ')}.

| call | ${sizes.map((size) => `${size.toLocaleString('en')} records`).join(' | ')} |
|---|${sizes.map(() => '---:').join('|')}|
${rows.map(([label, render]) => `| ${label} | ${sizes.map((size) => (results[size] ? render(results[size]) : '—')).join(' | ')} |`).join('\n')}

Targets: figures < 1 s, PDF < 10 s at 1,000,000 records. The PDF's time does not grow with the records (the report has
the same tables whatever the counts); the gateway renders each published version once and keeps it.
<!-- annual-report:end -->`;
console.log(section);
if (!args.includes('--no-write')) writeSection('annual-report', section);
