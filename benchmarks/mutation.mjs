// Mutation testing (StrykerJS) of the access predicates, the disclosure lifecycle and public
// predicate, and the gateway's limits: how many deliberately broken versions of these rules the
// test suite notices. Not part of `npm test` (it takes tens of minutes). Writes its section of
// BENCHMARKS.md from Stryker's JSON reports.
// Usage: node benchmarks/mutation.mjs [--target=domain|access|limits] [--report-only]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Each target mutates one group of files and runs only the tests that guard it (stryker.config.mjs).
const targets = ['domain', 'access', 'limits'];
const minutesFile = path.join(root, 'reports/mutation/minutes.json');
const minutes = existsSync(minutesFile) ? JSON.parse(readFileSync(minutesFile, 'utf8')) : {};
const only = process.argv.find((arg) => arg.startsWith('--target='))?.slice('--target='.length);
for (const target of targets) {
  if (process.argv.includes('--report-only') || (only && only !== target)) continue;
  const started = Date.now();
  const result = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_TARGET: target, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' ') },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  minutes[target] = ((Date.now() - started) / 60_000).toFixed(0);
  writeFileSync(minutesFile, JSON.stringify(minutes));
}

const files = Object.assign({}, ...targets.map((target) => JSON.parse(readFileSync(path.join(root, `reports/mutation/${target}.json`), 'utf8')).files));
const rows = Object.entries(files).map(([file, { mutants }]) => {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
  const killed = count('Killed') + count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + survived + noCoverage;
  return { file: path.relative(root, path.resolve(root, file)), killed, survived, noCoverage, valid, mutants };
});
const total = rows.reduce((sum, row) => ({ killed: sum.killed + row.killed, valid: sum.valid + row.valid }), { killed: 0, valid: 0 });
const score = (killed, valid) => (valid ? ((100 * killed) / valid).toFixed(1) : '—');
const survivors = rows.flatMap((row) =>
  row.mutants
    .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
    .map((mutant) => `| \`${row.file}:${mutant.location.start.line}\` | ${mutant.mutatorName} | \`${String(mutant.replacement ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 80)}\` | ${mutant.status} |`),
);

const section = `<!-- mutation:start -->
## Mutation testing (issue: hardening)

\`node benchmarks/mutation.mjs\` (StrykerJS 9.6 with the vitest runner, \`stryker.config.mjs\`; tests in \`vitest.mutation.config.ts\`),
${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; minutes per target: ${targets.map((target) => `${target} ${minutes[target] ?? '?'}`).join(', ')}.
Score = killed (including timeouts) / all mutants that ran or had no test; goal ≥ 85 %.

| file | killed | survived | no coverage | score |
|---|---:|---:|---:|---:|
${rows.map((row) => `| \`${row.file}\` | ${row.killed} | ${row.survived} | ${row.noCoverage} | ${score(row.killed, row.valid)} % |`).join('\n')}
| **all** | **${total.killed}** | | | **${score(total.killed, total.valid)} %** |

Surviving mutants (judged below):

| where | mutator | replacement | status |
|---|---|---|---|
${survivors.join('\n')}
<!-- mutation:end -->`;

const file = path.join(root, 'BENCHMARKS.md');
let text = readFileSync(file, 'utf8');
text = text.includes('<!-- mutation:start -->') ? text.replace(/<!-- mutation:start -->[\s\S]*<!-- mutation:end -->/, section) : `${text.trimEnd()}\n\n${section}\n`;
writeFileSync(file, text);
console.log(section);
