import { deliveriesSettled, remindersQueue } from '@xxgk/cms/notifications';
import type { Applicant, Notification } from '@xxgk/cms/types';
import { collections, globals } from '@xxgk/domain';
import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLapse } from '../../apps/cms/src/applications/lapseJob';
import { runCaseReminders } from '../../apps/cms/src/applications/remindersJob';
import { runRetention } from '../../apps/cms/src/applications/retentionJob';
import { takeCaseAction } from '../../apps/cms/src/applications/takeCaseAction';
import { useDemoCalendar } from '../support/applications';
import { createFixture, type Fixture } from '../support/fixtures';
import { startMailServer, type MailServer } from '../support/mailServer';
import { startCms, type TestCms } from '../support/payload';

/**
 * The scheduled side of applications, with the clock set by each test (`now` / `today`), on
 * SQLite and on MongoDB: cases whose correction window passed are closed by the system; the
 * applicants' personal data is erased after the retention period, the case kept anonymised;
 * the office is told of new applications and of deadlines, once per occasion, by e-mail (a real
 * SMTP server) and in 我的提醒; the tasks are scheduled on Payload's jobs queue.
 */
const publicUrl = 'https://xxgk.test.edu.cn';
let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
let smtp: MailServer;

beforeAll(async () => {
  smtp = await startMailServer({ user: 'xxgk-mailer', pass: 'mail#secret' });
  cms = await startCms({
    env: { SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', SMTP_USER: 'xxgk-mailer', SMTP_PASS: 'mail#secret', MAIL_FROM: '信息公开平台 <xxgk@test.edu.cn>', CMS_PUBLIC_URL: publicUrl },
  });
  payload = cms.payload;
  fixture = await createFixture(payload);
  await useDemoCalendar(payload);
});
afterAll(async () => {
  await cms?.close();
  await smtp?.close();
});

type Who = keyof Fixture['users'];
const requestOf = async (who: Who | 'system') =>
  (who === 'system' ? createLocalReq({}, payload) : createLocalReq({ user: { ...fixture.users[who], collection: 'users' } as never }, payload)) as Promise<PayloadRequest>;
/** Noon in Beijing on a calendar date: a job's `now`. */
const noonOn = (date: string) => new Date(`${date}T12:00:00+08:00`);

/** A letter registered by the system (an import: nobody is notified), received on `receivedOn`. */
const registered = async (receivedOn: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: collections.applicationCases,
    data: { channel: 'letter', applicantType: 'naturalPerson', informationRequested: '学校年度预算', form: 'electronic', delivery: 'email', receivedOn, ...extra } as never,
    overrideAccess: true,
    context: { caseToday: receivedOn },
  });
/** An action taken by a member of staff on a given day (the path the endpoint takes). */
const act = async (id: number | string, today: string, action: string, input: Record<string, unknown> = {}, who: Who = 'reviewer') =>
  takeCaseAction({ payload, req: await requestOf(who), id, action, input, today });
const read = async (id: number | string) => payload.findByID({ collection: collections.applicationCases, id, depth: 0, overrideAccess: true });
const rowsAbout = async (id: number | string) =>
  (await payload.find({ collection: collections.notifications, where: { applicationCase: { equals: id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'createdAt' })).docs as Notification[];
const mailsAbout = (text: string) => smtp.mails.filter((mail) => mail.subject.includes(text) || mail.text.includes(text));
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value);

describe('closing uncorrected applications (逾期未补正，视为撤回)', () => {
  it('closes a case the day after its correction window, by the system, once', async () => {
    const doc = await registered('2022-09-19');
    await act(doc.id, '2022-09-20', 'requestCorrection', { note: '请说明所需信息的年度' });
    const amended = await registered('2022-09-19');
    await act(amended.id, '2022-09-20', 'requestCorrection', { note: '请说明所需信息的年度' });
    await act(amended.id, '2022-10-13', 'amend', { note: '2022 年度' });

    // The window: 15 working days after 20 September, across National Day, ends Friday 14 October.
    expect(await runLapse(payload, { now: noonOn('2022-10-14') })).toEqual({ lapsed: 0 });
    expect((await read(doc.id)).status).toBe('correctionRequested');
    expect(await runLapse(payload, { now: noonOn('2022-10-17') })).toEqual({ lapsed: 1 });
    const lapsed = await read(doc.id);
    expect(lapsed).toMatchObject({ status: 'withdrawn', decision: 'other.noCorrection', withdrawnOn: '2022-10-17', feeCharged: 0, isPaused: false });
    expect((lapsed.events as unknown[]).at(-1)).toEqual({ action: 'lapse', at: '2022-10-17', by: 'system', from: 'correctionRequested', to: 'withdrawn', note: null, decision: 'other.noCorrection', fee: { charged: 0, waived: 0 } });
    // Amended in time: untouched. Running again changes nothing.
    expect((await read(amended.id)).status).toBe('accepted');
    expect(await runLapse(payload, { now: noonOn('2022-10-18') })).toEqual({ lapsed: 0 });
    expect((await read(doc.id)).events).toHaveLength(3);
  });
});

describe('erasing applicants’ personal data after the retention period', () => {
  const personal = { name: '李四', contactPerson: '李四', idType: 'residentIdCard', idNumber: '11010519491231002X', email: 'lisi@example.com', phone: '13800138000', address: '南宁市某路1号', postcode: '530000' } as const;
  const applicant = async (name: string) => payload.create({ collection: collections.applicants, data: { ...personal, name }, overrideAccess: true });
  const readApplicant = async (id: number | string) => (await payload.findByID({ collection: collections.applicants, id, depth: 0, overrideAccess: true })) as Applicant;

  it('erases every field of an applicant whose cases ended more than five years ago, and keeps the case', async () => {
    const closedOne = await applicant('甲');
    const stillOpen = await applicant('乙');
    const repliedOnly = await applicant('丙');
    const closed = await registered('2022-09-19', { applicant: closedOne.id });
    for (const [day, action, input] of [
      ['2022-09-20', 'accept', {}],
      ['2022-09-30', 'decide', { decision: 'disclosed', note: '见附件' }],
      ['2022-10-08', 'reply', {}],
      ['2022-10-10', 'close', {}],
    ] as const) await act(closed.id, day, action, input);
    // 乙 withdrew one case long ago but has another open one; 丙's case was answered but never filed.
    const withdrawn = await registered('2022-09-19', { applicant: stillOpen.id });
    await act(withdrawn.id, '2022-09-20', 'withdraw', { note: '书面撤回' });
    await registered('2026-01-05', { applicant: stillOpen.id });
    const replied = await registered('2022-09-19', { applicant: repliedOnly.id });
    await act(replied.id, '2022-09-20', 'accept');
    await act(replied.id, '2022-09-21', 'decide', { decision: 'unableToProvide.notHeld', note: '本校不掌握' });
    await act(replied.id, '2022-09-22', 'reply');

    // Kept through the fifth anniversary of the closing (10 October 2027), erased the day after.
    expect(await runRetention(payload, { now: noonOn('2027-10-10') })).toEqual({ erased: 0 });
    expect((await readApplicant(closedOne.id)).name).toBe('甲');
    const now = noonOn('2027-10-11');
    expect(await runRetention(payload, { now })).toEqual({ erased: 1 });
    const erased = await readApplicant(closedOne.id);
    expect(erased).toMatchObject({ name: null, contactPerson: null, idType: null, idNumber: null, email: null, phone: null, address: null, postcode: null });
    expect(new Date(erased.erasedAt!).toISOString()).toBe(now.toISOString());
    expect(JSON.stringify(erased)).not.toMatch(/甲|lisi|13800138000|11010519491231002X|南宁/);
    // The case stays, anonymised: its number, log and figures are still there.
    const kept = await read(closed.id);
    expect(kept).toMatchObject({ status: 'closed', decision: 'disclosed', closedOn: '2022-10-10', repliedOn: '2022-10-08' });
    expect(idOf(kept.applicant)).toEqual(closedOne.id);
    expect(kept.events).toHaveLength(5);
    // 乙 and 丙 keep theirs; running again erases nothing more.
    expect((await readApplicant(stillOpen.id)).name).toBe('乙');
    expect((await readApplicant(repliedOnly.id)).name).toBe('丙');
    expect(await runRetention(payload, { now: noonOn('2030-01-01') })).toEqual({ erased: 0 });
  });

  it('follows the retention years of the site settings', async () => {
    const short = await applicant('丁');
    const doc = await registered('2022-09-19', { applicant: short.id });
    await act(doc.id, '2022-09-20', 'withdraw', { note: '电话撤回，已记录' });
    await payload.updateGlobal({ slug: globals.siteSettings, data: { applications: { retentionYears: 1 } } as never, overrideAccess: true });
    try {
      expect(await runRetention(payload, { now: noonOn('2023-09-21') })).toEqual({ erased: 1 });
      expect((await readApplicant(short.id)).name).toBeNull();
    } finally {
      await payload.updateGlobal({ slug: globals.siteSettings, data: { applications: { retentionYears: 5 } } as never, overrideAccess: true });
    }
  });
});

describe('telling the office (提醒)', () => {
  it('tells every reviewer of a new online application once, by e-mail, without the applicant’s personal data', async () => {
    const person = await payload.create({ collection: collections.applicants, data: { name: '王五', email: 'wangwu@example.com' }, overrideAccess: true });
    const doc = await payload.create({
      collection: collections.applicationCases,
      data: { channel: 'online', applicantType: 'naturalPerson', informationRequested: '2022年度学校收费项目', form: 'electronic', delivery: 'email', applicant: person.id } as never,
      overrideAccess: true,
      context: { caseActor: 'applicant' },
    });
    await deliveriesSettled();
    const rows = await rowsAbout(doc.id);
    expect(rows.map((row) => [row.kind, idOf(row.recipient), row.delivery])).toEqual([['applicationReceived', fixture.users.reviewer.id, 'sent']]);
    const mails = mailsAbout(doc.caseNo!);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['reviewer@test.cn']);
    expect(mails[0]!.subject).toBe(`【新的依申请公开申请】${doc.caseNo}`);
    expect(mails[0]!.text).toContain(`${publicUrl}/admin/collections/application-cases/${doc.id}`);
    expect(mails[0]!.text).toContain('网上申请');
    expect(mails[0]!.text).not.toMatch(/王五|wangwu/);
    // Saving the case again tells nobody anything new.
    await payload.update({ collection: collections.applicationCases, id: doc.id, data: { purpose: '了解收费' }, overrideAccess: true });
    await deliveriesSettled();
    expect(await rowsAbout(doc.id)).toHaveLength(1);
  });

  it('tells the office of a letter an administrator registered, not the one who registered it; imports tell nobody', async () => {
    const byAdmin = await payload.create({
      collection: collections.applicationCases,
      data: { channel: 'letter', applicantType: 'organisation.commercialEnterprise', informationRequested: '采购信息', form: 'paper', delivery: 'post' } as never,
      user: fixture.users.admin as never,
      overrideAccess: false,
    });
    const byReviewer = await payload.create({
      collection: collections.applicationCases,
      data: { channel: 'email', applicantType: 'naturalPerson', informationRequested: '招生信息', form: 'electronic', delivery: 'email' } as never,
      user: fixture.users.reviewer as never,
      overrideAccess: false,
    });
    await deliveriesSettled();
    expect((await rowsAbout(byAdmin.id)).map((row) => idOf(row.recipient))).toEqual([fixture.users.reviewer.id]);
    expect(await rowsAbout(byReviewer.id)).toEqual([]);
    const imported = await registered('2022-09-19');
    await deliveriesSettled();
    expect(await rowsAbout(imported.id)).toEqual([]);
  });

  it('reminds the office once when a reply falls due (≤ 3 working days) and once when it is overdue', async () => {
    // Received 21 September: due Monday 17 October.
    const doc = await registered('2022-09-21');
    await act(doc.id, '2022-09-22', 'accept');
    expect((await read(doc.id)).dueOn).toBe('2022-10-17');
    await runCaseReminders(payload, { now: noonOn('2022-10-11') });
    expect(await rowsAbout(doc.id)).toEqual([]);
    const first = await runCaseReminders(payload, { now: noonOn('2022-10-12') });
    expect(first.dueSoon).toBeGreaterThanOrEqual(1);
    expect((await rowsAbout(doc.id)).map((row) => row.kind)).toEqual(['applicationDueSoon']);
    await runCaseReminders(payload, { now: noonOn('2022-10-13') });
    await runCaseReminders(payload, { now: noonOn('2022-10-12') });
    expect(await rowsAbout(doc.id)).toHaveLength(1);
    const dueMail = mailsAbout(doc.caseNo!).filter((mail) => mail.subject.startsWith('【申请答复期限将至】'));
    expect(dueMail).toHaveLength(1);
    expect(dueMail[0]!.subject).toBe(`【申请答复期限将至】${doc.caseNo} 应于 2022-10-17 前答复`);
    expect(dueMail[0]!.text).toContain('距答复期限仅剩 3 个工作日');

    await runCaseReminders(payload, { now: noonOn('2022-10-18') });
    await runCaseReminders(payload, { now: noonOn('2022-10-19') });
    expect((await rowsAbout(doc.id)).map((row) => row.kind)).toEqual(['applicationDueSoon', 'applicationOverdue']);
    expect(mailsAbout(doc.caseNo!).filter((mail) => mail.subject === `【申请已逾期】${doc.caseNo} 答复期限 2022-10-17 已过`)).toHaveLength(1);
  });

  it('reminds the assigned handler instead of the whole office, and again for the new date after an extension', async () => {
    const doc = await registered('2022-09-21', { handler: fixture.users.admin.id });
    await act(doc.id, '2022-09-22', 'accept');
    await runCaseReminders(payload, { now: noonOn('2022-10-12') });
    expect((await rowsAbout(doc.id)).map((row) => idOf(row.recipient))).toEqual([fixture.users.admin.id]);
    await act(doc.id, '2022-10-12', 'extend', { note: '需要汇总多个学院的数据' }, 'admin');
    expect((await read(doc.id)).dueOn).toBe('2022-11-07');
    await runCaseReminders(payload, { now: noonOn('2022-10-13') });
    expect(await rowsAbout(doc.id)).toHaveLength(1);
    await runCaseReminders(payload, { now: noonOn('2022-11-02') });
    expect((await rowsAbout(doc.id)).map((row) => row.key)).toEqual([
      `applicationDueSoon:${doc.id}:2022-10-17:${fixture.users.admin.id}`,
      `applicationDueSoon:${doc.id}:2022-11-07:${fixture.users.admin.id}`,
    ]);
  });

  it('brings the stored deadline up to date when a consultation outlasts its limit without an answer', async () => {
    const doc = await registered('2022-09-19');
    await act(doc.id, '2022-09-20', 'accept');
    await act(doc.id, '2022-09-27', 'consult', { note: '征求某公司意见' });
    expect(await read(doc.id)).toMatchObject({ status: 'consulting', isPaused: true, dueOn: null });
    // The third party's 15 working days end on 21 October; from 24 October the clock runs again.
    await runCaseReminders(payload, { now: noonOn('2022-10-21') });
    expect(await read(doc.id)).toMatchObject({ isPaused: true, dueOn: null });
    const round = await runCaseReminders(payload, { now: noonOn('2022-10-24') });
    expect(round.refreshed).toBeGreaterThanOrEqual(1);
    // 20–27 Sep (6 counted), the pause takes 28 Sep–21 Oct, then 24 Oct on: 15 − 6 = 9 more → 3 November.
    expect(await read(doc.id)).toMatchObject({ status: 'consulting', isPaused: false, dueOn: '2022-11-03' });
  });
});

describe('the application tasks on Payload’s jobs queue', () => {
  it('are scheduled in the reminders queue and run from it', async () => {
    const scheduled = await payload.jobs.handleSchedules({ queue: remindersQueue });
    expect(scheduled.queued.map((queueable) => queueable.taskConfig?.slug).sort()).toEqual(['closeLapsedApplications', 'eraseApplicantData', 'remindApplications', 'sendReminders']);
    for (const task of ['closeLapsedApplications', 'eraseApplicantData', 'remindApplications'] as const) {
      const queued = await payload.jobs.queue({ task, queue: remindersQueue, input: {} });
      const ran = await payload.jobs.run({ queue: remindersQueue });
      expect(ran.jobStatus?.[String(queued.id)]?.status, task).toBe('success');
    }
  });
});
