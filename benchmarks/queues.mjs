// The workbench dashboard at scale: server time of the reviewer's and an editor's queues (and the
// editor's items falling due), warm, on SQLite — and on MongoDB when MONGO_WIRE_KIT names the
// MongoDB-wire test server kit — at 100,000 and 1,000,000 records. Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/queues.mjs [--repeat 20] [--sizes 100000,1000000] [--mongo-sizes 100000] [--no-write]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEnv, root } from '../scripts/lib.mjs';
import { writeSection } from './lib/gatewayBench.mjs';
import { queueSection } from './lib/queueSection.mjs';

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

const section = queueSection({ databases, results, repeat, command, loadStart });
console.log(section);
if (!args.includes('--no-write')) writeSection('queues', section, { before: '<!-- mutation:start -->' });
