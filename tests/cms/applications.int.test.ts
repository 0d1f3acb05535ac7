import { caseActionLabels, collections, isInCaseQueue, caseQueuesFor, chinaDate, type Actor } from '@xxgk/domain';
import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseQueues } from '../../apps/cms/src/workbench/loadCaseQueues';
import { loadCaseSettings } from '../../apps/cms/src/applications/caseSettings';
import { actOn, problemOf, realToday, register, setToday, settleClock, useDemoCalendar } from '../support/applications';
import { cmsHttp, type CmsHttp } from '../support/cmsHttp';
import { createFixture, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';

/**
 * Applications (依申请公开) handled in the CMS, on SQLite and on MongoDB: the lifecycle through
 * POST /api/application-cases/:id/actions (the admin's buttons) with the clock set to the days
 * of the 2022 National Day example of docs/APPLICATIONS.md, each refusal with its message at
 * its input, the log and the columns derived from it, who may do what, the applicant's privacy
 * over REST and GraphQL, and the office's queues.
 */
// Requests through Payload's REST handler start its job crons in this process; not this suite's subject.
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
afterAll(async () => {
  if (payload) await settleClock(payload);
  await cms?.close();
});
afterEach(() => realToday());

const read = async (id: number | string) => (await payload.findByID({ collection: collections.applicationCases, id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown> & { events: { action: string; at: string; by: unknown; from: string | null; to: string; note: string | null }[] };
const columnsOf = (doc: Record<string, unknown>) => ({
  status: doc.status, receivedOn: doc.receivedOn, dueOn: doc.dueOn, isPaused: doc.isPaused, extended: doc.extended, decision: doc.decision ?? null,
  decidedOn: doc.decidedOn ?? null, repliedOn: doc.repliedOn ?? null, withdrawnOn: doc.withdrawnOn ?? null, closedOn: doc.closedOn ?? null,
  workingDaysUsed: doc.workingDaysUsed ?? null, feeCharged: doc.feeCharged, feeWaived: doc.feeWaived,
});

/** An action on its day, which must succeed. */
const step = async (date: string, who: Parameters<typeof actOn>[2], id: number | string, body: Record<string, unknown>) => {
  setToday(date);
  const answer = await actOn(http, fixture, who, id, body);
  expect(answer.status, JSON.stringify(answer.body.errors)).toBe(200);
  return answer.body.doc!;
};
/** An action on its day, which must be refused: its status and the problem at its input. */
const refused = async (date: string, who: Parameters<typeof actOn>[2], id: number | string, body: Record<string, unknown>, language = 'zh') => {
  setToday(date);
  const answer = await actOn(http, fixture, who, id, body, language);
  return { status: answer.status, problem: problemOf(answer.body), code: answer.body.errors?.[0]?.data?.code, summary: answer.body.errors?.[0]?.message };
};

describe('the lifecycle through the actions endpoint, across National Day 2022', () => {
  let id: number | string;

  it('registers a letter received on Monday 19 September: a receipt code, the receive event, due Thursday 13 October', async () => {
    setToday('2022-09-21');
    const { status, body } = await register(http, fixture, { receivedOn: '2022-09-19' });
    expect(status).toBe(201);
    id = body.doc.id;
    const doc = await read(id);
    expect(doc.caseNo).toMatch(/^YSQ-2022-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(doc.submissionKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(columnsOf(doc)).toEqual({
      status: 'received', receivedOn: '2022-09-19', dueOn: '2022-10-13', isPaused: false, extended: false, decision: null, decidedOn: null,
      repliedOn: null, withdrawnOn: null, closedOn: null, workingDaysUsed: null, feeCharged: 0, feeWaived: 0,
    });
    expect(doc.events).toEqual([
      { action: 'receive', at: '2022-09-21', by: { id: fixture.users.reviewer.id, role: 'reviewer', name: 'reviewer' }, from: null, to: 'received', note: null, receivedOn: '2022-09-19', days: 15 },
    ]);
  });

  it('accepts, consults a third party (the clock pauses), ends the consultation: due Friday 21 October', async () => {
    await step('2022-09-21', 'reviewer', id, { action: 'accept' });
    expect((await refused('2022-09-27', 'reviewer', id, { action: 'consult' })).problem).toEqual({
      path: 'note', label: '办理说明', message: '进行「征求第三方意见」须填写征求意见的第三方及征求意见的事项。',
    });
    const consulting = await step('2022-09-27', 'reviewer', id, { action: 'consult', note: '征求某招生合作单位意见' });
    expect(columnsOf(consulting)).toMatchObject({ status: 'consulting', isPaused: true, dueOn: null });
    const accepted = await step('2022-10-10', 'reviewer', id, { action: 'endConsultation', note: '第三方同意公开' });
    expect(columnsOf(accepted)).toMatchObject({ status: 'accepted', isPaused: false, dueOn: '2022-10-21' });
  });

  it('extends by 15 working days with the reason, an administrator’s act: due Friday 11 November', async () => {
    const byReviewer = await refused('2022-10-11', 'reviewer', id, { action: 'extend', note: '需调取档案' });
    expect(byReviewer).toMatchObject({ status: 403, code: 'caseExtensionAdminOnly', problem: { path: 'action', label: '办理操作' } });
    expect(byReviewer.problem!.message).toContain('只有管理员可以操作');
    expect((await refused('2022-10-11', 'admin', id, { action: 'extend' })).problem).toMatchObject({ path: 'note', message: '进行「延长答复期限」须填写延长答复期限的理由。' });
    const extended = await step('2022-10-11', 'admin', id, { action: 'extend', note: '涉及多个部门，需调取档案' });
    expect(columnsOf(extended)).toMatchObject({ status: 'accepted', extended: true, dueOn: '2022-11-11' });
    const again = await refused('2022-10-12', 'admin', id, { action: 'extend', note: '再延长' });
    expect(again).toMatchObject({ status: 403, code: 'caseExtensionOnlyOnce' });
    expect(again.problem!.message).toBe('答复期限只能延长一次：本申请已于 2022-10-11 延长 15 个工作日。');
  });

  it('refuses a decision without what it needs, each at its input, in the admin’s language', async () => {
    expect(await refused('2022-10-20', 'reviewer', id, { action: 'decide', note: '说明' })).toMatchObject({
      status: 400, problem: { path: 'decision', label: '办理结果', message: '请选择办理结果（如予以公开、部分公开，或不予公开及其理由）。' },
    });
    expect((await refused('2022-10-20', 'reviewer', id, { action: 'decide', decision: 'disclosed' })).problem).toEqual({
      path: 'note', label: '办理说明', message: '作出「予以公开」决定须填写获取信息的方式和途径，答复书将据此告知申请人。',
    });
    expect((await refused('2022-10-20', 'reviewer', id, { action: 'decide', decision: 'other.noCorrection', note: '逾期' })).problem!.path).toBe('decision');
    expect((await refused('2022-10-20', 'reviewer', id, { action: 'decide', decision: 'unableToProvide.stillUnclear', note: '仍不明确' })).problem!.message).toContain('请先告知申请人补正');
    expect(await refused('2022-10-20', 'reviewer', id, { action: 'decide', decision: 'disclosed', note: '登录专栏下载', fee: { charged: '-1' } })).toMatchObject({
      status: 400, problem: { path: 'fee.charged', label: '收费金额（元）', message: '收费金额须为不小于 0 的金额，以元为单位，最多两位小数（如 12.50）；不收费请填 0 或留空。' },
    });
    const english = await refused('2022-10-20', 'reviewer', id, { action: 'decide', decision: 'disclosed' }, 'en');
    expect(english.problem).toEqual({ path: 'note', label: 'Note', message: 'The decision "Disclosed" needs how to obtain the information: the reply tells the applicant.' });
    expect(english.summary).not.toMatch(/unknown error/i);
    // Nothing of a refused action is stored.
    expect((await read(id)).events.map((event) => event.action)).toEqual(['receive', 'accept', 'consult', 'endConsultation', 'extend']);
  });

  it('decides 予以公开 with the fee in yuan (stored in fen), replies, closes; the clock stopped at the reply', async () => {
    const decided = await step('2022-10-20', 'reviewer', id, { action: 'decide', decision: 'disclosed', note: '请登录学校信息公开专栏下载', fee: { charged: '12.5', waived: '2.50' } });
    expect(columnsOf(decided)).toMatchObject({ status: 'decided', decision: 'disclosed', decidedOn: '2022-10-20', feeCharged: 1250, feeWaived: 250, dueOn: '2022-11-11' });
    const replied = await step('2022-10-21', 'reviewer', id, { action: 'reply' });
    // 20–23, 26, 27 Sep (6); 28 Sep–10 Oct paused; 11–14 (10) and 17–21 Oct (15).
    expect(columnsOf(replied)).toMatchObject({ status: 'replied', repliedOn: '2022-10-21', dueOn: '2022-11-11', workingDaysUsed: 15, isPaused: false });
    const closed = await step('2022-10-24', 'reviewer', id, { action: 'close' });
    expect(columnsOf(closed)).toEqual({
      status: 'closed', receivedOn: '2022-09-19', dueOn: '2022-11-11', isPaused: false, extended: true, decision: 'disclosed', decidedOn: '2022-10-20',
      repliedOn: '2022-10-21', withdrawnOn: null, closedOn: '2022-10-24', workingDaysUsed: 15, feeCharged: 1250, feeWaived: 250,
    });
  });

  it('keeps the log: every action once, on its day, by whom, with its note', async () => {
    const { events } = await read(id);
    expect(events.map((event) => [event.action, event.at, event.from, event.to])).toEqual([
      ['receive', '2022-09-21', null, 'received'],
      ['accept', '2022-09-21', 'received', 'accepted'],
      ['consult', '2022-09-27', 'accepted', 'consulting'],
      ['endConsultation', '2022-10-10', 'consulting', 'accepted'],
      ['extend', '2022-10-11', 'accepted', 'accepted'],
      ['decide', '2022-10-20', 'accepted', 'decided'],
      ['reply', '2022-10-21', 'decided', 'replied'],
      ['close', '2022-10-24', 'replied', 'closed'],
    ]);
    expect(events[4]).toMatchObject({ by: { id: fixture.users.admin.id, role: 'admin', name: 'admin' }, note: '涉及多个部门，需调取档案', days: 15 });
    expect(events[5]).toMatchObject({ decision: 'disclosed', fee: { charged: 1250, waived: 250 }, note: '请登录学校信息公开专栏下载' });
  });

  it('refuses anything after the close, saying the handling is over', async () => {
    const after = await refused('2022-10-25', 'reviewer', id, { action: 'accept' });
    expect(after).toMatchObject({ status: 403, code: 'caseFinished', problem: { path: 'action' } });
    expect(after.problem!.message).toBe('申请已「已办结」，办理已经结束，不能再进行「受理」。申请人如再次提出申请，请作为新申请登记。');
    expect((await refused('2022-10-25', 'reviewer', id, { action: 'publish' })).problem!.message).toBe('「publish」不是申请办理中的操作，请使用页面上提供的按钮。');
  });
});

describe('corrections and withdrawals', () => {
  it('asks for a correction once (the clock pauses), records the amendment: due Monday 17 October', async () => {
    setToday('2022-09-19');
    const { body } = await register(http, fixture, { receivedOn: '2022-09-19' });
    const id = body.doc.id;
    const asked = await step('2022-09-20', 'reviewer', id, { action: 'requestCorrection', note: '请说明所需信息的年份和范围' });
    expect(columnsOf(asked)).toMatchObject({ status: 'correctionRequested', isPaused: true, dueOn: null });
    const twice = await refused('2022-09-21', 'reviewer', id, { action: 'requestCorrection', note: '再次补正' });
    expect(twice).toMatchObject({ status: 403, code: 'caseActionNotInStatus' });
    // Lapsing before the window closes (14 October) is refused with the date.
    const early = await refused('2022-09-21', 'reviewer', id, { action: 'lapse' });
    expect(early).toMatchObject({ status: 403, code: 'caseCorrectionStillOpen' });
    expect(early.problem!.message).toContain('2022-10-14');
    const amended = await step('2022-09-22', 'reviewer', id, { action: 'amend', note: '申请人补正：2022年广西区内各专业招生计划' });
    // Counted: 20 Sep (the request's day), then from 23 Sep: 23, 26–30, 8–14, 17 Oct.
    expect(columnsOf(amended)).toMatchObject({ status: 'accepted', isPaused: false, dueOn: '2022-10-17' });
    // After an amendment, 补正后仍不明确 may be decided.
    const unclear = await step('2022-09-23', 'reviewer', id, { action: 'decide', decision: 'unableToProvide.stillUnclear', note: '补正后仍无法确定所需信息，依据《办法》第十七条' });
    expect(unclear.decision).toBe('unableToProvide.stillUnclear');
  });

  it('records a withdrawal with how it came, counted in 其他', async () => {
    setToday('2022-09-19');
    const { body } = await register(http, fixture);
    const without = await refused('2022-09-20', 'reviewer', body.doc.id, { action: 'withdraw' });
    expect(without.problem).toMatchObject({ path: 'note', message: '进行「申请人撤回申请」须填写申请人撤回申请的方式和时间（如书面撤回申请的日期）。' });
    const withdrawn = await step('2022-09-20', 'reviewer', body.doc.id, { action: 'withdraw', note: '申请人 9 月 20 日书面撤回' });
    expect(columnsOf(withdrawn)).toMatchObject({ status: 'withdrawn', withdrawnOn: '2022-09-20', decision: 'other.other', workingDaysUsed: 1, dueOn: '2022-10-13' });
  });

  it('refuses a date received in the future at its field, and keeps nothing', async () => {
    setToday('2022-09-19');
    const before = (await payload.count({ collection: collections.applicationCases, overrideAccess: true })).totalDocs;
    const { status, body } = await register(http, fixture, { receivedOn: '2022-09-30' });
    expect(status).toBe(400);
    expect(body.errors![0]!.data!.errors).toEqual([{ path: 'receivedOn', label: '收到申请日期', message: '收到申请的日期（2022-09-30）不能晚于今天（2022-09-19），请填写申请实际送达的日期。' }]);
    expect((await payload.count({ collection: collections.applicationCases, overrideAccess: true })).totalDocs).toBe(before);
  });
});

describe('what only the log decides', () => {
  it('ignores status, deadline, decision, fee and log sent by a client, and never changes the receipt code', async () => {
    const { body } = await register(http, fixture, { extra: { status: 'closed', dueOn: '2099-01-01', decision: 'disclosed', feeCharged: 999, events: [], caseNo: 'YSQ-2000-AAAA-AAAA' } });
    const id = body.doc.id;
    const created = await read(id);
    expect(created).toMatchObject({ status: 'received', decision: null, feeCharged: 0 });
    expect(created.caseNo).not.toBe('YSQ-2000-AAAA-AAAA');
    expect(created.events).toHaveLength(1);
    const session = await http.signIn('reviewer@test.cn', 'Test#12345');
    const patched = await http.rest(`/${collections.applicationCases}/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...session },
      body: JSON.stringify({ status: 'replied', repliedOn: '2022-01-01', events: [], caseNo: 'YSQ-2000-BBBB-BBBB', purpose: '学术研究' }),
    });
    expect(patched.status).toBe(200);
    const after = await read(id);
    expect(after).toMatchObject({ status: 'received', repliedOn: null, caseNo: created.caseNo, purpose: '学术研究' });
    expect(after.events).toEqual(created.events);
  });

  it('ignores them from the Local API with overrideAccess too (the public intake’s way), and logs the applicant', async () => {
    const doc = await payload.create({
      collection: collections.applicationCases,
      data: { channel: 'online', applicantType: 'naturalPerson', informationRequested: '网上申请', form: 'electronic', delivery: 'email', receivedOn: '2020-01-01', status: 'closed', decision: 'disclosed' } as never,
      overrideAccess: true,
      context: { caseActor: 'applicant' },
    });
    const today = chinaDate(new Date());
    expect(doc).toMatchObject({ status: 'received', decision: null, receivedOn: today });
    expect((doc.events as { by: unknown }[])[0]!.by).toBe('applicant');
    // Without a user or that context: the system.
    const imported = await payload.create({
      collection: collections.applicationCases,
      data: { channel: 'letter', applicantType: 'organisation.other', informationRequested: '导入', form: 'paper', delivery: 'post', receivedOn: '2022-03-01' } as never,
      overrideAccess: true,
    });
    expect(imported).toMatchObject({ receivedOn: '2022-03-01' });
    expect((imported.events as { by: unknown }[])[0]!.by).toBe('system');
  });
});

describe('who may act', () => {
  let id: number | string;
  beforeAll(async () => {
    id = (await register(http, fixture)).body.doc.id;
  });

  it('refuses editors and supervisors with the office’s rule, anonymous callers as staff-only, and changes nothing', async () => {
    for (const who of ['editor', 'supervisor'] as const) {
      const answer = await refused(chinaDate(new Date()), who, id, { action: 'accept' });
      expect(answer, who).toMatchObject({ status: 403, code: 'caseHandlersOnly' });
      expect(answer.problem!.message).toBe('依申请公开的办理由信息公开办公室（审核员和管理员）负责；您的账号可以查看申请，但不能办理。');
    }
    const anonymous = await actOn(http, fixture, 'anonymous', id, { action: 'accept' });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.errors![0]!.message).toContain('内容管理接口仅供已登录的工作人员使用');
    expect((await read(id)).status).toBe('received');
  });

  it('answers 404 for a case that does not exist', async () => {
    const missing = payload.db.name === 'mongoose' ? '0123456789abcdef01234567' : '999999';
    expect((await actOn(http, fixture, 'reviewer', missing, { action: 'accept' })).status).toBe(404);
    expect((await actOn(http, fixture, 'reviewer', 'not-an-id', { action: 'accept' })).status).toBe(404);
  });

  it('lets editors read no case, supervisors read cases but not create or change them', async () => {
    const editor = await http.signIn('editor@test.cn', 'Test#12345');
    expect((await http.rest(`/${collections.applicationCases}`, { headers: editor })).status).toBe(403);
    expect((await http.rest(`/${collections.applicationCases}/${id}`, { headers: editor })).status).toBe(403);
    const supervisor = await http.signIn('supervisor@test.cn', 'Test#12345');
    expect((await http.rest(`/${collections.applicationCases}/${id}`, { headers: supervisor })).status).toBe(200);
    const patch = await http.rest(`/${collections.applicationCases}/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...supervisor }, body: JSON.stringify({ purpose: '改' }) });
    expect(patch.status).toBe(403);
    expect((await http.rest(`/${collections.applicationCases}`, {})).status).toBe(403);
  });
});

describe('the applicant’s personal data', () => {
  let caseId: number | string;
  let applicantId: number | string;
  beforeAll(async () => {
    const applicant = await payload.create({ collection: collections.applicants, data: { name: '张三', email: 'zhangsan@example.com', phone: '13800138000', idType: 'residentIdCard', idNumber: '11010519491231002X' }, overrideAccess: true });
    applicantId = applicant.id;
    caseId = (await register(http, fixture, { applicant: applicant.id })).body.doc.id;
  });

  it('is read and corrected by the office, from the case', async () => {
    const reviewer = await http.signIn('reviewer@test.cn', 'Test#12345');
    const doc = (await (await http.rest(`/${collections.applicationCases}/${caseId}?depth=1`, { headers: reviewer })).json()) as { applicant: { name: string } };
    expect(doc.applicant.name).toBe('张三');
    const corrected = await http.rest(`/${collections.applicants}/${applicantId}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...reviewer }, body: JSON.stringify({ phone: '13900139000' }) });
    expect(corrected.status).toBe(200);
    const graph = await http.graphql(`{ ApplicationCase(id: ${JSON.stringify(caseId)}) { caseNo applicant { name phone } } }`, reviewer);
    expect(graph.errors).toBeUndefined();
    expect(graph.data!.ApplicationCase).toMatchObject({ applicant: { name: '张三', phone: '13900139000' } });
  });

  it('is never given to a supervisor, over REST or GraphQL; applicants are not readable to them at all', async () => {
    const supervisor = await http.signIn('supervisor@test.cn', 'Test#12345');
    const rest = (await (await http.rest(`/${collections.applicationCases}/${caseId}?depth=1`, { headers: supervisor })).json()) as Record<string, unknown>;
    expect(rest.caseNo).toMatch(/^YSQ-/);
    expect(rest).not.toHaveProperty('applicant');
    const list = (await (await http.rest(`/${collections.applicationCases}?depth=2&limit=100`, { headers: supervisor })).json()) as { docs: Record<string, unknown>[] };
    expect(list.docs.length).toBeGreaterThan(0);
    expect(list.docs.some((doc) => 'applicant' in doc)).toBe(false);
    expect(JSON.stringify(list)).not.toContain('张三');
    expect((await http.rest(`/${collections.applicants}`, { headers: supervisor })).status).toBe(403);
    expect((await http.rest(`/${collections.applicants}/${applicantId}`, { headers: supervisor })).status).toBe(403);

    const graph = await http.graphql(`{ ApplicationCase(id: ${JSON.stringify(caseId)}) { caseNo applicant { name } } }`, supervisor);
    expect((graph.data!.ApplicationCase as Record<string, unknown>).caseNo).toMatch(/^YSQ-/);
    expect((graph.data!.ApplicationCase as Record<string, unknown>).applicant).toBeNull();
    expect(JSON.stringify(graph)).not.toContain('张三');
    const applicants = await http.graphql('{ Applicants { docs { name } } }', supervisor);
    expect(applicants.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(applicants)).not.toContain('张三');
  });

  it('is refused to editors and anonymous callers', async () => {
    const editor = await http.signIn('editor@test.cn', 'Test#12345');
    expect((await http.rest(`/${collections.applicants}`, { headers: editor })).status).toBe(403);
    const anonymousList = await http.rest(`/${collections.applicants}`);
    expect(anonymousList.status).toBe(403);
    expect(JSON.stringify(await anonymousList.json())).toContain('内容管理接口仅供已登录的工作人员使用');
    expect((await http.rest(`/${collections.applicants}/${applicantId}`)).status).toBe(403);
    const anonymous = await http.graphql(`{ ApplicationCase(id: ${JSON.stringify(caseId)}) { caseNo applicant { name } } }`);
    expect(JSON.stringify(anonymous)).not.toContain('张三');
    expect(anonymous.errors?.length).toBeGreaterThan(0);
  });
});

describe('the office’s queues', () => {
  const requestOf = async (who: keyof Fixture['users']) => createLocalReq({ user: { ...fixture.users[who], collection: 'users' } as never }, payload) as Promise<PayloadRequest>;

  it('hold what the domain’s queue rules say of every stored case, for handlers only', async () => {
    setToday('2022-10-12');
    // A few more cases in the states the queues are about: new, awaiting correction, due soon, overdue.
    const newOne = (await register(http, fixture, { receivedOn: '2022-10-11' })).body.doc.id;
    const dueSoon = (await register(http, fixture, { receivedOn: '2022-09-21' })).body.doc.id;
    await step('2022-10-12', 'reviewer', dueSoon, { action: 'accept' });
    const overdue = (await register(http, fixture, { receivedOn: '2022-09-01' })).body.doc.id;
    await step('2022-10-12', 'reviewer', overdue, { action: 'accept' });
    // Received Friday 16 September: due today, 12 October — due soon, not yet overdue.
    const dueToday = (await register(http, fixture, { receivedOn: '2022-09-16' })).body.doc.id;
    await step('2022-10-12', 'reviewer', dueToday, { action: 'accept' });
    const correction = (await register(http, fixture, { receivedOn: '2022-10-10' })).body.doc.id;
    await step('2022-10-12', 'reviewer', correction, { action: 'requestCorrection', note: '请补充' });

    const now = new Date('2022-10-12T12:00:00+08:00');
    const queues = await loadCaseQueues(await requestOf('reviewer'), { now });
    const all = (await payload.find({ collection: collections.applicationCases, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Record<string, unknown>[];
    const settings = await loadCaseSettings(payload);
    const reviewer: Actor = { id: fixture.users.reviewer.id, role: 'reviewer', departmentId: null };
    const rules = caseQueuesFor(reviewer, { today: '2022-10-12', dueSoonDays: settings.dueSoonDays, calendar: settings.calendar });
    const recount = Object.fromEntries(rules.map((rule) => [rule.key, all.filter((doc) => isInCaseQueue(rule, doc)).map((doc) => String(doc.id)).sort()]));
    expect(Object.fromEntries(queues.map((queue) => [queue.key, queue.count]))).toEqual(Object.fromEntries(Object.entries(recount).map(([key, ids]) => [key, ids.length])));
    // Received 21 September: due 17 October, 3 working days after 12 October (13, 14, 17).
    expect(recount.caseDueSoon).toContain(String(dueSoon));
    expect(recount.caseOverdue).toContain(String(overdue));
    expect(recount.caseDueSoon).toContain(String(dueToday));
    expect(recount.caseOverdue).not.toContain(String(dueToday));
    expect(recount.caseAwaitingCorrection).toContain(String(correction));
    expect(recount.caseNew).toContain(String(newOne));
    const byKey = Object.fromEntries(queues.map((queue) => [queue.key, queue]));
    expect(byKey.caseDueSoon!.label.zh).toBe('答复期限 ≤ 3 个工作日');
    expect(byKey.caseDueSoon!.rows.map((row) => row.id)).toContain(String(dueSoon));
    expect(byKey.caseOverdue!.href).toContain(`/admin/collections/${collections.applicationCases}?`);
    expect(decodeURIComponent(byKey.caseOverdue!.href)).toContain('[dueOn][less_than]=2022-10-12');

    expect(await loadCaseQueues(await requestOf('supervisor'), { now })).toEqual([]);
    expect(await loadCaseQueues(await requestOf('editor'), { now })).toEqual([]);
  });
});

describe('the labels of the actions', () => {
  it('are the domain’s, in both languages', () => {
    expect(caseActionLabels.extend).toEqual({ zh: '延长答复期限', en: 'Extend the reply deadline' });
  });
});
