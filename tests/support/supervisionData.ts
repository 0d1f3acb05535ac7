import { chinaNoon, collections, globals, type Attribute, type Audience, type Cadence, type CalendarYear, type Status } from '@xxgk/domain';
import type { Payload } from 'payload';
import { vi } from 'vitest';
import { createBulkWriter, loadReferenceIds, type BulkDisclosure } from '../../seeds/src/lib/bulkInsert';
import { createRandom } from '../../seeds/src/lib/random';
import { richTextFromParagraphs } from '../../seeds/src/lib/richText';
import { calendar } from '../../seeds/demo/institution';

/**
 * Generated data for the supervision suites: four departments owning the 50 items (yearly,
 * semester, onChange and realtime cadences, two items not applicable, some items without any
 * record), a few hundred records from the bulk writer published 2021–2023 with lags that cross
 * the Spring Festival and National Day holidays and their make-up days (调休), records pending on
 * the test's "today", and a few records taken through the workflow by the Local API under a set
 * clock (submitted, returned, resubmitted, withdrawn), so that the review log and the submission
 * times fall on chosen days.
 */

// The State Council's holiday notices for 2021 and 2022: the demo institution's calendar.
export const supervisionCalendar: CalendarYear[] = calendar;
export const supervisionSettings = { publishWithin: 20, dueSoonDays: 5, calendar: supervisionCalendar };
/** The tests' "today": the second week after National Day 2022. */
export const supervisionToday = '2022-10-20';

export type SupervisionData = {
  /** Ids as text (as the reports give them), and as the database wants them for writing. */
  departments: { id: string; rawId: number | string; code: string }[];
  users: Record<'admin' | 'reviewer' | 'editor' | 'supervisor', { id: number | string; email: string; password: string }>;
  /** The records taken through the workflow by hand, by name. */
  workflow: Record<'returnedThenResubmitted' | 'submitted' | 'withdrawn' | 'returnedBeforeSpringFestival', string>;
};

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const cadenceOf = (index: number, code: string): Cadence => (code.startsWith('3.') ? 'yearly' : index % 7 === 3 ? 'semester' : index % 5 === 4 ? 'onChange' : 'realtime');

/** Runs `work` with the clock at `instant` (only Date is faked: timers and I/O run as usual). */
const at = async <T>(instant: string, work: () => Promise<T>): Promise<T> => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
};

export const loadSupervisionData = async (payload: Payload): Promise<SupervisionData> => {
  await payload.updateGlobal({
    slug: globals.siteSettings,
    data: {
      calendar: supervisionCalendar,
      deadlines: { publishWithin: 20, replyWithin: 15, extension: 15 },
      reminders: { reviewWaitingDays: 3, dueSoonDays: 5 },
    },
  });
  const departments: SupervisionData['departments'] = [];
  for (const [index, code] of ['sv-admissions', 'sv-finance', 'sv-teaching', 'sv-library'].entries()) {
    const doc = await payload.create({ collection: collections.departments, data: { name: `监督测试部门${index + 1}`, nameEn: `Test department ${index + 1}`, code, kind: 'office', order: index + 1 } });
    departments.push({ id: String(doc.id), rawId: doc.id, code });
  }
  const user = async (role: 'admin' | 'reviewer' | 'editor' | 'supervisor', department?: number | string) => {
    const email = `sv-${role}@test.cn`;
    const password = 'Test#12345';
    const doc = await payload.create({ collection: collections.users, data: { email, password, name: `监督测试${role}`, role, department: department as never } });
    return { id: doc.id, email, password };
  };
  const users = { admin: await user('admin'), reviewer: await user('reviewer'), editor: await user('editor', departments[0]!.rawId), supervisor: await user('supervisor') };

  const items = (await payload.find({ collection: collections.checklistItems, limit: 0, pagination: false, depth: 0, sort: 'seq' })).docs;
  for (const [index, item] of items.entries()) {
    const notApplicable = item.seq >= 49;
    await payload.update({
      collection: collections.checklistItems,
      id: item.id,
      data: {
        responsibleDepartment: departments[index % 4]!.rawId as never,
        cadence: cadenceOf(index, item.code),
        notApplicable,
        notApplicableReason: notApplicable ? '本校无此类事项（测试）' : null,
      },
    });
  }

  // Bulk rows: for most items public records published March 2021 – February 2023, formed up to 30
  // calendar days earlier; some withheld or campus-only; and records pending on "today".
  const random = createRandom(20221020);
  const channels = (await payload.find({ collection: collections.channels, limit: 1, depth: 0 })).docs;
  const rows: BulkDisclosure[] = [];
  // A third of the instants fall at 00:30 in Beijing, still the day before in UTC: a date cut in
  // the wrong time zone shows.
  const instantOn = (date: string) => (random.chance(0.3) ? new Date(`${date}T00:30:00+08:00`) : chinaNoon(date));
  const row = (item: (typeof items)[number], index: number, fields: { status: Status; formed: string; published: string | null; attribute?: Attribute; audience?: Audience }): BulkDisclosure => {
    const attribute = fields.attribute ?? 'active';
    const audience = fields.audience ?? 'public';
    const department = random.chance(0.1) ? departments[(index + 1) % 4]! : departments[index % 4]!;
    const title = `监督测试条目 ${item.code} 第${rows.length + 1}号`;
    return {
      title,
      categoryId: item.category as number,
      checklistItemId: item.id,
      departmentId: department.rawId,
      body: richTextFromParagraphs([title]),
      attribute,
      audience,
      reason: attribute === 'withheld' || audience === 'campus' ? '测试：涉及个人隐私' : null,
      formedAt: instantOn(fields.formed),
      publishedAt: fields.published ? instantOn(fields.published) : null,
      status: fields.status,
      validity: 'valid',
      channelIds: channels.map((channel) => channel.id),
      review: fields.status === 'published' ? { reviewerId: users.reviewer.id, reviewerName: '监督测试审核员', outcome: 'approved' } : null,
    };
  };
  for (const [index, item] of items.entries()) {
    if (index % 10 === 9) continue; // no record at all
    for (let n = random.int(index % 6 === 5 ? 0 : 1, 8); n > 0; n -= 1) {
      const published = addDays('2021-03-01', random.int(0, 729));
      rows.push(row(item, index, { status: 'published', formed: addDays(published, -random.int(0, 30)), published }));
    }
    if (random.chance(0.5)) {
      const published = addDays('2021-09-01', random.int(0, 500));
      const hidden = random.pick([{ attribute: 'withheld' as const }, { audience: 'campus' as const }, { attribute: 'onRequest' as const }]);
      rows.push(row(item, index, { status: 'published', formed: addDays(published, -random.int(0, 25)), published, ...hidden }));
    }
    if (index % 4 !== 0) {
      // Pending on 20 October 2022: formed between 20 August and that day, so that their due dates
      // fall before, on and after it, around the National Day week.
      for (let n = random.int(0, 2); n > 0; n -= 1) {
        rows.push(row(item, index, { status: random.pick(['draft', 'submitted', 'returned'] as const), formed: addDays('2022-08-20', random.int(0, 61)), published: null }));
      }
    }
  }
  const write = await createBulkWriter({ payload, refs: await loadReferenceIds(payload) });
  await write(rows);

  // Records taken through the workflow on chosen days (Beijing afternoons).
  const reviewer = (await payload.findByID({ collection: collections.users, id: users.reviewer.id, depth: 0 })) as never;
  const [first, second, third] = [items[1]!, items[2]!, items[5]!];
  const base = (item: (typeof items)[number], department: number | string, formedAt: string) => ({
    title: `监督测试流程条目 ${item.code}`,
    category: item.category as number,
    checklistItem: item.id,
    department: department as never,
    formedAt: `${formedAt}T04:00:00.000Z`,
    attribute: 'active' as const,
    audience: 'public' as const,
  });
  const afternoon = (date: string) => `${date}T07:00:00.000Z`;
  const update = (id: string | number, data: Record<string, unknown>, asReviewer = false) =>
    payload.update({ collection: collections.disclosures, id, data, ...(asReviewer ? { user: reviewer } : {}) });

  const resubmitted = await at(afternoon('2022-09-26'), () => payload.create({ collection: collections.disclosures, data: { ...base(first, departments[1]!.rawId, '2022-09-26'), status: 'draft' } as never }));
  await at(afternoon('2022-09-28'), () => update(resubmitted.id, { status: 'submitted' }));
  await at(afternoon('2022-09-30'), () => update(resubmitted.id, { status: 'returned', reviewNote: '请补充附件。' }, true));
  await at(afternoon('2022-10-11'), () => update(resubmitted.id, { status: 'submitted' }));

  const submitted = await at(afternoon('2022-09-29'), () => payload.create({ collection: collections.disclosures, data: { ...base(second, departments[2]!.rawId, '2022-09-20'), status: 'submitted' } as never }));

  const withdrawn = await at(afternoon('2022-09-05'), () =>
    payload.create({ collection: collections.disclosures, data: { ...base(third, departments[1]!.rawId, '2022-09-01'), status: 'published' } as never }),
  );
  await at(afternoon('2022-10-12'), () => update(withdrawn.id, { status: 'draft', reviewNote: '数据有误，撤回更正。' }, true));

  const springFestival = await at(afternoon('2021-12-20'), () => payload.create({ collection: collections.disclosures, data: { ...base(third, departments[1]!.rawId, '2021-12-17'), status: 'submitted' } as never }));
  await at(afternoon('2022-01-28'), () => update(springFestival.id, { status: 'returned', reviewNote: '节后再议。' }, true));

  return {
    departments,
    users,
    workflow: {
      returnedThenResubmitted: String(resubmitted.id),
      submitted: String(submitted.id),
      withdrawn: String(withdrawn.id),
      returnedBeforeSpringFestival: String(springFestival.id),
    },
  };
};
