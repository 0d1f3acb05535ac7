// Helpers shared by the benchmark scripts that load the public gateway (gateway.mjs, databases.mjs):
// the public queries, an autocannon run, single uncached requests, process memory, the machine line
// and the writer of a BENCHMARKS.md section.
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/lib.mjs';

export const listQuery = '{ disclosures(first: 20, filter: { category: "finance" }) { totalCount edges { node { id indexNo title publishedAt department { name } } } } }';
export const statisticsQuery =
  '{ statistics(academicYear: "2021-2022") { total byChannel { channel { key } count } byCategory { category { code } count } byChecklistItem { checklistItem { code } count } byDepartment { department { code } count } byMonth { month count } coverage { coveredCount } } }';
export const textQuery = '{ disclosures(first: 20, filter: { text: "巡视整改" }) { totalCount edges { node { id title } } } }';
export const fullTextQuery = '{ disclosures(first: 20, filter: { fullText: "巡视整改" }) { totalCount edges { node { id title } } } }';

/** The gateway's public queries, as the rows of the tables name them. */
export const gatewayScenarios = [
  ['(a) category, first page of 20', listQuery],
  ['(b) statistics for an academic year', statisticsQuery],
  ['(c) text search (titles, index numbers)', textQuery],
  ['(d) full-text search (titles, index numbers, bodies)', fullTextQuery],
];

/** The same query made new (a fresh alias), so that the gateway's response cache cannot answer it. */
export const uniqueQuery = (query, tag) => query.replace('{ ', `{ q${tag}: `);

let uniqueCounter = 0;

/**
 * Load with autocannon: `connections` concurrent POSTs for `seconds`. With `unique`, every request
 * carries a fresh alias, so every one is computed by the database (nothing from the response cache).
 * With `countErrors`, answers that carry GraphQL errors (with status 200) are counted in
 * `result.graphqlErrors`, at the cost of reading every body.
 */
export const load = (url, query, { headers = {}, connections = 20, seconds = 10, unique = false, countErrors = false } = {}) =>
  new Promise((resolve, reject) => {
    let graphqlErrors = 0;
    const request = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) };
    if (unique) request.setupRequest = (r) => ({ ...r, body: JSON.stringify({ query: uniqueQuery(query, `${process.pid}x${(uniqueCounter += 1)}`) }) });
    if (countErrors) request.onResponse = (_status, body) => void (String(body).includes('"errors"') && (graphqlErrors += 1));
    const options = unique || countErrors ? { url, connections, duration: seconds, requests: [request] } : { url, connections, duration: seconds, ...request };
    autocannon(options, (error, result) => (error ? reject(error) : resolve(Object.assign(result, { graphqlErrors }))));
  });

/** Latency of single requests that cannot hit the cache (a unique alias makes each query new). */
export const uncached = async (url, query, headers = {}, count = 15) => {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: uniqueQuery(query, `${Date.now()}${i}`) }),
    });
    await response.text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)], samples: times.length };
};

/** Resident memory of a process and its children, in MB. */
export const rssMb = (pid) => {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
  let own = 0;
  try {
    own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    // process gone
  }
  return own + children.reduce((sum, child) => sum + rssMb(child), 0);
};

/** "2 × AMD EPYC …, 24 GiB, Node v20…" */
export const machineLine = () => `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;

/**
 * Writes `section` (which starts with `<!-- name:start -->` and ends with `<!-- name:end -->`) into
 * BENCHMARKS.md: in place of the previous one, else before the line `before` (when given and
 * present), else at the end.
 */
export const writeSection = (name, section, { before } = {}) => {
  const file = path.join(root, 'BENCHMARKS.md');
  let text = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (text.includes(start)) text = text.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => section);
  else if (before && text.includes(before)) text = text.replace(before, () => `${section}\n\n${before}`);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, text);
};
