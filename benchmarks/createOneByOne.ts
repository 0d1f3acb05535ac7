/**
 * Baseline for the synthetic generator: what a user would otherwise do, creating records one at
 * a time through Payload's Local API (every hook, validation and version). Prints records/s.
 */
import config from '@xxgk/cms/config';
import { prepareDatabase } from '@xxgk/cms/bootstrap';
import { seedDemo } from '@xxgk/seeds/demo';
import { collections } from '@xxgk/domain';
import { getPayload } from 'payload';

const count = Number(process.argv[2] ?? 1000);
const payload = await getPayload({ config });
await prepareDatabase(payload);
await seedDemo({ payload });
const [category] = (await payload.find({ collection: collections.checklistCategories, limit: 1 })).docs;
const [department] = (await payload.find({ collection: collections.departments, limit: 1 })).docs;
const started = performance.now();
for (let i = 0; i < count; i += 1) {
  await payload.create({
    collection: collections.disclosures,
    data: { title: `逐条创建的基准条目 ${i}`, category: category!.id, department: department!.id, formedAt: '2022-03-01', status: 'submitted' } as never,
  });
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ count, seconds, perSecond: count / seconds }));
await payload.destroy();
process.exit(0);
