import { collections, erasedTextMarker } from '@xxgk/domain';
import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationCase } from '../../apps/cms/src/payload-types';
import { runRetention } from '../../apps/cms/src/applications/retentionJob';
import { takeCaseAction } from '../../apps/cms/src/applications/takeCaseAction';
import { password, register, useDemoCalendar } from '../support/applications';
import { cmsHttp, type CmsHttp } from '../support/cmsHttp';
import { createFixture, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';

/**
 * What the office's own edits of applications must respect, on SQLite and on MongoDB: a case's
 * (and a feedback item's) handler is a member of the disclosure office — the picker offers no one
 * else and the server refuses anyone else at the field; an applicant's e-mail and phone typed by
 * staff follow the public form's rules, with its messages at the field; and the retention job
 * erases the free text of the cases it anonymises while their figures stay.
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
  await useDemoCalendar(payload);
  http = await cmsHttp(cms);
});
afterAll(async () => cms?.close());

type Problem = { path: string; message: string };
const problemsOf = (body: { errors?: { data?: { errors?: Problem[] } }[] }) => (body.errors?.[0]?.data?.errors ?? []).map(({ path, message }) => ({ path, message }));
const as = async (who: keyof Fixture['users']) => http.signIn(String(fixture.users[who].email), password);
const send = async (who: keyof Fixture['users'], method: string, path: string, body: Record<string, unknown>, language = 'zh') => {
  const response = await http.rest(path, { method, headers: { 'content-type': 'application/json', 'accept-language': language, ...(await as(who)) }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { doc?: Record<string, unknown>; errors?: { data?: { errors?: Problem[] } }[] } };
};

describe('the handler is a member of the disclosure office', () => {
  it('offers only office members in the picker (the field’s filterOptions)', async () => {
    for (const slug of [collections.applicationCases, collections.feedback]) {
      const handler = payload.collections[slug].config.flattenedFields.find((field) => field.name === 'handler') as { filterOptions?: Where };
      expect(handler.filterOptions, slug).toBeDefined();
      const offered = (await payload.find({ collection: collections.users, where: handler.filterOptions!, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs.map((user) => user.role);
      expect(offered.length).toBeGreaterThan(1);
      expect(new Set(offered)).toEqual(new Set(['admin', 'reviewer']));
    }
  });

  it('refuses an editor or a supervisor as a case’s handler, at the field, in the admin’s language; office members are accepted', async () => {
    const { body } = await register(http, fixture);
    const path = `/${collections.applicationCases}/${body.doc.id}`;
    const editor = await send('reviewer', 'PATCH', path, { handler: fixture.users.editor.id });
    expect(editor.status).toBe(400);
    expect(problemsOf(editor.body)).toEqual([{ path: 'handler', message: '承办人须是信息公开办公室的成员（审核员或管理员）；「editor」不是，请重新选择。' }]);
    const supervisor = await send('admin', 'PATCH', path, { handler: fixture.users.supervisor.id }, 'en');
    expect(problemsOf(supervisor.body)).toEqual([{ path: 'handler', message: 'The handler must belong to the disclosure office (a reviewer or an administrator); "supervisor" does not: choose someone else.' }]);
    expect((await payload.findByID({ collection: collections.applicationCases, id: body.doc.id, depth: 0, overrideAccess: true })).handler ?? null).toBeNull();
    // A reviewer, who reads no account but their own, still saves a case an administrator handles.
    expect((await send('reviewer', 'PATCH', path, { handler: fixture.users.admin.id })).status).toBe(200);
    expect((await send('reviewer', 'PATCH', path, { purpose: '研究' })).status).toBe(200);
    expect((await send('admin', 'PATCH', path, { handler: fixture.users.reviewer.id })).status).toBe(200);
    expect((await payload.findByID({ collection: collections.applicationCases, id: body.doc.id, depth: 0, overrideAccess: true })).handler).toBe(fixture.users.reviewer.id);
  });

  it('refuses a non-office handler of feedback too', async () => {
    const item = await payload.create({ collection: collections.feedback, data: { kind: 'appraisal', content: '评议', status: 'received' }, overrideAccess: true });
    const refused = await send('admin', 'PATCH', `/${collections.feedback}/${item.id}`, { handler: fixture.users.editor.id });
    expect(refused.status).toBe(400);
    // Our message, not Payload's generic filterOptions refusal: the server check is what says what to fix.
    expect(problemsOf(refused.body)).toEqual([{ path: 'handler', message: '承办人须是信息公开办公室的成员（审核员或管理员）；「editor」不是，请重新选择。' }]);
    expect((await send('admin', 'PATCH', `/${collections.feedback}/${item.id}`, { handler: fixture.users.reviewer.id })).status).toBe(200);
  });
});

describe('an applicant’s e-mail and phone, as staff type them', () => {
  it('are held to the public form’s formats, with its messages at the fields; nothing is stored', async () => {
    const refused = await send('reviewer', 'POST', `/${collections.applicants}`, { name: '赵六', email: 'zhao@', phone: '12345' });
    expect(refused.status).toBe(400);
    expect(problemsOf(refused.body)).toEqual([
      { path: 'email', message: '电子邮箱「zhao@」格式不正确，请填写形如 name@example.com 的地址。' },
      { path: 'phone', message: '电话号码「12345」格式不正确：请填写 11 位手机号码（如 13800138000），或带区号的固定电话（如 0771-1234567）。' },
    ]);
    expect((await payload.count({ collection: collections.applicants, where: { name: { equals: '赵六' } }, overrideAccess: true })).totalDocs).toBe(0);
    const created = await send('reviewer', 'POST', `/${collections.applicants}`, { name: '赵六', email: 'zhao@example.com', phone: '0771-1234567' });
    expect(created.status).toBe(201);
    const edited = await send('admin', 'PATCH', `/${collections.applicants}/${created.body.doc!.id}`, { phone: '138 0013 800' }, 'en');
    expect(problemsOf(edited.body)).toEqual([{ path: 'phone', message: 'The phone number "138 0013 800" is malformed: enter an 11-digit mobile number (e.g. 13800138000) or a landline with its area code (e.g. 0771-1234567).' }]);
    expect((await send('admin', 'PATCH', `/${collections.applicants}/${created.body.doc!.id}`, { phone: '+86 138 0013 8000', email: '' })).status).toBe(200);
  });
});

describe('retention erases a case’s free text with its applicant', () => {
  const noonOn = (date: string) => new Date(`${date}T12:00:00+08:00`);
  const requestOf = async () => (await createLocalReq({ user: { ...fixture.users.reviewer, collection: 'users' } as never }, payload)) as PayloadRequest;
  const act = async (id: number | string, today: string, action: string, input: Record<string, unknown> = {}) => takeCaseAction({ payload, req: await requestOf(), id, action, input, today });
  const read = async (id: number | string) => (await payload.findByID({ collection: collections.applicationCases, id, depth: 0, overrideAccess: true })) as ApplicationCase & { events: { action: string; at: string; note: string | null }[] };
  const figures = (doc: ApplicationCase) => ({
    status: doc.status, receivedOn: doc.receivedOn, decision: doc.decision, decidedOn: doc.decidedOn, repliedOn: doc.repliedOn, closedOn: doc.closedOn, withdrawnOn: doc.withdrawnOn,
    dueOn: doc.dueOn, workingDaysUsed: doc.workingDaysUsed, extended: doc.extended, feeCharged: doc.feeCharged, feeWaived: doc.feeWaived, applicantType: doc.applicantType, channel: doc.channel,
  });

  it('replaces the request, the purpose and every note of the log with the marker; the figures and the log’s steps stay', async () => {
    const person = await payload.create({ collection: collections.applicants, data: { name: '钱七', email: 'qian@example.com' }, overrideAccess: true });
    const other = await payload.create({ collection: collections.applicants, data: { name: '孙八' }, overrideAccess: true });
    const create = (applicant: number | string, purpose: string | null) =>
      payload.create({
        collection: collections.applicationCases,
        data: { channel: 'letter', applicantType: 'naturalPerson', applicant, informationRequested: '钱七本人 2015 年的学籍档案', purpose, form: 'electronic', delivery: 'email', receivedOn: '2022-09-19' } as never,
        overrideAccess: true,
        context: { caseToday: '2022-09-19' },
      });
    const erased = await create(person.id, '办理钱七的落户手续');
    await act(erased.id, '2022-09-20', 'accept', { note: '钱七电话确认了身份' });
    await act(erased.id, '2022-09-30', 'decide', { decision: 'disclosed', note: '档案复印件寄往钱七家中', fee: { charged: 1000, waived: 0 } });
    await act(erased.id, '2022-10-08', 'reply');
    await act(erased.id, '2022-10-10', 'close');
    const kept = await create(other.id, null);
    await act(kept.id, '2022-09-20', 'withdraw', { note: '孙八书面撤回' });
    await payload.create({ collection: collections.applicationCases, data: { channel: 'letter', applicantType: 'naturalPerson', applicant: other.id, informationRequested: '孙八的另一申请', form: 'electronic', delivery: 'email', receivedOn: '2026-01-05' } as never, overrideAccess: true, context: { caseToday: '2026-01-05' } });
    const before = await read(erased.id);

    expect(await runRetention(payload, { now: noonOn('2027-10-11') })).toEqual({ erased: 1 });
    const after = await read(erased.id);
    expect(after.informationRequested).toBe(erasedTextMarker);
    expect(after.purpose).toBe(erasedTextMarker);
    expect(after.events.map((event) => event.note)).toEqual([null, erasedTextMarker, erasedTextMarker, null, null]);
    expect(after.events.map((event) => [event.action, event.at])).toEqual(before.events.map((event) => [event.action, event.at]));
    expect(figures(after)).toEqual(figures(before));
    expect(figures(after)).toMatchObject({ status: 'closed', decision: 'disclosed', feeCharged: 1000, workingDaysUsed: expect.any(Number) });
    expect(JSON.stringify(after)).not.toMatch(/钱七|学籍|落户/);
    // 孙八 has an open case: their withdrawn one keeps its text and notes.
    expect(await read(kept.id)).toMatchObject({ informationRequested: '钱七本人 2015 年的学籍档案', events: [expect.anything(), expect.objectContaining({ note: '孙八书面撤回' })] });
    // Running again changes nothing.
    const updatedAt = after.updatedAt;
    expect(await runRetention(payload, { now: noonOn('2027-10-12') })).toEqual({ erased: 0 });
    expect((await read(erased.id)).updatedAt).toBe(updatedAt);
  });
});
