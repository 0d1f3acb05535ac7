import { actionRequest, actionSpecs, availableActions, collections, workflowActions, type Role, type Status, type Validity } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import { createLocalReq } from 'payload';
import { describe, expect, it } from 'vitest';
import { loadDueItems } from '../../apps/cms/src/workbench/loadDueItems';
import { loadQueues } from '../../apps/cms/src/workbench/loadQueues';
import { createRecord, messageOf, type Fixture, withFixture } from '../support/fixtures';

/**
 * The workbench on the server: the buttons the admin offers (availableActions) are exactly the
 * saves the API accepts, role by role and state by state; hidden fields are refused by the
 * API too; each role's queues hold what a plain recount says.
 */
let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const roles: (keyof Fixture['users'])[] = ['admin', 'reviewer', 'editor', 'supervisor'];
const states: [Status, Validity][] = [
  ['draft', 'valid'],
  ['submitted', 'valid'],
  ['returned', 'valid'],
  ['published', 'valid'],
  ['published', 'repealed'],
];
const as = (who: keyof Fixture['users']) => ({ user: fixture.users[who] as never, overrideAccess: false });
const actorOf = (who: keyof Fixture['users']) => ({ id: fixture.users[who].id, role: fixture.users[who].role as Role, departmentId: who === 'editor' ? fixture.departments.own : null });

describe('the buttons offered are the saves the API accepts', () => {
  // Every action that means something in the state (a status it leads to, a validity it changes).
  const applies = (action: (typeof workflowActions)[number], status: Status, validity: Validity) => {
    const request = actionRequest(action, { status, validity });
    return Object.keys(request).length > 0 && request.validity !== validity;
  };
  const cases = roles.flatMap((who) =>
    states.flatMap(([status, validity]) => workflowActions.filter((action) => applies(action, status, validity)).map((action) => ({ who, status, validity, action }))),
  );
  it(`for each role, state and action (${cases.length} cases)`, async () => {
    expect(cases.length).toBe(68);
    const mismatches: string[] = [];
    for (const { who, status, validity, action } of cases) {
      const record = await createRecord({ payload, fixture, department: fixture.departments.own, status, validity });
      const state = { status, validity };
      const offered = availableActions({ actor: actorOf(who), state, canEdit: who !== 'supervisor' }).includes(action);
      const request = { ...actionRequest(action, state), ...(actionSpecs[action].needsComment ? { reviewNote: '测试意见' } : {}), title: `${record.title}·` };
      const accepted = await payload
        .update({ collection: collections.disclosures, id: record.id, data: request, ...as(who) })
        .then(() => true)
        .catch(() => false);
      if (offered !== accepted) mismatches.push(`${who} ${status}/${validity} ${action}: offered ${offered}, accepted ${accepted}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('offers nothing on another department’s record, and the API refuses it', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.other });
    const error = await payload.update({ collection: collections.disclosures, id: record.id, data: { status: 'submitted' }, ...as('editor') }).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
  });

  it('refuses the publication date, hidden from editors, with the reason at the field', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own });
    const error = await payload
      .update({ collection: collections.disclosures, id: record.id, data: { publishedAt: '2022-03-02T00:00:00.000Z' }, ...as('editor') })
      .catch((e) => e);
    expect(messageOf(error)).toBe('只有审核员或管理员可以指定发布日期；发布时系统会自动记录。');
    expect((error as { data: { errors: { path: string }[] } }).data.errors[0]!.path).toBe('publishedAt');
  });

  it('clears what publication set when a record is withdrawn, and records who wrote it', async () => {
    const draft = await payload.create({
      collection: collections.disclosures,
      data: { title: '撤回测试', category: fixture.categoryId, department: fixture.departments.own, formedAt: '2022-03-01' } as never,
      ...as('editor'),
    });
    expect(draft.author).toMatchObject({ id: fixture.users.editor.id });
    const submitted = await payload.update({ collection: collections.disclosures, id: draft.id, data: { status: 'submitted' }, ...as('editor') });
    expect(submitted.submittedAt).toBeTruthy();
    const published = await payload.update({ collection: collections.disclosures, id: draft.id, data: { status: 'published' }, ...as('reviewer') });
    expect(published.publishedAt).toBeTruthy();
    expect(published.academicYear).toBeTruthy();
    const withdrawn = await payload.update({ collection: collections.disclosures, id: draft.id, data: { status: 'draft', reviewNote: '数据有误' }, ...as('reviewer') });
    expect(withdrawn).toMatchObject({ status: 'draft', publishedAt: null, academicYear: null });
    expect(withdrawn.reviews!.map((entry) => entry.outcome)).toEqual(['approved', 'withdrawn']);
  });
});

describe('index numbers under concurrent creation', () => {
  it('gives twenty records created at once twenty distinct numbers, refusing none', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        payload.create({
          collection: collections.disclosures,
          data: { title: `并发 ${n}`, category: fixture.categoryId, department: fixture.departments.own, formedAt: '2021-05-01' } as never,
          ...as('editor'),
        }),
      ),
    );
    const refused = results.filter((result) => result.status === 'rejected').map((result) => messageOf((result as PromiseRejectedResult).reason));
    expect(refused).toEqual([]);
    const numbers = results.map((result) => (result as PromiseFulfilledResult<{ indexNo: string }>).value.indexNo);
    expect(new Set(numbers).size).toBe(20);
  });
});

describe('work queues', () => {
  const requestOf = async (who: keyof Fixture['users']) => createLocalReq({ user: { ...fixture.users[who], collection: 'users' } as never }, payload) as Promise<PayloadRequest>;

  it('hold for each role what a plain recount of the records says', async () => {
    for (const status of ['draft', 'submitted', 'returned', 'published'] as const) {
      await createRecord({ payload, fixture, department: fixture.departments.own, status, title: `队列 ${status}` });
      await createRecord({ payload, fixture, department: fixture.departments.other, status, title: `队列 ${status}（其他部门）` });
    }
    // The editor's own draft (author is set when a person creates a record).
    await payload.create({
      collection: collections.disclosures,
      data: { title: '我的草稿', category: fixture.categoryId, department: fixture.departments.own, formedAt: '2022-03-01' } as never,
      ...as('editor'),
    });
    const all = (await payload.find({ collection: collections.disclosures, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs;
    const count = (keep: (doc: (typeof all)[number]) => boolean) => all.filter(keep).length;
    const own = String(fixture.departments.own);
    const editorId = String(fixture.users.editor.id);

    const editorQueues = Object.fromEntries((await loadQueues(await requestOf('editor'))).map((queue) => [queue.key, queue.count]));
    expect(editorQueues).toEqual({
      myDrafts: count((doc) => doc.status === 'draft' && String(doc.author) === editorId),
      returned: count((doc) => doc.status === 'returned' && String(doc.department) === own),
      departmentSubmitted: count((doc) => doc.status === 'submitted' && String(doc.department) === own),
    });
    expect(editorQueues.myDrafts).toBeGreaterThan(0);
    expect(editorQueues.departmentSubmitted).toBeGreaterThan(0);

    const reviewerQueues = await loadQueues(await requestOf('reviewer'));
    const byKey = Object.fromEntries(reviewerQueues.map((queue) => [queue.key, queue]));
    expect(byKey.awaitingReview!.count).toBe(count((doc) => doc.status === 'submitted'));
    // 最近发布 lists the newest without counting them all.
    expect(byKey.recentlyPublished!.count).toBeNull();
    expect(byKey.recentlyPublished!.rows.length).toBe(Math.min(5, count((doc) => doc.status === 'published')));
    // Oldest submission first, with its working days of waiting.
    const waiting = byKey.awaitingReview!.rows.map((row) => row.waitingDays);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((days) => typeof days === 'number' && days >= 0)).toBe(true);
    expect(byKey.awaitingReview!.href).toContain('where%5Bstatus%5D%5Bequals%5D=submitted');

    const supervisorQueues = await loadQueues(await requestOf('supervisor'));
    expect(supervisorQueues.map((queue) => queue.key)).toEqual(['recentlyPublished']);
  });

  it('list the newest five publications in 最近发布, from the last 90 days first or from all when those are too few', async () => {
    const day = 86_400_000;
    for (const [index, daysAgo] of [3, 8, 20, 45, 60, 89, 200, 400].entries()) {
      const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published', title: `最近发布 ${index}` });
      await payload.update({ collection: collections.disclosures, id: record.id, data: { publishedAt: new Date(Date.now() - daysAgo * day).toISOString() } as never });
    }
    const published = (await payload.find({ collection: collections.disclosures, where: { status: { equals: 'published' } }, sort: '-publishedAt', limit: 5, depth: 0, overrideAccess: true })).docs;
    const newest = published.map((doc) => String(doc.id));
    expect(newest).toHaveLength(5);
    const rowsAt = async (now: Date) => (await loadQueues(await requestOf('reviewer'), { now })).find((queue) => queue.key === 'recentlyPublished')!.rows.map((row) => row.id);
    // Six publications in the last 90 days: the window alone answers.
    expect(await rowsAt(new Date())).toEqual(newest);
    // Seen from two years on, the window is empty: the whole queue answers, the same five.
    expect(await rowsAt(new Date(Date.now() + 730 * day))).toEqual(newest);
  });

  it('are offered to everyone as shared saved list views, the same filters as the dashboard', async () => {
    const presets = await payload.find({ collection: 'payload-query-presets', where: { isShared: { equals: true } }, limit: 0, pagination: false, depth: 0, ...as('editor') });
    expect(presets.docs.map((preset) => preset.title).sort()).toEqual(['已撤回发布 / Withdrawn from publication', '已退回，等待修改 / Returned, waiting for changes', '待审核 / Awaiting review', '最近发布 / Recently published'].sort());
    const awaiting = presets.docs.find((preset) => preset.title.startsWith('待审核'))!;
    // Payload stores a preset's filter in its normal form (or → and → conditions).
    expect(awaiting.where).toEqual({ or: [{ and: [{ status: { equals: 'submitted' } }] }] });
  });

  it('list the editor’s department’s items that fall due soon, by the supervision rules', async () => {
    await payload.update({ collection: collections.checklistItems, id: fixture.itemId, data: { responsibleDepartment: fixture.departments.own, cadence: 'yearly' }, overrideAccess: true });
    const published = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published', title: '年度公开' });
    // A yearly item falls due a year after its last publication: one day before, it is due soon.
    const dayBefore = new Date(new Date(published.publishedAt!).getTime() + 364 * 86_400_000);
    const due = await loadDueItems(await requestOf('editor'), { now: dayBefore });
    expect(due.map((item) => [item.id, item.status])).toEqual([[String(fixture.itemId), 'dueSoon']]);
    expect(due[0]!.label).toContain('2.1');
    // Another department's editor is not reminded of it; reviewers have no such queue.
    expect(await loadDueItems(await requestOf('otherEditor'), { now: dayBefore })).toEqual([]);
    expect(await loadDueItems(await requestOf('reviewer'), { now: dayBefore })).toEqual([]);
  });
});
