import { collections, isPublicRecord } from '@xxgk/domain';
import { seedDemo } from '@xxgk/seeds/demo';
import { generateSynthetic } from '@xxgk/seeds/synthetic';
import { createBulkWriter, loadReferenceIds, type BulkDisclosure } from '../../seeds/src/lib/bulkInsert';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../support/payload';
import { publishedRow } from '../support/bulkRows';
import { recountOf, type RawRow } from '../support/recount';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
  await seedDemo({ payload: cms.payload });
});
afterAll(async () => cms?.close());

type Row = RawRow;

/** Generates `count` rows and returns exactly the rows this call wrote (after the previous newest), read back from the database itself. */
const generate = async (count: number, seed: number) => {
  const mark = await recountOf(cms.payload).mark();
  await generateSynthetic({ payload: cms.payload, count, seed });
  return recountOf(cms.payload).rowsAfter(mark);
};

describe('synthetic data generator', () => {
  it('writes exactly the requested number of records, in batches, reporting progress', async () => {
    // Counted in the database: a count without conditions is an estimate on MongoDB (Payload uses
    // estimatedDocumentCount), which the test server updates a moment after a bulk load.
    const mark = await recountOf(cms.payload).mark();
    const progress: number[] = [];
    await generateSynthetic({ payload: cms.payload, count: 2500, seed: 7, batchSize: 1000, onProgress: (n) => progress.push(n) });
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(await recountOf(cms.payload).rowsAfter(mark)).toHaveLength(2500);
  });

  it('gives the same records for the same seed', async () => {
    const first = await generate(300, 21);
    const second = await generate(300, 21);
    expect(first).toHaveLength(300);
    expect(second.map((row) => row.title)).toEqual(first.map((row) => row.title));
    expect(second.map((row) => row.status)).toEqual(first.map((row) => row.status));
  });

  it('derives what the CMS derives, and the public sees exactly the public ones among them', async () => {
    const rows = await generate(600, 33);
    const isPublic = (row: Row) => isPublicRecord({ status: row.status, attribute: row.attribute, audience: row.audience });
    const hidden = rows.filter((row) => !isPublic(row));
    // The distribution must include hidden records, or this test would prove nothing.
    expect(hidden.length).toBeGreaterThan(20);
    expect(rows.filter(isPublic).length).toBeGreaterThan(300);
    for (const row of rows) {
      expect(row.academicYear === null, row.title).toBe(row.publishedAt === null);
      expect(row.bodyText, row.title).toContain('合成数据');
    }
    const visible = await cms.payload.find({
      collection: collections.disclosures,
      where: { id: { in: rows.map((row) => row.id) } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: false,
    });
    expect(visible.docs.map((doc) => String(doc.id)).sort()).toEqual(rows.filter(isPublic).map((row) => row.id).sort());
  });

  it('produces records the CMS itself can read and update, with index numbers in the institution’s form', async () => {
    const [row] = await generate(1, 44);
    const doc = await cms.payload.findByID({ collection: collections.disclosures, id: row!.id });
    expect(doc.indexNo).toMatch(/^4145013911-\d{2}-\d{4}-\d{5}$/);
    const updated = await cms.payload.update({ collection: collections.disclosures, id: row!.id, data: { title: '人工修改的合成条目' } });
    expect(updated.title).toBe('人工修改的合成条目');
  });

  it('refuses a whole bulk call for one bad row, naming the row and the rule, and writes none of it', async () => {
    const refs = await loadReferenceIds(cms.payload);
    const write = await createBulkWriter({ payload: cms.payload, refs });
    const [categoryId] = [...refs.categoryNameById.keys()];
    const [foreignItemId] = [...refs.itemById].find(([, item]) => String(item.categoryId) !== categoryId)!;
    const ownItemId = [...refs.itemById].find(([, item]) => String(item.categoryId) === categoryId)![0];
    // Filed under the first category whatever the item's own, so that a foreign item is a mismatch.
    const row = (title: string, checklistItemId: string) => publishedRow(refs, { title, checklistItemId, categoryId: categoryId! });
    const mark = await recountOf(cms.payload).mark();
    await expect(write([row('好的条目', ownItemId), row('类别不符的条目', foreignItemId)], 41)).rejects.toThrow(/第 42 条（类别不符的条目）：.*不属于类别/);
    expect(await recountOf(cms.payload).rowsAfter(mark)).toEqual([]);
    expect(await write([row('好的条目', ownItemId)])).toBe(1);
    expect((await recountOf(cms.payload).rowsAfter(mark)).map((written) => written.title)).toEqual(['好的条目']);
  });

  it('refuses a count outside 1 … 1,000,000 with a message', async () => {
    await expect(generateSynthetic({ payload: cms.payload, count: 0, seed: 1 })).rejects.toThrow(/1 至 1000000/);
    await expect(generateSynthetic({ payload: cms.payload, count: 1_000_001, seed: 1 })).rejects.toThrow(/1,000,000/);
  });
});
