/**
 * `npm run synthetic -w @xxgk/seeds -- --count 100000 --seed 42 [--cases 1000]`: adds N
 * deterministic synthetic records to the database (seeding the demo institution first if it is
 * empty), and applications for disclosure with their feedback: `--cases` of them, by default one
 * per hundred records (`--count 0 --cases N` adds cases only).
 */
import config from '@xxgk/cms/config';
import { prepareDatabase } from '@xxgk/cms/bootstrap';
import { SingleBar, Presets } from 'cli-progress';
import { getPayload } from 'payload';
import { parseArgs } from 'node:util';
import { seedDemo } from '../demo/seedDemo';
import { analyzeAfterBulkLoad } from '../lib/bulkInsert';
import { generateSyntheticCases } from '../synthetic/cases';
import { generateSynthetic } from '../synthetic/generate';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, batch: { type: 'string', default: '5000' }, cases: { type: 'string' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
const cases = values.cases === undefined ? Math.round(count / 100) : Number(values.cases);
if (!Number.isInteger(count) || count < 0 || count > 1_000_000 || !Number.isInteger(seed) || !Number.isInteger(cases) || cases < 0 || cases > 100_000 || count + cases === 0) {
  console.error('用法 / usage: npm run synthetic -w @xxgk/seeds -- --count <0..1000000> --seed <integer> [--batch <size>] [--cases <0..100000>]');
  process.exit(2);
}

const payload = await getPayload({ config });
await prepareDatabase(payload);
await seedDemo({ payload });
const started = Date.now();
if (count > 0) {
  const bar = new SingleBar({ format: '合成数据 {bar} {percentage}% | {value}/{total} 条 | {eta_formatted}', hideCursor: true }, Presets.shades_classic);
  bar.start(count, 0);
  const written = await generateSynthetic({ payload, count, seed, batchSize: Number(values.batch), onProgress: (n) => bar.update(n) });
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(`Wrote ${written} synthetic records in ${seconds.toFixed(1)} s (${Math.round(written / seconds)} records/s).`);
}
if (cases > 0) {
  const casesStarted = Date.now();
  const written = await generateSyntheticCases({ payload, count: cases, seed });
  console.log(`Wrote ${written.cases} synthetic applications and ${written.feedback} feedback in ${((Date.now() - casesStarted) / 1000).toFixed(1)} s.`);
}
await analyzeAfterBulkLoad(payload);
await payload.destroy();
process.exit(0);
