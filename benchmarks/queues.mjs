// The workbench dashboard at scale: server time of the reviewer's and an editor's queues (and the
// editor's items falling due), warm, on SQLite — and on MongoDB when MONGO_WIRE_KIT names the
// MongoDB-wire test server kit — at 100,000 and 1,000,000 records. Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/queues.mjs [--repeat 20] [--sizes 100000,1000000] [--mongo-sizes 100000] [--no-write]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEnv, root } from '../scripts/lib.mjs';
import { machineLine, writeSection } from './lib/gatewayBench.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const repeat = Number(option('repeat', '20'));
const sizes = option('sizes', '100000,1000000').split(',').map(Number);
const mongoSizes = option('mongo-sizes', '100000').split(',').map(Number);
const kit = process.env.MONGO_WIRE_KIT;
const command = `node benchmarks/queues.mjs${args.length ? ` ${args.join(' ')}` : ''}${kit ? ' (MONGO_WIRE_KIT set)' : ''}`;
const loadStart = loadavg();

const databases = [{ key: 'sqlite', label: 'SQLite', sizes, url: (dir) => `file:${path.join(dir, 'bench.db')}` }];
let stopMongo = () => {};
if (kit) {
  const started = spawnSync('bash', [path.join(kit, 'start.sh'), 'bench-queues'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const base = /^MONGODB_URL=(.*)$/m.exec(started.stdout ?? '')?.[1];
  if (!base) throw new Error('could not start the MongoDB-wire instance');
  stopMongo = () => spawnSync('bash', [path.join(kit, 'stop.sh'), 'bench-queues'], { stdio: 'inherit' });
  const url = new URL(base);
  url.pathname = `/xxgk_queues_${Date.now()}`;
  if (url.username && !url.searchParams.has('authSource')) url.searchParams.set('authSource', 'admin');
  databases.push({ key: 'mongodb', label: 'MongoDB wire (DocumentDB)', sizes: mongoSizes, url: () => url.href });
}
process.on('exit', () => stopMongo());

const run = (label, commandArgs, env) => {
  const startedAt = performance.now();
  const result = spawnSync(commandArgs[0], commandArgs.slice(1), { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`✓ ${label}: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return result.stdout;
};

const results = {};
for (const db of databases) {
  const dir = mkdtempSync(path.join(tmpdir(), `xxgk-queues-bench-${db.key}-`));
  const env = nodeEnv({ DATABASE_URL: db.url(dir), DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads') });
  try {
    run(`${db.label}: npm run demo`, ['npm', 'run', 'demo', '-w', '@xxgk/seeds'], env);
    let written = 0;
    for (const [index, size] of db.sizes.entries()) {
      run(`${db.label}: ${(size - written).toLocaleString('en')} synthetic records`, ['npm', 'run', 'synthetic', '-w', '@xxgk/seeds', '--', '--count', String(size - written), '--seed', String(42 + index)], env);
      written = size;
      const out = run(`${db.label}: timings at ${size.toLocaleString('en')}`, [process.execPath, path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'benchmarks/queueTimings.ts', '--repeat', String(repeat)], env);
      const line = out.split('\n').findLast((text) => text.startsWith('{"database"'));
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
  ['reviewer: 5 queues with counts and first rows (`loadQueues`)', (r) => cell(r.reviewerQueues)],
  ['department editor: 3 queues (`loadQueues`)', (r) => cell(r.editorQueues)],
  ['department editor: items falling due (`loadDueItems`, supervision rules)', (r) => cell(r.editorDueItems)],
];
const section = `<!-- queues:start -->
## Workbench dashboard queues (issue: staff workbench)

Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}, load average ${loadStart.map((n) => n.toFixed(1)).join(' / ')} at the start and
${loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end, with \`${command}\`. Server time in-process (\`benchmarks/queueTimings.ts\`:
Payload booted on the database, the demo accounts' requests, 3 warm-up calls, then ${repeat} calls; mean / p50 / p99 ms; no HTTP or React).
Each queue is a count and its first five rows read with the user's own access; the editor's due items run the supervision store and rules
for the current academic year. Records: the demo institution plus synthetic records (${columns
  .map((column) => `${column.label}: ${(results[column.key]?.records ?? 0).toLocaleString('en')} records, ${results[column.key]?.awaitingReview ?? 0} awaiting review`)
  .join('; ')}). The alternative a user has today — building the filter by hand in the list — is the same query plus a page render.

| call | ${columns.map((column) => column.label).join(' | ')} |
|---|${columns.map(() => '---:').join('|')}|
${rows.map(([label, render]) => `| ${label} | ${columns.map((column) => (results[column.key] ? render(results[column.key]) : '—')).join(' | ')} |`).join('\n')}

Targets: < 300 ms at 100,000 records and < 1 s at 1,000,000 (server time, warm).
<!-- queues:end -->`;
console.log(section);
if (!args.includes('--no-write')) writeSection('queues', section, { before: '<!-- mutation:start -->' });
