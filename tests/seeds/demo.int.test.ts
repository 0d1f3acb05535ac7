import { collections } from '@xxgk/domain';
import { demoAccounts } from '@xxgk/seeds/demo/accounts';
import { seedDemo } from '@xxgk/seeds/demo';
import type { Payload, Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../support/payload';
import { readRawCases, readRawFeedback } from '../support/applicationRows';
import { recountOf } from '../support/recount';

let cms: TestCms;
let payload: Payload;

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  await seedDemo({ payload });
});
afterAll(async () => cms?.close());


describe('the demo institution (广西工程职业学院, 2021-2022 report)', () => {
  it('reproduces the report’s channel counts for 2021-09-01 … 2022-08-31', async () => {
    // Counted in the database (SQL or an aggregation pipeline) over Beijing-time bounds, independently of the seed and the CMS code.
    const counts = await recountOf(payload).publicCountBy('channel', { publishedFrom: '2021-08-31T16:00:00.000Z', publishedBefore: '2022-08-31T16:00:00.000Z' });
    expect(Object.fromEntries(counts)).toMatchObject({ portal: 1333, wechat: 400, email: 2442 });
  });

  it('has at least one public record for every one of the 50 checklist items', async () => {
    const items = await payload.find({ collection: collections.checklistItems, limit: 0, pagination: false, depth: 0 });
    expect(items.totalDocs).toBe(50);
    for (const item of items.docs) {
      const { totalDocs } = await payload.count({ collection: collections.disclosures, where: { checklistItem: { equals: item.id } }, overrideAccess: false });
      expect(totalDocs, `item ${item.code}`).toBeGreaterThan(0);
    }
  });

  it('assigns every checklist item a responsible department', async () => {
    const { totalDocs } = await payload.count({ collection: collections.checklistItems, where: { responsibleDepartment: { exists: false } } });
    expect(totalDocs).toBe(0);
  });

  it('includes records the public must not see, and hides them', async () => {
    const hidden: Where = { or: [{ status: { not_equals: 'published' } }, { attribute: { equals: 'withheld' } }, { audience: { equals: 'campus' } }] };
    expect((await payload.count({ collection: collections.disclosures, where: hidden })).totalDocs).toBeGreaterThanOrEqual(7);
    expect((await payload.count({ collection: collections.disclosures, where: hidden, overrideAccess: false })).totalDocs).toBe(0);
  });

  it('gives every role a demo account that can sign in with the printed password', async () => {
    for (const account of demoAccounts) {
      const { user } = await payload.login({ collection: collections.users, data: { email: account.email, password: account.password } });
      expect(user?.role).toBe(account.role);
    }
    expect(new Set(demoAccounts.map((account) => account.role))).toEqual(new Set(['admin', 'reviewer', 'editor', 'supervisor']));
  });

  it('gives every record a unique 索引号', async () => {
    const { total, distinct } = await recountOf(payload).indexNumbers();
    // With a condition: without one, MongoDB's count is an estimate.
    const { totalDocs } = await payload.count({ collection: collections.disclosures, where: { title: { exists: true } } });
    expect(totalDocs).toBeGreaterThan(4000);
    expect(total).toBe(totalDocs);
    expect(distinct).toBe(totalDocs);
  });

  it('serves attachments of public records to the public only', async () => {
    const all = await payload.count({ collection: collections.attachments });
    const publicOnes = await payload.count({ collection: collections.attachments, overrideAccess: false });
    expect(publicOnes.totalDocs).toBeGreaterThan(0);
    expect(publicOnes.totalDocs).toBe(await recountOf(payload).attachmentsOfPublicRecords());
    expect(all.totalDocs).toBeGreaterThan(publicOnes.totalDocs);
  });

  it('has no application in 2021-09-01 … 2022-08-31, as the report says, and a handful afterwards', async () => {
    const cases = await readRawCases(payload);
    expect(cases.filter((row) => row.receivedOn >= '2021-09-01' && row.receivedOn <= '2022-08-31')).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(8);
    // Something of each kind for the site and the CMS to show: replied and closed, withdrawn, lapsed, late, extended, a fee waived, one still open.
    expect(new Set(cases.map((row) => row.status))).toEqual(new Set(['closed', 'replied', 'withdrawn', 'accepted']));
    expect(cases.some((row) => row.decision === 'other.noCorrection')).toBe(true);
    expect(cases.some((row) => row.repliedOn !== null && row.dueOn !== null && row.repliedOn > row.dueOn)).toBe(true);
    expect(cases.some((row) => row.extended && row.feeWaived > 0)).toBe(true);
    expect((await readRawFeedback(payload)).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a database with data untouched when run again', async () => {
    const before = (await payload.count({ collection: collections.disclosures })).totalDocs;
    expect(await seedDemo({ payload })).toMatchObject({ isSkipped: true });
    expect((await payload.count({ collection: collections.disclosures })).totalDocs).toBe(before);
  });
});
