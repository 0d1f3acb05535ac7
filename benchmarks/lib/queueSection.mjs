import { loadavg } from 'node:os';
import { machineLine } from './gatewayBench.mjs';

/**
 * The "Workbench dashboard queues" section of BENCHMARKS.md from queueTimings.ts results keyed
 * `database:size` (queues.mjs, and supervision.mjs --with-queues, which measures on the same
 * seeded databases).
 */
export const queueSection = ({ databases, results, repeat, command, loadStart }) => {
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
  return section;
};
