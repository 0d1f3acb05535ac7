import { forgetKeptFacts, keptFactsCollection, loadSupervision } from '@xxgk/cms/supervision';
import { readKeptFacts } from '../../apps/cms/src/supervision/keptFacts';
import { chinaNoon, collections, type DatePeriod } from '@xxgk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulkWriter, loadReferenceIds } from '../../seeds/src/lib/bulkInsert';
import { richTextFromParagraphs } from '../../seeds/src/lib/richText';
import { startCms, testDatabase, type TestCms } from '../support/payload';
import { loadSupervisionData, supervisionToday, type SupervisionData } from '../support/supervisionData';
import { expectSupervisionMatchesRecount } from '../support/supervisionExpect';

/**
 * The supervision figures after the records change. On MongoDB the closed months of a period are
 * kept (apps/cms/src/supervision/keptFacts.ts) once the view has been computed; each test first
 * computes the view, then changes records in those months — through the CMS (withdrawal, another
 * department and publication month, deletion) and through the bulk loader — and expects the
 * view to equal a fresh recount. On SQLite, where nothing is kept, the same must hold.
 */
process.env.REMINDER_CRON = 'off';

const pastYear: DatePeriod = { from: '2021-09-01', to: '2022-08-31' };
let cms: TestCms;
let data: SupervisionData;

beforeAll(async () => {
  cms = await startCms();
  data = await loadSupervisionData(cms.payload);
});
afterAll(async () => cms?.close());

const bothVariants = async () => {
  for (const publicOnly of [false, true]) await expectSupervisionMatchesRecount({ payload: cms.payload, period: pastYear, today: supervisionToday, publicOnly });
};
/** A public record published in March 2022 (a closed month of the past year), not yet used by a test. */
const used = new Set<string>();
const publishedInMarch = async () => {
  const { docs } = await cms.payload.find({
    collection: collections.disclosures,
    where: { status: { equals: 'published' }, attribute: { equals: 'active' }, audience: { equals: 'public' }, publishedAt: { greater_than_equal: '2022-03-01T00:00:00Z', less_than: '2022-03-31T00:00:00Z' } },
    depth: 0,
    limit: 20,
    sort: 'publishedAt',
  });
  const doc = docs.find((candidate) => !used.has(String(candidate.id)));
  expect(doc, 'a public record published in March 2022').toBeDefined();
  used.add(String(doc!.id));
  return doc!;
};
const publishedCountOf = async (departmentId: string) =>
  (await loadSupervision({ payload: cms.payload, period: pastYear, today: supervisionToday })).report.departments.find((department) => department.departmentId === departmentId)?.publishedCount ?? 0;

describe(`the past year's figures follow changes to its records (${testDatabase})`, () => {
  it('agree with the recount before any change (and keep the months on MongoDB)', async () => {
    await bothVariants();
    if (testDatabase === 'mongodb') {
      const kept = await (cms.payload.db as any).connection.db.collection(keptFactsCollection).countDocuments({ _id: { $regex: '^month:' }, facts: { $exists: true } });
      expect(kept).toBeGreaterThanOrEqual(12);
      const pending = await (cms.payload.db as any).connection.db.collection(keptFactsCollection).countDocuments({ _id: { $regex: '^pending:' }, facts: { $exists: true } });
      expect(pending).toBe(50);
    }
  });

  it('after a published record is withdrawn', async () => {
    const record = await publishedInMarch();
    const before = await publishedCountOf(String(record.department));
    await cms.payload.update({ collection: collections.disclosures, id: record.id, data: { status: 'draft', reviewNote: '测试：撤回。' } as never });
    expect(await publishedCountOf(String(record.department))).toBe(before - 1);
    await bothVariants();
  });

  it('after a record moves to another department and its publication to another past month', async () => {
    const record = await publishedInMarch();
    const other = data.departments.find((department) => department.id !== String(record.department))!;
    await cms.payload.update({ collection: collections.disclosures, id: record.id, data: { department: other.rawId, publishedAt: '2022-06-15T04:00:00.000Z' } as never });
    await bothVariants();
  });

  it('after a record with a return logged in a past month is deleted', async () => {
    const returnedIn = (await loadSupervision({ payload: cms.payload, period: pastYear, today: supervisionToday })).report.departments.reduce((sum, department) => sum + (department.returned ?? 0), 0);
    expect(returnedIn, 'the return of 28 January 2022 is counted').toBeGreaterThan(0);
    await cms.payload.delete({ collection: collections.disclosures, id: data.workflow.returnedBeforeSpringFestival });
    const after = (await loadSupervision({ payload: cms.payload, period: pastYear, today: supervisionToday })).report.departments.reduce((sum, department) => sum + (department.returned ?? 0), 0);
    expect(after).toBe(returnedIn - 1);
    await bothVariants();
  });

  it('after a draft is submitted for review and another moves to a different item', async () => {
    const { docs: drafts } = await cms.payload.find({ collection: collections.disclosures, where: { status: { equals: 'draft' }, checklistItem: { exists: true } }, depth: 0, limit: 2 });
    expect(drafts).toHaveLength(2);
    await cms.payload.update({ collection: collections.disclosures, id: drafts[0]!.id, data: { status: 'submitted' } as never });
    const sameCategory = (await cms.payload.find({ collection: collections.checklistItems, where: { category: { equals: drafts[1]!.category }, id: { not_equals: drafts[1]!.checklistItem } }, depth: 0, limit: 1 })).docs[0];
    expect(sameCategory, 'another item of the same category').toBeDefined();
    await cms.payload.update({ collection: collections.disclosures, id: drafts[1]!.id, data: { checklistItem: sameCategory!.id } as never });
    await bothVariants();
  });

  it('after records are loaded in bulk into a past month', async () => {
    const department = data.departments[3]!;
    const before = await publishedCountOf(department.id);
    const item = (await cms.payload.find({ collection: collections.checklistItems, depth: 0, limit: 1, sort: 'seq' })).docs[0]!;
    const write = await createBulkWriter({ payload: cms.payload, refs: await loadReferenceIds(cms.payload) });
    await write(
      ['2022-05-10', '2022-05-11', '2022-05-12'].map((published, index) => ({
        title: `月份缓存测试 ${index + 1}`,
        categoryId: item.category as number,
        checklistItemId: item.id,
        departmentId: department.rawId,
        body: richTextFromParagraphs(['月份缓存测试']),
        attribute: 'active',
        audience: 'public',
        reason: null,
        formedAt: chinaNoon('2022-04-20'),
        publishedAt: chinaNoon(published),
        status: 'published',
        validity: 'valid',
        channelIds: [],
        review: { reviewerId: data.users.reviewer.id, reviewerName: '监督测试审核员', outcome: 'approved' },
      })),
    );
    expect(await publishedCountOf(department.id)).toBe(before + 3);
    await bothVariants();
  });
});

describe.runIf(testDatabase === 'mongodb')('the kept facts (MongoDB)', () => {
  // A month the view never looks at (before earliestSupervisedMonth), so that no test computed it before.
  const key = 'month:1999-03';
  const empty = () => ({ items: [], publications: [], reviewEvents: [] });
  const compute = async () => new Map([[key, { items: [{ itemId: 'stale', count: 1, last: new Date('1999-03-05T04:00:00Z') }], publications: [], reviewEvents: [] }]]);

  it('does not keep facts computed while a change forgot their month', async () => {
    const read = await readKeptFacts({
      payload: cms.payload,
      keys: [key],
      empty,
      // A record of March 2019 changes while the month is being computed.
      compute: async () => {
        await forgetKeptFacts(cms.payload, [key]);
        return compute();
      },
    });
    // The caller gets what it computed, but nothing is kept: the next reader computes again.
    expect(read.get(key)?.items).toHaveLength(1);
    const document = await (cms.payload.db as any).connection.db.collection(keptFactsCollection).findOne({ _id: key });
    expect(document).toMatchObject({ generation: 1 });
    expect(document.facts).toBeUndefined();
  });

  it('keeps facts computed without a change, and serves them without computing again', async () => {
    let computed = 0;
    const counting = async () => ((computed += 1), compute());
    await readKeptFacts({ payload: cms.payload, keys: [key], empty, compute: counting });
    await readKeptFacts({ payload: cms.payload, keys: [key], empty, compute: counting });
    expect(computed).toBe(1);
    await forgetKeptFacts(cms.payload, [key]);
    await readKeptFacts({ payload: cms.payload, keys: [key], empty, compute: counting });
    expect(computed).toBe(2);
  });
});
