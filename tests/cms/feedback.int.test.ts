import { collections, type FeedbackEvent } from '@xxgk/domain';
import { randomUUID } from 'node:crypto';
import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feedback, Notification } from '../../apps/cms/src/payload-types';
import { submitFeedback } from '../../apps/cms/src/applications/feedbackIntake';
import { lookUpFeedback } from '../../apps/cms/src/applications/lookUp';
import { loadFeedbackQueues } from '../../apps/cms/src/workbench/loadFeedbackQueues';
import { password, problemOf, type ActionAnswer, type Staff } from '../support/applications';
import { cmsHttp, type CmsHttp } from '../support/cmsHttp';
import { createFixture, createRecord, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';

/**
 * Appraisals, complaints and correction requests (评议、举报、纠错) handled in the CMS, on SQLite
 * and on MongoDB: filed through the public intake (the log starts with the submitter's receipt,
 * the office is told), handled through POST /api/feedback/:id/actions (the admin's buttons) by
 * the disclosure office alone, every refusal with its message at its input, the status and the
 * answer derived from the log and never from what a client sends, the submitter's status lookup
 * (the answer, never a note), and the office's queue on the workbench.
 */
process.env.REMINDER_CRON = 'off';

let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
let http: CmsHttp;

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  http = await cmsHttp(cms);
});
afterAll(async () => cms?.close());

/** Files feedback as the public site does (the gateway verified the proof of work: a unique challenge). */
const file = async (input: Record<string, unknown>) => {
  const answer = await submitFeedback({ payload, input, submissionKey: randomUUID(), challenge: `proof-${randomUUID()}`, language: 'zh' });
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  const [doc] = (await payload.find({ collection: collections.feedback, where: { receiptNo: { equals: answer.receipt.receiptCode } }, depth: 0, overrideAccess: true })).docs as Feedback[];
  return { ...answer.receipt, id: doc!.id };
};
const read = async (id: number | string) => (await payload.findByID({ collection: collections.feedback, id, depth: 0, overrideAccess: true })) as Omit<Feedback, 'events'> & { events: FeedbackEvent[] };

/** A feedback action over REST as a member of staff (or anonymously). */
const actOn = async (who: Staff | 'anonymous', id: number | string, body: Record<string, unknown>, language = 'zh') => {
  const session = who === 'anonymous' ? {} : await http.signIn(String(fixture.users[who].email), password);
  const response = await http.rest(`/${collections.feedback}/${id}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language, ...session },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as ActionAnswer;
  return { status: response.status, answer, problem: problemOf(answer), code: answer.errors?.[0]?.data?.code };
};

describe('filing: the log starts with the submitter, and the office is told', () => {
  it('logs receive by the submitter, derives the status, and notifies every reviewer once, without personal data', async () => {
    const filed = await file({ kind: 'complaint', content: '学院未按时公示奖学金评定结果。', name: '举报人张某', email: 'zhang@example.com' });
    const doc = await read(filed.id);
    expect(doc.status).toBe('received');
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]).toMatchObject({ action: 'receive', by: 'submitter', from: null, to: 'received', note: null });
    expect(doc.events[0]!.at).toBe(doc.createdAt);
    const rows = (await payload.find({ collection: collections.notifications, where: { feedback: { equals: filed.id } }, depth: 0, overrideAccess: true })).docs as Notification[];
    expect(rows.map((row) => [row.kind, row.recipient])).toEqual([['feedbackReceived', fixture.users.reviewer.id]]);
    expect(rows[0]!.subject).toBe(`【新的举报】${filed.receiptCode}`);
    expect(rows[0]!.text).toContain(`/admin/collections/feedback/${filed.id}`);
    expect(JSON.stringify(rows)).not.toMatch(/张某|zhang@|奖学金/);
  });

  it('notifies nobody of what the system files (an import)', async () => {
    const doc = await payload.create({ collection: collections.feedback, data: { kind: 'appraisal', content: '导入的评议', status: 'received' }, overrideAccess: true });
    expect((await read(doc.id)).events[0]).toMatchObject({ action: 'receive', by: 'system' });
    expect((await payload.count({ collection: collections.notifications, where: { feedback: { equals: doc.id } }, overrideAccess: true })).totalDocs).toBe(0);
  });
});

describe('handling through the actions endpoint', () => {
  let item: Awaited<ReturnType<typeof file>>;
  beforeAll(async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published' });
    item = await file({ kind: 'correction', content: '该条目中的联系电话有误。', record: String(record.id), name: '纠错人', email: 'jiucuo@example.com' });
  });

  it('lets the office act, and nobody else: editors and supervisors are refused, anonymous callers too', async () => {
    for (const who of ['editor', 'supervisor'] as const) {
      const refused = await actOn(who, item.id, { action: 'take' });
      expect(refused).toMatchObject({ status: 403, code: 'feedbackHandlersOnly', problem: { path: 'action', label: '处理操作' } });
      expect(refused.problem!.message).toBe('评议、举报、纠错由信息公开办公室（审核员和管理员）处理；您的账号可以查看，但不能办理。');
    }
    expect((await actOn('anonymous', item.id, { action: 'take' })).status).toBe(403);
    expect((await read(item.id)).events).toHaveLength(1);
    const taken = await actOn('reviewer', item.id, { action: 'take', note: '转教务处核实' });
    expect(taken.status).toBe(200);
    expect(taken.answer.message).toBe('已完成「开始处理」。');
    expect(taken.answer.doc).toMatchObject({ status: 'handling' });
  });

  it('refuses an illegal transition at `action`, saying what is possible now (zh and en)', async () => {
    const again = await actOn('reviewer', item.id, { action: 'take' });
    expect(again).toMatchObject({ status: 403, code: 'feedbackActionNotInStatus' });
    expect(again.problem).toEqual({ path: 'action', label: '处理操作', message: '该件当前为「处理中」，不能进行「开始处理」。当前可以进行的操作：记录办理情况、答复、不予受理。' });
    const close = await actOn('admin', item.id, { action: 'close' }, 'en');
    expect(close.problem).toEqual({ path: 'action', label: 'Action', message: '"Close" is not possible while the item is "Being handled". Possible now: Add a note, Reply, Do not accept.' });
    expect((await actOn('reviewer', item.id, { action: 'forward' })).code).toBe('feedbackActionUnknown');
  });

  it('asks for the reply at `reply` (400), and stores nothing of a refused action', async () => {
    const refused = await actOn('reviewer', item.id, { action: 'reply', note: '已与教务处核对' });
    expect(refused.status).toBe(400);
    expect(refused.problem).toEqual({ path: 'reply', label: '答复内容', message: '进行「答复」须填写答复内容（将告知提交人）。' });
    const english = await actOn('reviewer', item.id, { action: 'notAccept' }, 'en');
    expect(english.problem).toEqual({ path: 'reply', label: 'Reply', message: '"Do not accept" needs the reason for not accepting it (the submitter reads it).' });
    expect((await read(item.id)).events.map((event) => event.action)).toEqual(['receive', 'take']);
  });

  it('replies: the status and the answer come from the log, which records who, when and what', async () => {
    const before = Date.now();
    const replied = await actOn('admin', item.id, { action: 'reply', reply: '经核实，联系电话已更正为 0771-1234567。感谢您的纠错。', note: '教务处已更正' });
    expect(replied.status).toBe(200);
    const doc = await read(item.id);
    expect(doc).toMatchObject({ status: 'replied', reply: '经核实，联系电话已更正为 0771-1234567。感谢您的纠错。' });
    const event = doc.events.at(-1)!;
    expect(event).toMatchObject({ action: 'reply', from: 'handling', to: 'replied', by: { id: fixture.users.admin.id, role: 'admin', name: 'admin' }, note: '教务处已更正', reply: doc.reply });
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(doc.repliedAt!)).toBe(Date.parse(event.at));
    expect(doc.events.map((entry) => entry.by)).toEqual(['submitter', { id: fixture.users.reviewer.id, role: 'reviewer', name: 'reviewer' }, event.by]);
  });

  it('shows the submitter the answer and the dates — never the office’s notes or who handled it', async () => {
    const found = await lookUpFeedback({ payload, receiptCode: item.receiptCode, queryCode: item.queryCode, language: 'zh' });
    expect(found.ok && found.view).toMatchObject({ receiptCode: item.receiptCode, kind: 'correction', status: 'replied', reply: '经核实，联系电话已更正为 0771-1234567。感谢您的纠错。' });
    expect(found.ok && found.view?.repliedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(found)).not.toMatch(/教务处|admin|reviewer/);
  });

  it('ignores status, answer and log sent by a client, over REST and through the Local API', async () => {
    const session = await http.signIn(String(fixture.users.reviewer.email), password);
    const patched = await http.rest(`/${collections.feedback}/${item.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...session },
      body: JSON.stringify({ status: 'closed', reply: '伪造的答复', events: [], content: '该条目中的联系电话有误。' }),
    });
    expect(patched.status).toBe(200);
    await payload.update({ collection: collections.feedback, id: item.id, data: { status: 'received', reply: '另一个伪造' } as never, overrideAccess: true });
    const doc = await read(item.id);
    expect(doc).toMatchObject({ status: 'replied', reply: '经核实，联系电话已更正为 0771-1234567。感谢您的纠错。' });
    expect(doc.events).toHaveLength(3);
  });

  it('reopens with a reason (the answer withdrawn), refuses after closing', async () => {
    expect((await actOn('reviewer', item.id, { action: 'reopen' })).problem).toMatchObject({ path: 'note', label: '办理说明' });
    expect((await actOn('reviewer', item.id, { action: 'reopen', note: '答复遗漏了更正日期' })).status).toBe(200);
    expect(await read(item.id)).toMatchObject({ status: 'handling', reply: null, repliedAt: null });
    expect((await actOn('reviewer', item.id, { action: 'reply', reply: '已于今日更正联系电话。' })).status).toBe(200);
    expect((await actOn('reviewer', item.id, { action: 'close' })).status).toBe(200);
    const finished = await actOn('admin', item.id, { action: 'reopen', note: '再看看' });
    expect(finished).toMatchObject({ status: 403, code: 'feedbackFinished' });
    expect((await read(item.id)).events.map((event) => event.action)).toEqual(['receive', 'take', 'reply', 'reopen', 'reply', 'close']);
  });

  it('reads an item filed before the log as the log its columns imply, and acts on it', async () => {
    // A row as the earlier schema left it: status and answer as plain columns, no log.
    const legacy = await payload.create({ collection: collections.feedback, data: { kind: 'appraisal', content: '旧评议', status: 'received' }, overrideAccess: true });
    await payload.db.updateOne({ collection: collections.feedback, id: legacy.id, data: { events: null, status: 'handling' } } as never);
    expect((await actOn('reviewer', legacy.id, { action: 'reply', reply: '感谢您的评议。' })).status).toBe(200);
    const doc = await read(legacy.id);
    expect(doc.events.map((event) => [event.action, typeof event.by === 'string' ? event.by : event.by.role])).toEqual([['receive', 'system'], ['take', 'system'], ['reply', 'reviewer']]);
    expect(doc.status).toBe('replied');
  });
});

describe('the office’s queue: 待处理的评议、举报、纠错', () => {
  const requestOf = async (who: Staff) => (await createLocalReq({ user: { ...fixture.users[who], collection: 'users' } as never }, payload)) as PayloadRequest;

  it('lists open items oldest first with counts per kind, for the office alone', async () => {
    const open = (await payload.find({ collection: collections.feedback, where: { status: { in: ['received', 'handling'] } }, sort: 'createdAt', depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs as Feedback[];
    const newer = await file({ kind: 'appraisal', content: '专栏查找方便。', rating: 'satisfied' });
    const answered = await file({ kind: 'complaint', content: '未公开收费标准。' });
    expect((await actOn('reviewer', answered.id, { action: 'notAccept', reply: '属于信访事项，请向学校信访办反映。' })).status).toBe(200);

    const [queue, ...more] = await loadFeedbackQueues(await requestOf('reviewer'), { rowsPerQueue: 50 });
    expect(more).toEqual([]);
    expect(queue!.label.zh).toBe('待处理的评议、举报、纠错');
    const expected = [...open.map((doc) => String(doc.id)), String(newer.id)];
    expect(expected.length).toBeGreaterThan(1);
    expect(queue!.rows.map((row) => row.id)).toEqual(expected);
    expect(queue!.count).toBe(expected.length);
    const all = [...open, await read(newer.id)];
    expect(Object.fromEntries(queue!.byKind.map((entry) => [entry.kind, entry.count]))).toEqual({
      appraisal: all.filter((doc) => doc.kind === 'appraisal').length,
      complaint: all.filter((doc) => doc.kind === 'complaint').length,
      correction: all.filter((doc) => doc.kind === 'correction').length,
    });
    expect(queue!.rows.map((row) => row.id)).not.toContain(String(answered.id));
    expect(queue!.href).toContain('/admin/collections/feedback?');

    expect(await loadFeedbackQueues(await requestOf('admin'))).toHaveLength(1);
    expect(await loadFeedbackQueues(await requestOf('supervisor'))).toEqual([]);
    expect(await loadFeedbackQueues(await requestOf('editor'))).toEqual([]);
  });
});
