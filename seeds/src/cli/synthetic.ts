/**
 * `npm run synthetic -w @xxgk/seeds -- --count 100000 --seed 42`: adds N deterministic
 * synthetic records to the database (seeding the demo institution first if it is empty).
 */
import config from '@xxgk/cms/config';
import { prepareDatabase } from '@xxgk/cms/bootstrap';
import { SingleBar, Presets } from 'cli-progress';
import { getPayload } from 'payload';
import { parseArgs } from 'node:util';
import { seedDemo } from '../demo/seedDemo';
import { analyzeAfterBulkLoad } from '../lib/bulkInsert';
import { generateSynthetic } from '../synthetic/generate';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, batch: { type: 'string', default: '5000' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000 || !Number.isInteger(seed)) {
  console.error('用法 / usage: npm run synthetic -w @xxgk/seeds -- --count <1..1000000> --seed <integer> [--batch <size>]');
  process.exit(2);
}

const payload = await getPayload({ config });
await prepareDatabase(payload);
await seedDemo({ payload });
const bar = new SingleBar({ format: '合成数据 {bar} {percentage}% | {value}/{total} 条 | {eta_formatted}', hideCursor: true }, Presets.shades_classic);
const started = Date.now();
bar.start(count, 0);
const written = await generateSynthetic({ payload, count, seed, batchSize: Number(values.batch), onProgress: (n) => bar.update(n) });
bar.stop();
await analyzeAfterBulkLoad(payload);
const seconds = (Date.now() - started) / 1000;
console.log(`Wrote ${written} synthetic records in ${seconds.toFixed(1)} s (${Math.round(written / seconds)} records/s).`);
await payload.destroy();
process.exit(0);
