// Public site benchmark: Lighthouse scores (Debian's chromium), page weight of the column home,
// and throughput / p99 under concurrent load with the site's server on 100,000 synthetic records.
// Writes its section of BENCHMARKS.md.
// Usage: node benchmarks/site.mjs [--count 100000] [--seconds 10]
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { chromiumPath, nodeEnv, root, startGatewayServer, startWebServer, stopServer, waitForHttp } from '../scripts/lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const count = option('--count', 100_000);
const seconds = option('--seconds', 10);
const connections = 20;
const web = 'http://127.0.0.1:3902';
const gatewayPort = 4902;

const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-site-bench-'));
const env = nodeEnv({
  DATABASE_URL: `file:${dir}/bench.db`,
  DATA_DIR: dir,
  UPLOAD_DIR: `${dir}/uploads`,
  GATEWAY_RATE_LIMIT_PER_MINUTE: '100000000',
  // One load generator is one visitor: lift the per-visitor search limit for the measurement.
  WEB_SEARCH_RATE_LIMIT_PER_MINUTE: '100000000',
  GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
  WEB_PUBLIC_URL: web,
});
const seeded = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'seeds/src/cli/synthetic.ts', '--count', String(count), '--seed', '42'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (seeded.status !== 0) throw new Error('seeding failed');
const gateway = startGatewayServer({ port: gatewayPort, env, stdio: 'ignore' });
const site = startWebServer({ port: 3902, env, stdio: 'ignore' });
await Promise.all([waitForHttp(`http://127.0.0.1:${gatewayPort}/health`), waitForHttp(`${web}/robots.txt`)]);

const graphql = async (query) =>
  (await (await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()).data;
const recordId = (await graphql('{ disclosures(first: 1, filter: { category: "finance" }) { edges { node { id } } } }')).disclosures.edges[0].node.id;
const year = (await graphql('{ academicYears { label publicRecordCount } }')).academicYears[0].label;
const pages = { 'column home': '/', 'record page': `/records/${encodeURIComponent(recordId)}`, 'statistics page': `/statistics/${year}` };
for (const page of Object.values(pages)) await fetch(`${web}${page}`); // first render, as after a publication

/** Bytes on the wire (gzip, as browsers ask) of the home page's HTML and every script and stylesheet it loads. */
const compressedSize = (url) => Number(spawnSync('curl', ['-s', '-o', '/dev/null', '--compressed', '-w', '%{size_download}', url], { encoding: 'utf8' }).stdout);
const html = await (await fetch(`${web}/`)).text();
const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]))];
const weight = { html: compressedSize(`${web}/`), js: 0, css: 0 };
for (const asset of assets) weight[asset.endsWith('.css') ? 'css' : 'js'] += compressedSize(`${web}${asset}`);
const totalKb = (weight.html + weight.js + weight.css) / 1024;

const load = (url) =>
  new Promise((resolve, reject) => autocannon({ url, connections, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result))));
const scenarios = [
  ['column home `/` (kept page, served with a fresh CSP nonce)', '/'],
  ['statistics page (kept page, fresh nonce; compressed per response)', pages['statistics page']],
  ['category page `/categories/finance` (kept page, fresh nonce)', '/categories/finance'],
  ['search `/search?q=…` (rendered per request: full text over 100,000 records)', `/search?q=${encodeURIComponent('通知')}&category=finance`],
];
const loadRows = [];
for (const [name, page] of scenarios) {
  const result = await load(`${web}${page}`);
  loadRows.push({ name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx });
  console.log(loadRows.at(-1));
}
const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${spawnSync('pgrep', ['-P', String(site.pid)], { encoding: 'utf8' }).stdout.trim().split('\n')[0] || site.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const scores = [];
for (const [name, page] of Object.entries(pages)) {
  const { lhr } = await lighthouse(`${web}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const score = (key) => Math.round((lhr.categories[key]?.score ?? 0) * 100);
  const failed = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
    .map((audit) => audit.id);
  scores.push({ name, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcp: lhr.audits['largest-contentful-paint'].displayValue, tbt: lhr.audits['total-blocking-time'].displayValue, cls: lhr.audits['cumulative-layout-shift'].displayValue, failed });
  console.log(scores.at(-1));
}
await chrome.kill();
stopServer(site);
stopServer(gateway);
await new Promise((resolve) => setTimeout(resolve, 1000));
rmSync(dir, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
const section = `<!-- site:start -->
## Public site (issue: public site)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, with \`node benchmarks/site.mjs\`: ${count.toLocaleString('en')}
synthetic records (\`--seed 42\`) plus the demo institution in SQLite; the gateway and the site (its server, \`apps/web/server.mjs\`)
run as separate processes on the machine that also generates the load.

**Lighthouse 12.2.3** (default mobile profile with simulated throttling, Debian's chromium ${spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^Chromium /, '')}):

| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |
|---|---:|---:|---:|---:|---:|---:|---:|
${scores.map((s) => `| ${s.name} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.lcp} | ${s.tbt} | ${s.cls} |`).join('\n')}

Binary audits that did not pass: ${scores.map((s) => `${s.name}: ${s.failed.join(', ') || 'none'}`).join('; ')}.

**Page weight of the column home** (gzip, as sent): HTML ${(weight.html / 1024).toFixed(1)} KB + JavaScript ${(weight.js / 1024).toFixed(1)} KB
(${assets.filter((a) => a.endsWith('.js')).length} files) + CSS ${(weight.css / 1024).toFixed(1)} KB = **${totalKb.toFixed(1)} KB** (budget 200 KB).

**Load** (autocannon, ${connections} connections, ${seconds} s per row). Each response carries its own CSP nonce, so Next renders every
request it sees; the site's server keeps rendered pages and serves them again with a fresh nonce until the data change
(\`apps/web/pageCache.mjs\`). Search is rendered per request, the cost every page would have without the page cache:

| page | req/s | p50 ms | p99 ms | errors |
|---|---:|---:|---:|---:|
${loadRows.map((r) => `| ${r.name} | ${r.rps.toLocaleString('en')} | ${r.p50} | ${r.p99} | ${r.errors} |`).join('\n')}

Site server memory (RSS) after the load: ${Math.round(rss)} MB.
<!-- site:end -->`;

const file = path.join(root, 'BENCHMARKS.md');
let text = readFileSync(file, 'utf8');
text = text.includes('<!-- site:start -->') ? text.replace(/<!-- site:start -->[\s\S]*<!-- site:end -->/, section) : `${text.trimEnd()}\n\n${section}\n`;
writeFileSync(file, text);
console.log(section);
process.exit(0);
