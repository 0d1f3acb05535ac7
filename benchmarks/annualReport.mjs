// A full annual report at scale: the server time to compute its figures (`loadReportView`) and to
// render its PDF and DOCX, at 100,000 and 1,000,000 synthetic records (the demo institution plus
// `npm run synthetic`), on SQLite and, when MONGO_WIRE_KIT names the MongoDB-wire test server kit,
// on MongoDB (seeding there is slow: about 140 s per 100,000 records, so its sizes are separate).
// Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/annualReport.mjs [--repeat 10] [--sizes 100000,1000000] [--mongodb-sizes 100000]
//        [--only sqlite|mongodb] [--instance bench-report] [--no-write]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEnv, root } from '../scripts/lib.mjs';
import { machineLine, writeSection } from './lib/gatewayBench.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const sizesOf = (text) => text.split(',').map(Number);
const repeat = Number(option('repeat', '10'));
const sqliteSizes = sizesOf(option('sizes', '100000,1000000'));
const mongoSizes = sizesOf(option('mongodb-sizes', '100000'));
const only = option('only', '');
const instance = option('instance', 'bench-report');
const kit = process.env.MONGO_WIRE_KIT;
const command = `node benchmarks/annualReport.mjs${args.length ? ` ${args.join(' ')}` : ''}${kit ? ' (MONGO_WIRE_KIT set)' : ''}`;
if (!Number.isInteger(repeat) || repeat < 1 || [...sqliteSizes, ...mongoSizes].some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
  console.error('usage: node benchmarks/annualReport.mjs [--repeat N] [--sizes 100000,1000000] [--mongodb-sizes 100000] [--only sqlite|mongodb] [--no-write]');
  process.exit(2);
}
const loadStart = loadavg();
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

// --- databases (as benchmarks/supervision.mjs) ---------------------------------------------------
const databases = [];
if (only !== 'mongodb') databases.push({ key: 'sqlite', label: 'SQLite', sizes: sqliteSizes, url: (dir) => `file:${path.join(dir, 'bench.db')}` });
let stopMongo = () => {};
if (kit && only !== 'sqlite') {
  const started = spawnSync('bash', [path.join(kit, 'start.sh'), instance], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const base = /^MONGODB_URL=(.*)$/m.exec(started.stdout ?? '')?.[1];
  if (started.status !== 0 || !base) {
    console.error(`✗ could not start the MongoDB-wire instance "${instance}".`);
    process.exit(1);
  }
  stopMongo = () => spawnSync('bash', [path.join(kit, 'stop.sh'), instance], { stdio: 'inherit' });
  const url = new URL(base);
  url.pathname = `/xxgk_report_${Date.now()}`;
  if (url.username && !url.searchParams.has('authSource')) url.searchParams.set('authSource', 'admin');
  databases.push({ key: 'mongodb', label: 'MongoDB wire (DocumentDB)', sizes: mongoSizes, url: () => url.href });
}
process.on('exit', () => stopMongo());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

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
for (const db of databases) {
  const dir = mkdtempSync(path.join(tmpdir(), `xxgk-report-bench-${db.key}-`));
  const env = nodeEnv({ DATABASE_URL: db.url(dir), DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads') });
  try {
    step(`${db.label}: npm run demo`, ['npm', 'run', 'demo', '-w', '@xxgk/seeds'], env);
    let written = 0;
    for (const [index, size] of db.sizes.entries()) {
      step(`${db.label}: ${(size - written).toLocaleString('en')} more synthetic records`, ['npm', 'run', 'synthetic', '-w', '@xxgk/seeds', '--', '--count', String(size - written), '--seed', String(42 + index)], env);
      written = size;
      const result = step(`${db.label}: timings`, [process.execPath, '--max-old-space-size=4096', tsx, 'benchmarks/annualReportTimings.ts', '--repeat', String(repeat)], env);
      const line = result.stdout.split('\n').findLast((text) => text.startsWith('{"database"'));
      console.log(line);
      results[`${db.key}:${size}`] = JSON.parse(line);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const columns = databases.flatMap((db) => db.sizes.map((size) => ({ key: `${db.key}:${size}`, label: `${db.label}, ${size.toLocaleString('en')}` })));

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
${loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end, with \`${command}\`.
Server time in-process (\`benchmarks/annualReportTimings.ts\`: Payload booted on the database, 2 warm-up calls, then ${repeat} calls;
mean / p50 / p99 ms). Figures: every count of the report (channels, categories, the 50 items, applications, fees,
feedback) computed from the data, with the completeness check and the snapshot. PDF and DOCX: that snapshot rendered
(PDF with Noto Serif SC embedded and subset). Records: the demo institution plus synthetic records;
${columns.map(({ key, label }) => `${label}: ${(results[key]?.records ?? 0).toLocaleString('en')} records, ${(results[key]?.moeChannels ?? 0).toLocaleString('en')} channel publications in 2021-2022`).join('; ')}.

| call | ${columns.map(({ label }) => label).join(' | ')} |
|---|${columns.map(() => '---:').join('|')}|
${rows.map(([label, render]) => `| ${label} | ${columns.map(({ key }) => (results[key] ? render(results[key]) : '—')).join(' | ')} |`).join('\n')}

Targets: figures < 1 s, PDF < 10 s at 1,000,000 records. The PDF's time does not grow with the records (the report has
the same tables whatever the counts); the gateway renders each published version once and keeps it.
<!-- annual-report:end -->`;
console.log(section);
if (!args.includes('--no-write')) writeSection('annual-report', section);
