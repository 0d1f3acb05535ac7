import { loadSupervision } from '@xxgk/cms/supervision';
import { chinaDate, collections } from '@xxgk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';
import { loadSupervisionData, supervisionSettings, type SupervisionData } from '../support/supervisionData';
import { readRawSupervisionData, recountSupervision } from '../support/supervisionRecount';

/**
 * The public `supervision` query, in-process through yoga.fetch, on generated data: its figures
 * equal a record-by-record recount over public records only, and records the public may not see
 * (a draft, a withheld and a campus-only record) change nothing in its answer.
 */
let cms: TestCms;
let gateway: TestGateway;
let data: SupervisionData;

beforeAll(async () => {
  cms = await startCms();
  data = await loadSupervisionData(cms.payload);
  gateway = await startGateway({ payload: cms.payload });
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

const selection = `academicYear from to asOf publishWithin dueSoonDays
  items { checklistItem { code } responsibleDepartment { code } cadence publicRecordCount lastPublishedAt nextDueDate status }
  departments { department { code } overdueItemCount publishedCount medianWorkingDays withinDeadlineShare }`;
let calls = 0;
/** A fresh alias on every call, so that the response cache never answers: each answer is computed now. */
const supervision = async (args: string) => {
  calls += 1;
  const { body } = await gateway.query(`{ s${calls}: supervision(${args}) { ${selection} } }`);
  expect(body.errors).toBeUndefined();
  return body.data[`s${calls}`];
};
const enumOf = (status: string) => status.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

describe('supervision query', () => {
  it.each([
    ['academicYear: "2022-2023"', { from: '2022-09-01', to: '2023-08-31' }],
    ['academicYear: "2021-2022"', { from: '2021-09-01', to: '2022-08-31' }],
    ['from: "2022-01-01", to: "2022-02-28"', { from: '2022-01-01', to: '2022-02-28' }],
  ])('(%s) equals the recount over public records', async (args, period) => {
    const answer = await supervision(args);
    const raw = await readRawSupervisionData(cms.payload);
    const recount = recountSupervision({ data: raw, period, today: chinaDate(new Date()), publicOnly: true, settings: supervisionSettings });
    expect(answer).toMatchObject({ from: period.from, to: period.to, asOf: recount.asOf, publishWithin: 20, dueSoonDays: 5 });
    expect(answer.items).toHaveLength(50);
    const itemByCode = new Map(raw.items.map((item) => [item.code, item]));
    for (const row of answer.items) {
      const expected = recount.items.get(itemByCode.get(row.checklistItem.code)!.id)!;
      expect(row, row.checklistItem.code).toMatchObject({
        publicRecordCount: expected.publicInPeriod,
        lastPublishedAt: expected.lastPublishedAt,
        nextDueDate: expected.nextDue,
        status: enumOf(expected.status),
      });
    }
    const departmentByCode = new Map(data.departments.map((department) => [department.code, department.id]));
    expect(answer.departments.map((row: { department: { code: string } }) => row.department.code).sort()).toEqual([...departmentByCode.keys()].sort());
    for (const row of answer.departments) {
      const expected = recount.departments.get(departmentByCode.get(row.department.code)!)!;
      expect(row, row.department.code).toMatchObject({
        overdueItemCount: expected.overdueItems,
        publishedCount: expected.publishedCount,
        medianWorkingDays: expected.medianWorkingDays,
        withinDeadlineShare: expected.withinDeadlineShare,
      });
    }
  });

  it('offers no waiting, return or withdrawal figures', async () => {
    const { body } = await gateway.query('{ supervision(academicYear: "2022-2023") { departments { waitingCount } } }');
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "waitingCount"/);
  });

  it('refuses a period given twice, as statistics does', async () => {
    const { body } = await gateway.query('{ supervision(academicYear: "2022-2023", from: "2022-09-01", to: "2022-10-01") { asOf } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('changes nothing when a draft, a withheld and a campus-only record appear', async () => {
    // The current academic year: the generated records are long published, so a new draft formed a
    // month ago is overdue or due soon internally, and today's withheld and campus-only records
    // are publications of the period internally.
    const today = chinaDate(new Date());
    const year = Number(today.slice(0, 4)) - (today.slice(5) < '09-01' ? 1 : 0);
    const args = `academicYear: "${year}-${year + 1}"`;
    const period = { from: `${year}-09-01`, to: `${year + 1}-08-31` };
    const before = await supervision(args);
    const internalBefore = (await loadSupervision({ payload: cms.payload, period })).report;

    const [item] = (await cms.payload.find({ collection: collections.checklistItems, where: { cadence: { equals: 'realtime' }, notApplicable: { equals: false } }, limit: 1, depth: 0 })).docs;
    const record = (fields: Record<string, unknown>) =>
      cms.payload.create({
        collection: collections.disclosures,
        data: {
          title: '不应出现在公共接口中的条目',
          category: item!.category as number,
          checklistItem: item!.id,
          department: item!.responsibleDepartment as number,
          formedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
          attribute: 'active',
          audience: 'public',
          ...fields,
        } as never,
      });
    await record({ status: 'draft' });
    await record({ status: 'published', attribute: 'withheld', reason: '涉及个人隐私' });
    await record({ status: 'published', audience: 'campus', reason: '仅限校内' });

    const internalAfter = (await loadSupervision({ payload: cms.payload, period })).report;
    expect(internalAfter, 'the records do count internally').not.toEqual(internalBefore);
    expect(await supervision(args)).toEqual(before);
  });
});
