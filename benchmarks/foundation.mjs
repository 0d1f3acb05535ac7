// Foundation benchmarks: bulk synthetic generation vs one-by-one Local API creates, CMS start-up
// time and memory. Writes a section of BENCHMARKS.md. Usage: node benchmarks/foundation.mjs [--million]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { nodeEnv, root, startCmsServer, waitForHttp } from '../scripts/lib.mjs';

const sizes = process.argv.includes('--million') ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
const freshEnv = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-bench-'));
  return { dir, env: nodeEnv({ DATABASE_URL: `file:${dir}/bench.db`, DATA_DIR: dir, UPLOAD_DIR: `${dir}/uploads` }) };
};

/** Runs a command under GNU time; returns wall seconds, peak RSS (MB) and stdout. */
const measure = (args, env) => {
  const started = Date.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds: (Date.now() - started) / 1000, peakMb: Math.round(peakKb / 1024), stdout: result.stdout };
};

const rows = [];
for (const count of sizes) {
  const { dir, env } = freshEnv();
  measure(['npm', 'run', '--silent', 'demo', '-w', '@xxgk/seeds'], env);
  const run = measure(['npx', 'tsx', 'seeds/src/cli/synthetic.ts', '--count', String(count), '--seed', '42'], env);
  const line = run.stdout.split('\n').find((l) => l.startsWith('Wrote'));
  const seconds = Number(/in ([\d.]+) s/.exec(line)[1]);
  rows.push({ method: 'bulk generator (seeds/src/synthetic)', count, seconds, perSecond: Math.round(count / seconds), peakMb: run.peakMb });
  rmSync(dir, { recursive: true, force: true });
}
{
  const { dir, env } = freshEnv();
  const run = measure(['npx', 'tsx', 'benchmarks/createOneByOne.ts', '2000'], env);
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
  rows.push({ method: 'baseline: Payload Local API, one create per record', count: result.count, seconds: result.seconds, perSecond: Math.round(result.perSecond), peakMb: run.peakMb });
  rmSync(dir, { recursive: true, force: true });
}

// CMS: time from start (its server) to a served admin page, and resident memory after some requests.
const { dir, env } = freshEnv();
spawnSync('npm', ['run', '--silent', 'demo', '-w', '@xxgk/seeds'], { cwd: root, env, stdio: 'ignore' });
const port = 3900;
const started = Date.now();
const cms = startCmsServer({ port, env, stdio: 'ignore' });
await waitForHttp(`http://127.0.0.1:${port}/admin/login`);
const readySeconds = (Date.now() - started) / 1000;
// The CMS API is for signed-in staff: read 50 pages of records as the demo reviewer.
const signIn = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: 'Review#2022' }),
});
const staff = { authorization: `JWT ${(await signIn.json()).token}` };
for (let i = 0; i < 50; i += 1) await fetch(`http://127.0.0.1:${port}/api/disclosures?limit=20&depth=1&page=${i + 1}`, { headers: staff }).then((r) => r.arrayBuffer());
await fetch(`http://127.0.0.1:${port}/admin/login`).then((r) => r.arrayBuffer());
const treeRssMb = (pid) => {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  return own + children.reduce((sum, child) => sum + treeRssMb(child), 0);
};
const cmsRss = Math.round(treeRssMb(cms.pid));
cms.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
const section = `<!-- foundation:start -->
## Foundation (issue: monorepo, content model, seeds)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, with \`node benchmarks/foundation.mjs${sizes.length > 2 ? ' --million' : ''}\`.

### Synthetic records into SQLite

| method | records | seconds | records/s | peak RSS (MB) |
|---|---:|---:|---:|---:|
${rows.map((r) => `| ${r.method} | ${r.count.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.perSecond.toLocaleString('en')} | ${r.peakMb} |`).join('\n')}

The bulk generator writes multi-row INSERTs through Payload's own Drizzle tables, one
transaction per batch of 5,000, after checking every row with the same rules as the CMS.
The baseline is what a user would otherwise do: one Local API \`create\` per record (all
hooks, validation and a version row each).

### CMS (\`next start\`, demo database)

| measure | value |
|---|---:|
| time from \`next start\` to the admin login page answering | ${readySeconds.toFixed(1)} s |
| resident memory of the CMS process tree after 50 REST list requests and an admin page | ${cmsRss} MB |
<!-- foundation:end -->`;

const file = path.join(root, 'BENCHMARKS.md');
let text;
try {
  text = readFileSync(file, 'utf8');
} catch {
  text = '# Benchmarks\n\nEach section is written by the script it names; rerun the script to refresh it.\n';
}
text = text.includes('<!-- foundation:start -->')
  ? text.replace(/<!-- foundation:start -->[\s\S]*<!-- foundation:end -->/, section)
  : `${text.trimEnd()}\n\n${section}\n`;
writeFileSync(file, text);
console.log(section);
