// Gateway benchmark: throughput and latency of the public GraphQL gateway against Payload's own
// /api/graphql (the baseline a user would otherwise pick), on 10k / 100k (/ 1M with --million)
// synthetic records in SQLite. Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/gateway.mjs [--million] [--seconds 10]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEnv, root, startCmsServer, startGatewayServer, waitForHttp } from '../scripts/lib.mjs';
import { gatewayScenarios, load as loadWith, machineLine, rssMb, uncached, writeSection } from './lib/gatewayBench.mjs';

const args = process.argv.slice(2);
const sizes = args.includes('--million') ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
// Only a value that follows --seconds counts (a bare --million once made the duration NaN).
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 10;
const connections = 20;

// Payload's own API is for signed-in staff (README): the baseline signs in and asks for the public records itself.
const baselineQuery = (categoryId) =>
  `{ Disclosures(where: { category: { equals: ${categoryId} }, status: { equals: published }, attribute: { equals: active }, audience: { equals: public } }, limit: 20, sort: "-publishedAt") { totalDocs docs { id indexNo title publishedAt department { name } } } }`;

const load = (url, query, headers = {}) => loadWith(url, query, { headers, connections, seconds });

const rows = [];
for (const size of sizes) {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-gw-bench-'));
  const env = nodeEnv({ DATABASE_URL: `file:${dir}/bench.db`, DATA_DIR: dir, UPLOAD_DIR: `${dir}/uploads`, GATEWAY_RATE_LIMIT_PER_MINUTE: '100000000' });
  const seed = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'seeds/src/cli/synthetic.ts', '--count', String(size), '--seed', '42'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (seed.status !== 0) throw new Error('seeding failed');
  const cms = startCmsServer({ port: 3901, env, stdio: 'ignore' });
  const gateway = startGatewayServer({ port: 4901, env, stdio: 'ignore' });
  await Promise.all([waitForHttp('http://127.0.0.1:3901/api/channels'), waitForHttp('http://127.0.0.1:4901/health')]);
  const gatewayUrl = 'http://127.0.0.1:4901/graphql';
  const financeId = (await (await fetch('http://127.0.0.1:3901/api/checklist-categories?where[code][equals]=finance')).json()).docs[0].id;
  const signIn = await fetch('http://127.0.0.1:3901/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: 'Review#2022' }),
  });
  const staff = { authorization: `JWT ${(await signIn.json()).token}` };

  const scenarios = [
    ...gatewayScenarios.map(([name, query]) => [name, gatewayUrl, query]),
    ['baseline: Payload /api/graphql (signed in), same category page', 'http://127.0.0.1:3901/api/graphql', baselineQuery(financeId), staff],
  ];
  for (const [name, url, query, headers = {}] of scenarios) {
    const cold = await uncached(url, query, headers);
    const result = await load(url, query, headers);
    rows.push({
      size,
      name,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
      coldP50: cold.p50,
      coldP99: cold.p99,
    });
    console.log(rows.at(-1));
  }
  rows.push({ size, name: 'gateway RSS after the load (MB)', rss: Math.round(rssMb(gateway.pid)) });
  cms.kill('SIGTERM');
  gateway.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  rmSync(dir, { recursive: true, force: true });
}

const machine = machineLine();
const table = rows
  .filter((r) => r.rps !== undefined)
  .map((r) => `| ${r.size.toLocaleString('en')} | ${r.name} | ${r.rps.toLocaleString('en')} | ${r.p50} | ${r.p99} | ${r.coldP50.toFixed(0)} | ${r.coldP99.toFixed(0)} | ${r.errors} |`)
  .join('\n');
const memory = rows.filter((r) => r.rss !== undefined).map((r) => `${r.size.toLocaleString('en')} records: ${r.rss} MB`).join('; ');
const ratio = sizes
  .map((size) => {
    const gateway = rows.find((r) => r.size === size && r.name.startsWith('(a)'));
    const baseline = rows.find((r) => r.size === size && r.name.startsWith('baseline'));
    return `${size.toLocaleString('en')}: ${(gateway.rps / Math.max(baseline.rps, 1)).toFixed(1)}×`;
  })
  .join('; ');
const section = `<!-- gateway:start -->
## Public GraphQL gateway (issue: gateway)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, with \`node benchmarks/gateway.mjs${sizes.length > 2 ? ' --million' : ''}\`:
synthetic records (\`--seed 42\`) plus the demo institution in SQLite; the CMS (\`next start\`) and the gateway run as
separate processes on the same machine as the load generator (autocannon, ${connections} connections, ${seconds} s per row).
"Warm" is under load, where repeated queries are served from the response cache; "uncached" is single requests each made
unique (a fresh alias) so that nothing is cached.

| records | query | req/s (warm) | p50 ms (warm) | p99 ms (warm) | p50 ms (uncached) | p99 ms (uncached) | errors |
|---:|---|---:|---:|---:|---:|---:|---:|
${table}

Gateway throughput on (a) relative to the baseline: ${ratio}. Gateway memory (RSS) after the load: ${memory}.
<!-- gateway:end -->`;

writeSection('gateway', section);
console.log(section);
process.exit(0);
