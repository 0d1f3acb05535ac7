// The supervision view's figures at scale: the server time of `loadSupervision` (the supervision
// store's aggregate queries + the domain's rules), warm, on SQLite and — when MONGO_WIRE_KIT names
// the MongoDB-wire test server kit (docs/TESTING.md) — on MongoDB, at 100,000 and 1,000,000
// synthetic records, next to the alternative: every record through Payload's Local API, counted
// in JavaScript. Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/supervision.mjs [--repeat 20] [--sizes 100000,1000000] [--baseline-at 100000,1000000]
//        [--only sqlite|mongodb] [--instance bench-supervision] [--with-queues] [--no-write]
// --with-queues also times the workbench queues (queueTimings.ts) on the same databases and writes
// their section too: seeding a million records on the MongoDB-wire server takes half an hour.
// Each database is seeded with the demo institution, then synthetic records are added up to each
// size (npm run synthetic; about 150 s and 5.6 GB for a million on SQLite, see BENCHMARKS.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEnv, root } from '../scripts/lib.mjs';
import { machineLine, writeSection } from './lib/gatewayBench.mjs';
import { queueSection } from './lib/queueSection.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const repeat = Number(option('repeat', '20'));
const sizes = option('sizes', '100000,1000000').split(',').map(Number);
const baselineAt = new Set(option('baseline-at', '100000,1000000').split(',').map(Number));
const only = option('only', '');
const instance = option('instance', 'bench-supervision');
const kit = process.env.MONGO_WIRE_KIT;
const withQueues = args.includes('--with-queues');
const command = `node benchmarks/supervision.mjs${args.length ? ` ${args.join(' ')}` : ''}${kit ? ' (MONGO_WIRE_KIT set)' : ''}`;
if (!Number.isInteger(repeat) || repeat < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
  console.error('usage: node benchmarks/supervision.mjs [--repeat N] [--sizes 100000,1000000] [--baseline-at 100000] [--only sqlite|mongodb] [--no-write]');
  process.exit(2);
}
const loadStart = loadavg();

// --- databases ---------------------------------------------------------------------------------
const databases = [];
if (only !== 'mongodb') databases.push({ key: 'sqlite', label: 'SQLite', url: (dir) => `file:${path.join(dir, 'bench.db')}` });
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
  url.pathname = `/xxgk_supervision_${Date.now()}`;
  if (url.username && !url.searchParams.has('authSource')) url.searchParams.set('authSource', 'admin');
  databases.push({ key: 'mongodb', label: 'MongoDB wire (DocumentDB)', url: () => url.href });
}
process.on('exit', () => stopMongo());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const step = (label, commandArgs, env, { allowFailure = false } = {}) => {
  const startedAt = performance.now();
  const result = spawnSync(commandArgs[0], commandArgs.slice(1), { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - startedAt) / 1000;
  if (result.status !== 0 && !allowFailure) {
    console.error(`${result.stdout}\n${result.stderr}`);
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`${result.status === 0 ? '✓' : '✗'} ${label}: ${seconds.toFixed(1)} s`);
  return { ...result, seconds };
};
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const timings = (db, extra) => {
  const result = step(`${db.label}: timings${extra.length ? ` ${extra.join(' ')}` : ''}`, [process.execPath, '--max-old-space-size=12288', tsx, 'benchmarks/supervisionTimings.ts', '--repeat', String(repeat), ...extra], db.env, {
    allowFailure: extra.includes('--baseline'),
  });
  const line = result.stdout.split('\n').findLast((text) => text.startsWith('{"database"'));
  if (!line) return { failed: `exit ${result.status ?? result.signal} after ${result.seconds.toFixed(0)} s` };
  const parsed = JSON.parse(line);
  console.log(line);
  return parsed;
};

const results = {};
const queueResults = {};
const queueTimings = (db, size) => {
  const result = step(`${db.label}: queue timings`, [process.execPath, tsx, 'benchmarks/queueTimings.ts', '--repeat', String(repeat)], db.env);
  queueResults[`${db.key}:${size}`] = JSON.parse(result.stdout.split('\n').findLast((text) => text.startsWith('{"database"')));
};
for (const db of databases) {
  const dir = mkdtempSync(path.join(tmpdir(), `xxgk-supervision-bench-${db.key}-`));
  db.env = nodeEnv({ DATABASE_URL: db.url(dir), DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads') });
  try {
    step(`${db.label}: npm run demo`, ['npm', 'run', 'demo', '-w', '@xxgk/seeds'], db.env);
    let written = 0;
    for (const [index, size] of sizes.entries()) {
      const count = size - written;
      step(`${db.label}: ${count.toLocaleString('en')} more synthetic records`, ['npm', 'run', 'synthetic', '-w', '@xxgk/seeds', '--', '--count', String(count), '--seed', String(42 + index)], db.env);
      written = size;
      const measured = timings(db, []);
      // The alternative loads every record into one process: run alone, so that running out of memory or time loses only it.
      const baseline = baselineAt.has(size) ? timings(db, ['--baseline', '--repeat', '1']).baseline ?? { failed: true } : null;
      results[`${db.key}:${size}`] = { ...measured, baseline };
      if (withQueues) queueTimings(db, size);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- report ------------------------------------------------------------------------------------
const columns = databases.flatMap((db) => sizes.map((size) => ({ key: `${db.key}:${size}`, label: `${db.label}, ${size.toLocaleString('en')}` })));
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const cell = (stat) => (stat ? `${ms(stat.mean)} / ${ms(stat.p50)} / ${ms(stat.p99)}` : '—');
const rows = [
  ['internal view, academic year 2021-2022 (`loadSupervision`)', (r) => cell(r.internalPastYear)],
  ['… after records change (one month, one item\'s workflow, one department\'s waiting recomputed on MongoDB)', (r) => cell(r.afterChangePastYear)],
  ['… the very first call (nothing kept yet; one run)', (r) => (r.firstPastYear ? ms(r.firstPastYear.mean) : '—')],
  ['… of which the store\'s queries (`store.facts`)', (r) => cell(r.factsPastYear)],
  ['… of which the rules (`supervise`, domain)', (r) => cell(r.rulesPastYear)],
  ['public variant (the gateway\'s `supervision`), 2021-2022', (r) => cell(r.publicPastYear)],
  ['internal view, current academic year (the view\'s default)', (r) => cell(r.internalCurrentYear)],
  [
    'alternative: every record through the Local API, counted in JavaScript (load + count, one run)',
    (r) =>
      !r.baseline
        ? 'not run'
        : r.baseline.failed
          ? `did not finish (${r.baseline.failed === true ? 'failed' : r.baseline.failed})`
          : `${ms(r.baseline.totalMs)} (${ms(r.baseline.loadMs)} + ${ms(r.baseline.countMs)}), heap ${r.baseline.heapMb} MB${r.baseline.agrees ? '' : ', statuses differ!'}`,
  ],
];
const recordLine = columns.map((column) => `${column.label}: ${(results[column.key]?.records ?? 0).toLocaleString('en')} records, ${(results[column.key]?.publishedInPastYear ?? 0).toLocaleString('en')} published in 2021-2022`).join('; ');
const section = `<!-- supervision:start -->
## Supervision view (issue: supervision)

Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}, load average ${loadStart.map((n) => n.toFixed(1)).join(' / ')} at the start and
${loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end (other engineers were using the machine), with \`${command}\`.
Server time in-process (\`benchmarks/supervisionTimings.ts\`: Payload booted on the database, 3 warm-up calls per scenario, then ${repeat}
calls one after another; mean / p50 / p99 ms; no HTTP, no React rendering). Each figure is the whole answer: the 50 items, the
departments, the site settings (Local API) and the aggregate queries of \`apps/cms/src/supervision\`, judged by \`packages/domain/src/supervision.ts\`.
Records: the demo institution plus synthetic records (\`npm run synthetic\`, academic years 2015-2016 … 2025-2026). ${recordLine}.

| call | ${columns.map((column) => column.label).join(' | ')} |
|---|${columns.map(() => '---:').join('|')}|
${rows.map(([label, render]) => `| ${label} | ${columns.map((column) => (results[column.key] ? render(results[column.key]) : '—')).join(' | ')} |`).join('\n')}

Targets: < 300 ms at 100,000 records and < 1 s at 1,000,000 (server time, warm).
<!-- supervision:end -->`;
console.log(section);
if (!args.includes('--no-write')) writeSection('supervision', section, { before: '<!-- mutation:start -->' });
if (withQueues) {
  const queues = queueSection({ databases: databases.map((db) => ({ ...db, sizes })), results: queueResults, repeat, command, loadStart });
  console.log(queues);
  if (!args.includes('--no-write')) writeSection('queues', queues, { before: '<!-- supervision:start -->' });
}
