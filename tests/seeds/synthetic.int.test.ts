import { sql } from '@payloadcms/db-sqlite';
import { collections } from '@xxgk/domain';
import { seedDemo } from '@xxgk/seeds/demo';
import { generateSynthetic } from '@xxgk/seeds/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../support/payload';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
  await seedDemo({ payload: cms.payload });
});
afterAll(async () => cms?.close());

const titlesOfSynthetic = async () =>
  ((await (cms.payload.db as any).drizzle.all(sql`SELECT title FROM disclosures WHERE title LIKE '%号）' ORDER BY id`)) as { title: string }[]).map(
    (row) => row.title,
  );

describe('synthetic data generator', () => {
  it('writes exactly the requested number of records, in batches, reporting progress', async () => {
    const before = (await cms.payload.count({ collection: collections.disclosures })).totalDocs;
    const progress: number[] = [];
    await generateSynthetic({ payload: cms.payload, count: 2500, seed: 7, batchSize: 1000, onProgress: (n) => progress.push(n) });
    expect(progress).toEqual([1000, 2000, 2500]);
    expect((await cms.payload.count({ collection: collections.disclosures })).totalDocs).toBe(before + 2500);
  });

  it('gives the same records for the same seed', async () => {
    const first = (await titlesOfSynthetic()).slice(0, 2500);
    await generateSynthetic({ payload: cms.payload, count: 2500, seed: 7 });
    const second = (await titlesOfSynthetic()).slice(2500, 5000);
    expect(second).toEqual(first);
  });

  it('produces records the CMS itself can read, update and keep public rules for', async () => {
    const { docs } = await cms.payload.find({ collection: collections.disclosures, where: { title: { like: '号）' } }, limit: 5, depth: 1 });
    for (const doc of docs) expect(doc.indexNo).toMatch(/^4145013911-\d{2}-\d{4}-\d{5}$/);
    const hidden = await cms.payload.count({
      collection: collections.disclosures,
      where: { or: [{ status: { not_equals: 'published' } }, { audience: { equals: 'campus' } }] },
      overrideAccess: false,
    });
    expect(hidden.totalDocs).toBe(0);
    const updated = await cms.payload.update({ collection: collections.disclosures, id: docs[0]!.id, data: { title: '人工修改的合成条目' } });
    expect(updated.title).toBe('人工修改的合成条目');
  });

  it('refuses a count outside 1 … 1,000,000 with a message', async () => {
    await expect(generateSynthetic({ payload: cms.payload, count: 0, seed: 1 })).rejects.toThrow(/1 至 1000000/);
    await expect(generateSynthetic({ payload: cms.payload, count: 1_000_001, seed: 1 })).rejects.toThrow(/1,000,000/);
  });
});
