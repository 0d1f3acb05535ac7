// SQLite and MongoDB side by side: demo seed and synthetic generation times, the gateway's public
// queries at 100,000 records, and the in-process cost of the statistics store (the data-version
// check dataSignature() and one academic year's summarize()), on SQLite (libsql) and on the
// MongoDB-wire test server (DocumentDB on PostgreSQL) from the kit MONGO_WIRE_KIT names (as for npm test: docs/TESTING.md).
// Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/databases.mjs [--count 100000] [--seconds 10] [--repeat 2] [--signatures 200] [--summaries 20]
//        [--instance bench] [--no-write]
// The MongoDB-wire instance (default "bench") is started here and stopped (and deleted) at the end;
// its start/stop scripts must run as root.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEnv, root, startGatewayServer, stopServer, waitForHttp } from '../scripts/lib.mjs';
import { gatewayScenarios, load, machineLine, rssMb, uncached, writeSection } from './lib/gatewayBench.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const count = Number(option('count', '100000'));
const seconds = Number(option('seconds', '10'));
const repeat = Number(option('repeat', '2'));
const signatureCalls = Number(option('signatures', '200'));
const summaryCalls = Number(option('summaries', '20'));
const instance = option('instance', 'bench');
const kit = process.env.MONGO_WIRE_KIT;
if (!kit) {
  console.error('Set MONGO_WIRE_KIT to the MongoDB-wire test server kit (see docs/TESTING.md).');
  process.exit(2);
}
const wireHome = process.env.MONGO_WIRE_HOME ?? '/var/tmp/mongo-wire';
const connections = 20;
// Cells whose runs differ in throughput by more than this factor get another pass (up to two more).
const noisy = 1.25;
const command = `node benchmarks/databases.mjs${args.length ? ` ${args.join(' ')}` : ''}`;
if (![count, seconds, repeat, signatureCalls, summaryCalls].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('usage: node benchmarks/databases.mjs [--count N] [--seconds S] [--repeat R] [--signatures N] [--summaries N] [--instance NAME] [--no-write]');
  process.exit(2);
}

// --- the MongoDB-wire server ------------------------------------------------------------------
const stopMongo = () => spawnSync('bash', [path.join(kit, 'stop.sh'), instance], { stdio: 'inherit' });
const started = spawnSync('bash', [path.join(kit, 'start.sh'), instance], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const mongoBase = /^MONGODB_URL=(.*)$/m.exec(started.stdout ?? '')?.[1];
if (started.status !== 0 || !mongoBase) {
  console.error(`✗ could not start the MongoDB-wire instance "${instance}" (bash ${kit}/start.sh ${instance}).`);
  process.exit(1);
}
const gateways = [];
process.on('exit', () => {
  for (const gateway of gateways) if (gateway.exitCode === null) stopServer(gateway);
  stopMongo();
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const pgPort = /PG_PORT=(\d+)/.exec(readFileSync(path.join(wireHome, instance, 'ports'), 'utf8'))?.[1];
const psql = (sqlText) => spawnSync('psql', ['-h', '127.0.0.1', '-p', pgPort, '-U', 'postgres', '-d', 'postgres', '-Atc', sqlText], { encoding: 'utf8' }).stdout.trim();
const documentDbVersion = psql("SELECT extversion FROM pg_extension WHERE extname = 'documentdb'");
const postgresVersion = psql('SHOW server_version').replace(/\s*\(.*\)$/, '');
/** Database `name` on the server (users live in admin: see mongoDatabaseUrl in tests/support/payload.ts). */
const mongoDatabaseUrl = (name) => {
  const url = new URL(mongoBase);
  url.pathname = `/${name}`;
  if (url.username && !url.searchParams.has('authSource')) url.searchParams.set('authSource', 'admin');
  return url.href;
};

// --- CPU used by other people's processes during a measurement ---------------------------------
// Busy ticks of the whole machine minus those of our processes (this one and its descendants, the
// MongoDB-wire instance's PostgreSQL and gateway with theirs), over the elapsed time: how many
// cores something else (another engineer's tests) took while we measured.
const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
const readPid = (file) => Number(readFileSync(path.join(wireHome, instance, file), 'utf8').trim());
const ownRoots = [process.pid, readPid('postgres.pid'), readPid('gateway.pid')];
const cpuSnapshot = () => {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields; // not idle, iowait, nor guest (counted in user)
  const busy = user + nice + system + irq + softirq + steal;
  const processes = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime + cutime + cstime: a process's own time and that of the children it reaped.
      processes.set(Number(entry), { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]) });
    } catch {
      // gone
    }
  }
  const ours = new Set(ownRoots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, { ppid }] of processes) if (!ours.has(pid) && ours.has(ppid)) ours.add(pid), (grew = true);
  }
  const own = [...ours].reduce((sum, pid) => sum + (processes.get(pid)?.ticks ?? 0), 0);
  return { at: performance.now(), busy, own };
};
/**
 * Cores used by others between two snapshots. Our processes that ended in between were reaped by
 * one of ours, whose cumulative children's time then holds theirs, so the difference of the sums is ours.
 */
const foreignCores = (before, after) =>
  Math.max(0, after.busy - before.busy - (after.own - before.own)) / ticksPerSecond / ((after.at - before.at) / 1000);
const measured = async (task) => {
  const before = cpuSnapshot();
  const result = await task();
  return { ...result, otherCores: foreignCores(before, cpuSnapshot()) };
};

// --- steps -------------------------------------------------------------------------------------
const runTimed = (label, commandArgs, env) => {
  const before = cpuSnapshot();
  const startedAt = performance.now();
  const result = spawnSync(commandArgs[0], commandArgs.slice(1), { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - startedAt) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(output);
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
  const otherCores = foreignCores(before, cpuSnapshot());
  console.log(`✓ ${label}: ${wall.toFixed(1)} s (other load ${otherCores.toFixed(2)} cores)`);
  return { wall, output, otherCores };
};

const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
/** dataSignature(), summarize() and the cheapest round trip, timed in a process of their own. */
const storeTimings = (db) => {
  const timing = runTimed(
    `${db.label}: dataSignature() ×${signatureCalls}, summarize() ×${summaryCalls}`,
    [process.execPath, tsx, 'benchmarks/storeTimings.ts', '--signatures', String(signatureCalls), '--summaries', String(summaryCalls)],
    db.env,
  );
  const result = { ...JSON.parse(timing.output.split('\n').findLast((line) => line.startsWith('{"database"'))), otherCores: timing.otherCores };
  console.log(JSON.stringify(result));
  return result;
};

const databases = [
  { key: 'sqlite', label: 'SQLite', url: (dir) => `file:${path.join(dir, 'bench.db')}` },
  { key: 'mongodb', label: 'MongoDB wire (DocumentDB)', url: () => mongoDatabaseUrl(`xxgk_bench_${Date.now()}`) },
];
const seeding = {};
const store = {};
const answers = {};

for (const [index, db] of databases.entries()) {
  const dir = mkdtempSync(path.join(tmpdir(), `xxgk-db-bench-${db.key}-`));
  db.dir = dir;
  db.port = 4921 + index;
  db.env = nodeEnv({ DATABASE_URL: db.url(dir), DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads'), GATEWAY_RATE_LIMIT_PER_MINUTE: '100000000' });
  // 1. The demo seed on a new database, then the synthetic records on top of it (the generator
  //    seeds the demo only into an empty database, so it adds exactly `count` records here).
  const demo = runTimed(`${db.label}: npm run demo`, ['npm', 'run', 'demo', '-w', '@xxgk/seeds'], db.env);
  const demoLine = /Demo institution seeded: (\d+) hand-written and (\d+) generated records \(([\d.]+) s\)/.exec(demo.output);
  if (!demoLine) throw new Error(`${db.label}: the demo seed did not say what it seeded:\n${demo.output}`);
  const synthetic = runTimed(`${db.label}: ${count.toLocaleString('en')} synthetic records`, ['npm', 'run', 'synthetic', '-w', '@xxgk/seeds', '--', '--count', String(count), '--seed', '42'], db.env);
  const syntheticLine = /Wrote (\d+) synthetic records in ([\d.]+) s \((\d+) records\/s\)/.exec(synthetic.output);
  if (!syntheticLine) throw new Error(`${db.label}: the generator did not report its time:\n${synthetic.output}`);
  seeding[db.key] = {
    demoWall: demo.wall,
    demoOwn: Number(demoLine[3]),
    demoRecords: Number(demoLine[1]) + Number(demoLine[2]),
    demoOther: demo.otherCores,
    syntheticWall: synthetic.wall,
    syntheticOwn: Number(syntheticLine[2]),
    syntheticRate: Number(syntheticLine[3]),
    syntheticRecords: Number(syntheticLine[1]),
    syntheticOther: synthetic.otherCores,
  };

  // 3. The statistics store in-process, before any gateway runs on the database (and again after them).
  store[db.key] = [storeTimings(db)];
}

// 2. The gateway, on one database at a time (a second gateway's freshness checks would load the
//    machine): a session per database, and passes that alternate the order (SQLite first, then
//    MongoDB first, …). In each session, per query: single uncached requests (p50/p99), autocannon
//    with every request unique (nothing from the response cache: each one goes to the database)
//    while /health is probed every 250 ms (is the gateway still responsive?), then autocannon with one
//    repeated query (the response cache answers). After each run the benchmark waits until the
//    gateway (and the database's processes) are back to their idle CPU: requests whose clients gave up
//    are still worked on, and would otherwise slow the next run.
const gatewayUrl = (db) => `http://127.0.0.1:${db.port}/graphql`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const ownCores = async (ms = 1000) => {
  const before = cpuSnapshot();
  await sleep(ms);
  const after = cpuSnapshot();
  return (after.own - before.own) / ticksPerSecond / ((after.at - before.at) / 1000);
};
/** Seconds until our processes are back to `idle` cores (+0.15), at most 120. */
const settle = async (idle) => {
  const startedAt = performance.now();
  while (performance.now() - startedAt < 120_000 && (await ownCores()) > idle + 0.15);
  return (performance.now() - startedAt) / 1000;
};

/** One request, to check that the answer has no errors, and to compare the two databases' answers. */
const answer = async (db, query) => {
  const response = await fetch(gatewayUrl(db), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${db.label}: ${JSON.stringify(body.errors)} for ${query}`);
  const data = Object.values(body.data)[0];
  return data.totalCount ?? data.total;
};

/** /health latencies every 250 ms until `stop()`; returns p50/p99/max. */
const probeHealth = (db) => {
  const times = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const startedAt = performance.now();
      try {
        await (await fetch(`http://127.0.0.1:${db.port}/health`, { signal: AbortSignal.timeout(30_000) })).text();
      } catch {
        // counted as its time
      }
      times.push(performance.now() - startedAt);
      await sleep(250);
    }
  })();
  return async () => {
    running = false;
    await done;
    times.sort((a, b) => a - b);
    return { p50: times[Math.floor(times.length / 2)] ?? 0, p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] ?? 0 };
  };
};

const emptyCell = () => Object.fromEntries(databases.map((db) => [db.key, []]));
const rows = gatewayScenarios.map(([name, query]) => ({ name, query, single: emptyCell(), modes: { unique: emptyCell(), warm: emptyCell() } }));
for (const db of databases) Object.assign(db, { idle: [], drains: {} });

/** One gateway session on `db`: the cells `wanted(row)` returns ('single', 'unique', 'warm'), for every query. */
const session = async (db, wanted) => {
  const gateway = startGatewayServer({ port: db.port, env: db.env, stdio: 'ignore' });
  gateways.push(gateway);
  await waitForHttp(`http://127.0.0.1:${db.port}/health`);
  for (const row of rows) answers[`${db.key} ${row.name}`] ??= await answer(db, row.query);
  await sleep(2000);
  const idle = await ownCores(3000);
  db.idle.push(idle);
  console.log(`${db.label}: gateway up, idle ${idle.toFixed(2)} cores (its freshness checks and the database's share of them)`);
  for (const row of rows) {
    const cells = wanted(row);
    if (cells.includes('single')) {
      await settle(idle);
      row.single[db.key].push(await measured(() => uncached(gatewayUrl(db), row.query, {}, 21)));
    }
    for (const mode of ['unique', 'warm'].filter((m) => cells.includes(m))) {
      await settle(idle);
      const stopProbe = probeHealth(db);
      const result = await measured(async () => {
        const r = await load(gatewayUrl(db), row.query, { connections, seconds, unique: mode === 'unique', countErrors: true });
        return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.graphqlErrors };
      });
      result.health = await stopProbe();
      result.drain = await settle(idle);
      if (mode === 'unique') db.drains[row.name] = Math.max(db.drains[row.name] ?? 0, result.drain);
      row.modes[mode][db.key].push(result);
      console.log(
        `${row.name} [${mode}] ${db.label}: ${Math.round(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, /health p99 ${result.health.p99.toFixed(0)} ms, busy ${result.drain.toFixed(0)} s after, other load ${result.otherCores.toFixed(2)} cores`,
      );
    }
  }
  db.rss = rssMb(gateway.pid);
  stopServer(gateway);
  await new Promise((resolve) => (gateway.exitCode === null ? gateway.once('exit', resolve) : resolve()));
};

const all = () => ['single', 'unique', 'warm'];
for (let pass = 0; pass < repeat; pass += 1) {
  for (const db of pass % 2 === 0 ? databases : [...databases].reverse()) await session(db, all);
}
// Cells whose runs differ by more than `noisy` get up to two more passes.
const noisyModes = (row) =>
  ['unique', 'warm'].filter((mode) =>
    databases.some((db) => {
      const rates = row.modes[mode][db.key].map((r) => r.rps);
      return Math.max(...rates) > noisy * Math.min(...rates);
    }),
  );
const extraPasses = [];
for (let extra = 0; extra < 2 && rows.some((row) => noisyModes(row).length > 0); extra += 1) {
  extraPasses.push(rows.filter((row) => noisyModes(row).length > 0).map((row) => `${row.name.slice(0, 3)} ${noisyModes(row).join('+')}`).join(', '));
  console.log(`runs differ by more than ${Math.round((noisy - 1) * 100)} %: another pass for ${extraPasses.at(-1)}`);
  const wanted = new Map(rows.map((row) => [row, noisyModes(row)]));
  for (const db of (repeat + extra) % 2 === 0 ? databases : [...databases].reverse()) await session(db, (row) => wanted.get(row));
}
// 3, again: the store timings a second time on each database, now that the machine's load may differ.
for (const db of databases) store[db.key].push(storeTimings(db));
for (const db of databases) rmSync(db.dir, { recursive: true, force: true });

// --- the section ---------------------------------------------------------------------------------
const [sqlite, mongodb] = databases.map((db) => db.key);
const ms = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const int = (n) => Math.round(n).toLocaleString('en');
const s = (n) => `${n.toFixed(1)} s`;
/** The run with the highest throughput (the least disturbed by other load), and all runs' figures. */
const best = (runs) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));
const spread = (runs) => runs.map((r) => int(r.rps)).join(' / ');
const maxOther = (runs) => Math.max(...runs.map((r) => r.otherCores));
const allOther = [
  ...Object.values(seeding).flatMap((x) => [x.demoOther, x.syntheticOther]),
  ...Object.values(store).flat().map((x) => x.otherCores),
  ...rows.flatMap((row) => [...Object.values(row.single).flat(), ...Object.values(row.modes).flatMap((m) => Object.values(m).flat())].map((x) => x.otherCores)),
];

const seedTable = [
  `| demo seed on a new database (\`npm run demo -w @xxgk/seeds\`), whole command | ${s(seeding[sqlite].demoWall)} | ${s(seeding[mongodb].demoWall)} |`,
  `| … of which the seed itself, as it reports (${int(seeding[sqlite].demoRecords)} records) | ${s(seeding[sqlite].demoOwn)} | ${s(seeding[mongodb].demoOwn)} |`,
  `| ${int(count)} synthetic records (\`npm run synthetic -w @xxgk/seeds -- --count ${count} --seed 42\`), whole command | ${s(seeding[sqlite].syntheticWall)} | ${s(seeding[mongodb].syntheticWall)} |`,
  `| … of which generation, as it reports (records/s) | ${s(seeding[sqlite].syntheticOwn)} (${int(seeding[sqlite].syntheticRate)}/s) | ${s(seeding[mongodb].syntheticOwn)} (${int(seeding[mongodb].syntheticRate)}/s) |`,
  `| other load during these steps (cores, max) | ${Math.max(seeding[sqlite].demoOther, seeding[sqlite].syntheticOther).toFixed(2)} | ${Math.max(seeding[mongodb].demoOther, seeding[mongodb].syntheticOther).toFixed(2)} |`,
].join('\n');

const modeLabel = { unique: 'uncached under load', warm: 'warm (response cache)' };
/** The single-request measurement with the lowest median (the least disturbed). */
const bestSingle = (runs) => runs.reduce((a, b) => (b.p50 < a.p50 ? b : a));
const queryTable = rows
  .flatMap((row) => {
    const [a, b] = [bestSingle(row.single[sqlite]), bestSingle(row.single[mongodb])];
    return [
      `| ${row.name} | single uncached requests, one at a time (p50 / p99 of 21) | | ${ms(a.p50)} | ${ms(a.p99)} | | | ${ms(b.p50)} | ${ms(b.p99)} | | ${Math.max(a.otherCores, b.otherCores).toFixed(2)} | |`,
      ...['unique', 'warm'].map((mode) => {
        const [runsA, runsB] = [row.modes[mode][sqlite], row.modes[mode][mongodb]];
        const [x, y] = [best(runsA), best(runsB)];
        return `| ${row.name} | ${modeLabel[mode]} | ${int(x.rps)} | ${x.p50} | ${x.p99} | ${ms(x.health.p99)} | ${int(y.rps)} | ${y.p50} | ${y.p99} | ${ms(y.health.p99)} | ${Math.max(x.otherCores, y.otherCores).toFixed(2)} | ${spread(runsA)} ‖ ${spread(runsB)} |`;
      }),
    ];
  })
  .join('\n');
const drains = rows.map((row) => `${row.name.slice(0, 3)} ${databases.map((db) => `${Math.round(db.drains[row.name])} s`).join(' / ')}`).join(', ');
const idleLine = databases.map((db) => `${db.label} ${db.idle.map((n) => n.toFixed(2)).join(' / ')}`).join('; ');
const errorList = rows.flatMap((row) =>
  ['unique', 'warm'].flatMap((mode) =>
    databases
      .map((db) => [db, row.modes[mode][db.key].reduce((n, r) => n + r.errors, 0)])
      .filter(([, n]) => n > 0)
      .map(([db, n]) => `${row.name.slice(0, 3)} ${modeLabel[mode]} on ${db.label}: ${n}`),
  ),
);
const errors = errorList.length ? errorList.join('; ') : 'none';
const answerLine = gatewayScenarios
  .map(([name]) => `${name.slice(0, 3)} ${answers[`${sqlite} ${name}`]}${answers[`${sqlite} ${name}`] === answers[`${mongodb} ${name}`] ? '' : ` (MongoDB: ${answers[`${mongodb} ${name}`]})`}`)
  .join(', ');

/** Per call, the timing run with the lower mean (the less disturbed of the two), and the other run's mean. */
const storeCell = (runs, key) => {
  const [better, other] = [...runs].sort((a, b) => a[key].mean - b[key].mean);
  return `${ms(better[key].mean)} / ${ms(better[key].p50)} / ${ms(better[key].p99)} (other run: ${ms(other[key].mean)})`;
};
const storeRow = (label, key, calls) => `| ${label} ×${calls} | ${storeCell(store[sqlite], key)} | ${storeCell(store[mongodb], key)} |`;
const freshnessMs = 250;
const checkShare = (runs) => `${((Math.min(...runs.map((r) => r.signature.mean)) / freshnessMs) * 100).toFixed(1)} %`;
const storeTable = [
  storeRow('the cheapest round trip (`ping` on MongoDB, `SELECT 1` on SQLite)', 'ping', signatureCalls),
  storeRow('`dataSignature()` (data-version check), one after another', 'signature', signatureCalls),
  storeRow('`summarize()` for 2021-2022', 'summary', summaryCalls),
  `| check time ÷ the default \`GATEWAY_FRESHNESS_MS\` (${freshnessMs} ms): the share of the time one gateway spends checking | ${checkShare(store[sqlite])} | ${checkShare(store[mongodb])} |`,
  `| other load during the two timing runs (cores) | ${store[sqlite].map((r) => r.otherCores.toFixed(2)).join(' / ')} | ${store[mongodb].map((r) => r.otherCores.toFixed(2)).join(' / ')} |`,
].join('\n');

const section = `<!-- databases:start -->
## SQLite and MongoDB side by side (issue: MongoDB and several instances)

Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}, load average at the end ${loadavg().map((n) => n.toFixed(1)).join(' / ')}, with
\`${command}\` (one run of one script). Databases: **${store[sqlite][0].engine}**, in the gateway's process;
**DocumentDB ${documentDbVersion} on PostgreSQL ${postgresVersion}** behind DocumentDB's MongoDB-wire gateway (reports ${store[mongodb][0].engine.replace(/^MongoDB wire \(|\)$/g, '')}),
the MongoDB-wire test server (\`MONGO_WIRE_KIT\`, fsync off), Payload's \`@payloadcms/db-mongodb\` (mongoose). Everything — databases,
gateways, the load generator — runs on this one machine, which another engineer was using at the same time: the
"other load" columns give how many cores processes other than this benchmark's took during each measurement
(machine busy time minus ours, from \`/proc\`).

**Seeding** (each database new; the synthetic records go on top of the demo institution):

| step | SQLite | MongoDB wire |
|---|---:|---:|
${seedTable}

**Gateway queries at ${int(count)} synthetic records** (plus the demo institution; the same queries as \`benchmarks/gateway.mjs\`),
the gateway started by \`startGatewayServer\` (as \`npm start\` runs it) on one database at a time, autocannon ${connections} connections × ${seconds} s per run.
${repeat} pass${repeat === 1 ? "" : "es"} over both databases in alternating order${extraPasses.length ? `, then ${extraPasses.length} more for the cells whose runs differed by more than ${Math.round((noisy - 1) * 100)} % (${extraPasses.join('; ')})` : ` (no cell's runs differed by more than ${Math.round((noisy - 1) * 100)} %)`};
the table shows the run with the highest throughput (the least disturbed one; for single requests, the lowest median), the last
column every run's req/s (SQLite ‖ MongoDB). "Uncached under load": every request carries a fresh alias, so each one is
answered by the database; "warm": the same query repeated, answered by the response cache after the first.
\`/health\` p99: latency of a request to the gateway's health check (no database) sent every 250 ms during the run —
how responsive the gateway process stays. After each run the benchmark waits until the processes are back to idle.

| query | mode | SQLite req/s | p50 ms | p99 ms | \`/health\` p99 ms | MongoDB req/s | p50 ms | p99 ms | \`/health\` p99 ms | other load (cores) | all runs, req/s |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${queryTable}

Errors over all runs (failed requests, timeouts, non-2xx answers, answers with GraphQL errors): ${errors}. Answers (totalCount / total) agree on both databases: ${answerLine}.
Time the gateway and its database went on working after an "uncached under load" run had ended (requests whose clients
had gone; max over runs, SQLite / MongoDB): ${drains}. CPU of an idle gateway with its database, per session (freshness
checks every 250 ms): ${idleLine} cores. Gateway memory (RSS) at the end of its last session: SQLite ${Math.round(databases[0].rss)} MB,
MongoDB ${Math.round(databases[1].rss)} MB.

**The statistics store in-process** (\`benchmarks/storeTimings.ts\`: Payload booted on the database, \`createStatistics(payload)\`,
calls made one after another after 20 warm-up calls; no HTTP, no GraphQL; mean / p50 / p99 ms), at ${int(store[sqlite][0].records)} records (SQLite) and ${int(store[mongodb][0].records)} (MongoDB), best of two timing runs (one before the gateway sessions, one after):

| call | SQLite mean / p50 / p99 ms | MongoDB mean / p50 / p99 ms |
|---|---:|---:|
${storeTable}

Most other load measured during any step: ${Math.max(...allOther).toFixed(2)} cores (of 2).
<!-- databases:end -->`;

console.log(section);
if (!args.includes('--no-write')) writeSection('databases', section, { before: '<!-- mutation:start -->' });
process.exit(0);
