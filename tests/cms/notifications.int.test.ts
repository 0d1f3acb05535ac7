import { deliveriesSettled, remindersQueue, runReminders } from '@xxgk/cms/notifications';
import type { Notification } from '@xxgk/cms/types';
import { addWorkingDays, chinaDate, collections, workingDaysBetween } from '@xxgk/domain';
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, createRecord, type Fixture } from '../support/fixtures';
import { startMailServer, type MailServer } from '../support/mailServer';
import { startCms, type TestCms } from '../support/payload';

/**
 * Notifications (提醒) end to end: the real CMS mails a real SMTP server (smtp-server on the
 * loopback address, messages parsed with mailparser) and records every notification. On SQLite
 * and on MongoDB (vitest.mongodb.config.ts).
 */
const publicUrl = 'https://xxgk.test.edu.cn';
let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
let smtp: MailServer;
let quietEditor: Record<string, unknown> & { id: number };

beforeAll(async () => {
  smtp = await startMailServer({ user: 'xxgk-mailer', pass: 'mail#secret' });
  cms = await startCms({
    env: {
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_USER: 'xxgk-mailer',
      SMTP_PASS: 'mail#secret',
      MAIL_FROM: '示例大学信息公开平台 <xxgk@test.edu.cn>',
      CMS_PUBLIC_URL: publicUrl,
    },
  });
  payload = cms.payload;
  fixture = await createFixture(payload);
  quietEditor = (await payload.create({
    collection: collections.users,
    data: { email: 'quiet-editor@test.cn', password: 'Test#12345', name: '静音信息员', role: 'editor', department: fixture.departments.own, notifyByEmail: false },
  })) as unknown as Record<string, unknown> & { id: number };
});
afterAll(async () => {
  await cms?.close();
  await smtp?.close();
});

type Who = keyof Fixture['users'] | 'quietEditor';
const userOf = (who: Who) => (who === 'quietEditor' ? quietEditor : fixture.users[who]);
const as = (who: Who) => ({ user: userOf(who) as never, overrideAccess: false });
const update = async (id: number, data: Record<string, unknown>, who: Who) => {
  const saved = await payload.update({ collection: collections.disclosures, id, data, ...as(who) });
  await deliveriesSettled();
  return saved;
};
const createAs = async (who: Who, title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: collections.disclosures,
    data: { title, category: fixture.categoryId, checklistItem: fixture.itemId, department: fixture.departments.own, formedAt: '2022-03-01', ...extra } as never,
    ...as(who),
  });
const mailsAbout = (text: string) => smtp.mails.filter((mail) => mail.subject.includes(text) || mail.text.includes(text));
const rowsOf = async (where: Record<string, unknown>) =>
  (await payload.find({ collection: collections.notifications, where: where as never, depth: 0, limit: 0, pagination: false, sort: 'createdAt' })).docs as Notification[];
const rowsAbout = (disclosure: number | string) => rowsOf({ disclosure: { equals: disclosure } });
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value);
/** Noon in Beijing on a calendar date: a `now` for the reminders job. */
const noonOn = (date: string) => new Date(`${date}T12:00:00+08:00`);

describe('author notifications (退回修改 / 通过并发布)', () => {
  it('mails the author once when a reviewer returns the record, in Chinese, with the title, 索引号, comment and link', async () => {
    const title = '2026年招生章程（退回测试）';
    const draft = await createAs('editor', title);
    await update(draft.id, { status: 'submitted' }, 'editor');
    expect(mailsAbout(title)).toHaveLength(0);

    const returned = await update(draft.id, { status: 'returned', reviewNote: '请补充分省招生计划附件' }, 'reviewer');
    expect(returned.status).toBe('returned');
    const mails = mailsAbout(title);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.to).toEqual(['editor@test.cn']);
    expect(mail!.from).toBe('xxgk@test.edu.cn');
    expect(mail!.subject).toBe(`【退回修改】${title}`);
    expect(mail!.text).toContain('您录入的信息公开条目已被退回修改');
    expect(mail!.text).toContain('审查意见：请补充分省招生计划附件');
    expect(mail!.text).toContain(`索引号：${draft.indexNo}`);
    expect(mail!.text).toContain(`审查人：${fixture.users.reviewer.name}`);
    expect(mail!.text).toContain(`${publicUrl}/admin/collections/disclosures/${draft.id}`);
    // The SMTP server's credentials were used.
    expect(smtp.logins).toContain('xxgk-mailer');

    const rows = await rowsAbout(draft.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'returned', email: 'editor@test.cn', delivery: 'sent', subject: mail!.subject });
    expect(idOf(rows[0]!.recipient)).toBe(fixture.users.editor.id);
  });

  it('mails "published" once after resubmission and publication, and nothing for saving again', async () => {
    const title = '2026年招生计划（发布测试）';
    const draft = await createAs('editor', title);
    await update(draft.id, { status: 'submitted' }, 'editor');
    await update(draft.id, { status: 'returned', reviewNote: '附件不完整' }, 'reviewer');
    await update(draft.id, { status: 'submitted' }, 'editor');
    await update(draft.id, { status: 'published', reviewNote: '同意公开' }, 'reviewer');

    const published = mailsAbout(title).filter((mail) => mail.subject.startsWith('【已发布】'));
    expect(published).toHaveLength(1);
    expect(published[0]!.text).toContain('您录入的信息公开条目已审核通过并发布');
    expect(published[0]!.text).toContain('审查意见：同意公开');
    expect(mailsAbout(title)).toHaveLength(2);

    // Saving the published record again (a reviewer's correction, a no-op save) tells nobody anything new.
    await update(draft.id, { title: `${title}（更正）` }, 'reviewer');
    await update(draft.id, {}, 'reviewer');
    expect(mailsAbout(title)).toHaveLength(2);
    expect((await rowsAbout(draft.id)).map((row) => row.kind)).toEqual(['returned', 'published']);
  });

  it('notifies nobody about seeded or system-created records, whoever decides on them', async () => {
    const before = smtp.mails.length;
    const { totalDocs } = await payload.count({ collection: collections.notifications });
    // The system (seeds, imports: no user) creates and decides: nobody is told.
    const imported = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'submitted', title: '导入的条目' });
    await payload.update({ collection: collections.disclosures, id: imported.id, data: { status: 'returned', reviewNote: '系统退回' } });
    await payload.update({ collection: collections.disclosures, id: imported.id, data: { status: 'submitted' } });
    await payload.update({ collection: collections.disclosures, id: imported.id, data: { status: 'published' } });
    // A person decides on a record the system created: it has no author to tell.
    const seeded = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'submitted', title: '种子条目' });
    await update(seeded.id, { status: 'returned', reviewNote: '请修改' }, 'reviewer');
    await deliveriesSettled();
    expect(smtp.mails.length).toBe(before);
    expect((await payload.count({ collection: collections.notifications })).totalDocs).toBe(totalDocs);
  });

  it('records a notification without mailing it to someone who turned e-mail off', async () => {
    const title = '静音信息员的条目';
    const draft = await createAs('quietEditor', title, { status: 'submitted' });
    await update(draft.id, { status: 'returned', reviewNote: '请核对数据' }, 'reviewer');
    expect(mailsAbout(title)).toHaveLength(0);
    const rows = await rowsAbout(draft.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'returned', delivery: 'recorded', email: 'quiet-editor@test.cn' });
    expect(rows[0]!.text).toContain('请核对数据');
  });

  it('mails nothing and keeps no notification when the save is rolled back', async (context) => {
    const title = '回滚的退回';
    const draft = await createAs('editor', title, { status: 'submitted' });
    const req = await createLocalReq({ user: fixture.users.reviewer as never }, payload);
    // Only MongoDB replica sets have transactions. SQLite runs without them (docs/DATABASES.md), as do
    // standalone MongoDB and the test server: there the save is final at once and the mail goes out
    // (turning transactions on for SQLite must make this test run: see workflow.int.test.ts).
    if (!(await initTransaction(req))) return context.skip();
    await payload.update({ collection: collections.disclosures, id: draft.id, data: { status: 'returned', reviewNote: '不会保存' }, req, overrideAccess: false, user: fixture.users.reviewer as never });
    await killTransaction(req);
    await deliveriesSettled();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mailsAbout(title)).toHaveLength(0);
    expect(await rowsAbout(draft.id)).toHaveLength(0);
    expect((await payload.findByID({ collection: collections.disclosures, id: draft.id })).status).toBe('submitted');
  });
});

describe('reminders job (待审核超时 / 清单事项即将到期)', () => {
  it('reminds every reviewer once of a record waiting longer than the configured working days', async () => {
    const title = '等待审核的条目';
    const record = await createAs('editor', title, { status: 'submitted' });
    const submitted = chinaDate(new Date(record.submittedAt!));
    const { reminders } = await payload.findGlobal({ slug: 'site-settings' });
    const days = reminders?.reviewWaitingDays ?? 3;
    const lastDayWithin = addWorkingDays({ date: submitted, count: days, calendar: [] });
    const waitingRows = () => rowsOf({ and: [{ disclosure: { equals: record.id } }, { kind: { equals: 'reviewWaiting' } }] });

    // Exactly `days` working days after the submission is not yet "longer than".
    await runReminders(payload, { now: noonOn(lastDayWithin) });
    expect(await waitingRows()).toHaveLength(0);

    const later = addWorkingDays({ date: lastDayWithin, count: 1, calendar: [] });
    expect(workingDaysBetween({ from: submitted, to: later, calendar: [] })).toBe(days + 1);
    await runReminders(payload, { now: noonOn(later) });
    const rows = await waitingRows();
    // Reviewers are told; administrators only when there is no reviewer.
    expect(rows.map((row) => idOf(row.recipient))).toEqual([fixture.users.reviewer.id]);
    const mails = mailsAbout(title);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['reviewer@test.cn']);
    expect(mails[0]!.subject).toBe(`【待审核超时】${title}`);
    expect(mails[0]!.text).toContain(`提交审核已超过 ${days} 个工作日`);
    expect(mails[0]!.text).toContain('责任部门：招生就业处');
    expect(rows[0]!.delivery).toBe('sent');

    // Running again (or in another process) tells nobody twice.
    await runReminders(payload, { now: noonOn(later) });
    await runReminders(payload, { now: new Date(noonOn(later).getTime() + 3 * 86_400_000) });
    expect(await waitingRows()).toHaveLength(1);
    expect(mailsAbout(title)).toHaveLength(1);
  });

  it('reminds the editors of the responsible department once, before a checklist item falls due', async () => {
    const [item] = (await payload.find({ collection: collections.checklistItems, where: { code: { equals: '2.2' } } })).docs;
    await payload.update({ collection: collections.checklistItems, id: item!.id, data: { responsibleDepartment: fixture.departments.own, cadence: 'realtime' } });
    // A draft formed on a Monday is due 20 working days later (publishWithin): 2025-03-31.
    await createAs('editor', '特殊类型招生入选考生名单', { checklistItem: item!.id, formedAt: '2025-03-03' });
    const due = addWorkingDays({ date: '2025-03-03', count: 20, calendar: [] });
    expect(due).toBe('2025-03-31');
    const itemRows = () => rowsOf({ and: [{ checklistItem: { equals: item!.id } }, { kind: { equals: 'itemDue' } }] });

    // Ten working days ahead: not yet (dueSoonDays is 5).
    expect(await runReminders(payload, { now: noonOn('2025-03-17') })).toMatchObject({ itemsDue: 0 });
    expect(await itemRows()).toHaveLength(0);

    // Three working days ahead: the department's editors, each once; not other departments' editors.
    expect(await runReminders(payload, { now: noonOn('2025-03-26') })).toMatchObject({ itemsDue: 2 });
    const rows = await itemRows();
    expect(rows.map((row) => idOf(row.recipient)).sort()).toEqual([fixture.users.editor.id, quietEditor.id].sort());
    expect(rows.find((row) => idOf(row.recipient) === quietEditor.id)!.delivery).toBe('recorded');
    const mails = smtp.mails.filter((mail) => mail.subject.startsWith('【清单事项即将到期】2.2'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['editor@test.cn']);
    expect(mails[0]!.text).toContain('应于 2025-03-31 前更新公开');
    expect(mails[0]!.text).toContain(`${publicUrl}/admin/collections/disclosures/create`);

    expect(await runReminders(payload, { now: noonOn('2025-03-27') })).toMatchObject({ itemsDue: 0 });
    expect(await itemRows()).toHaveLength(2);
    expect(smtp.mails.filter((mail) => mail.subject.includes('2.2'))).toHaveLength(1);
  });
});

describe('the sendReminders job on Payload’s queue', () => {
  it('is scheduled on REMINDER_CRON for the next cron time, and runs from the reminders queue', async () => {
    const jobs = () => payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendReminders' } }, depth: 0 });
    const before = Date.now();
    const scheduled = await payload.jobs.handleSchedules({ queue: remindersQueue });
    // The applications' tasks share the queue (their schedule is tested in applications-jobs.int.test.ts).
    expect(scheduled.queued.filter((queueable) => queueable.taskConfig?.slug === 'sendReminders')).toHaveLength(1);
    const [job] = (await jobs()).docs;
    // Default REMINDER_CRON: every 15 minutes, so the job waits for the next quarter hour.
    const waitUntil = new Date(job!.waitUntil!).getTime();
    expect(waitUntil).toBeGreaterThan(before);
    expect(waitUntil - before).toBeLessThanOrEqual(15 * 60_000);
    expect(new Date(waitUntil).getUTCMinutes() % 15).toBe(0);
    // Only one waits at a time, however often schedules are handled (every CMS instance does).
    expect((await payload.jobs.handleSchedules({ queue: remindersQueue })).queued).toHaveLength(0);

    const queued = await payload.jobs.queue({ task: 'sendReminders', queue: remindersQueue, input: {} });
    const ran = await payload.jobs.run({ queue: remindersQueue });
    expect(ran.jobStatus?.[String(queued.id)]?.status).toBe('success');
    // Completed jobs are deleted; the scheduled one still waits for its time.
    expect((await jobs()).docs.map((doc) => String(doc.id))).toEqual([String(job!.id)]);
  });
});

describe('who reads notifications (工作台 → 我的提醒)', () => {
  it('shows each user their own notifications and administrators all of them; nobody writes them', async () => {
    const all = await rowsOf({});
    const own = await payload.find({ collection: collections.notifications, limit: 0, pagination: false, depth: 0, ...as('editor') });
    expect(own.docs.length).toBeGreaterThan(0);
    expect(own.docs.every((row) => idOf(row.recipient) === fixture.users.editor.id)).toBe(true);
    expect(own.docs.length).toBe(all.filter((row) => idOf(row.recipient) === fixture.users.editor.id).length);

    const reviewers = all.find((row) => idOf(row.recipient) === fixture.users.reviewer.id)!;
    expect(reviewers).toBeDefined();
    await expect(payload.findByID({ collection: collections.notifications, id: reviewers.id, ...as('editor') })).rejects.toThrow();
    expect((await payload.find({ collection: collections.notifications, limit: 0, ...as('supervisor') })).totalDocs).toBe(0);
    expect((await payload.find({ collection: collections.notifications, limit: 0, ...as('admin') })).totalDocs).toBe(all.length);

    await expect(
      payload.create({ collection: collections.notifications, data: { key: 'forged', kind: 'returned', recipient: fixture.users.editor.id, subject: '伪造', delivery: 'sent' } as never, ...as('editor') }),
    ).rejects.toThrow();
    await expect(payload.update({ collection: collections.notifications, id: own.docs[0]!.id, data: { subject: '改过' }, ...as('editor') })).rejects.toThrow();
    await expect(payload.delete({ collection: collections.notifications, id: own.docs[0]!.id, ...as('admin') })).rejects.toThrow();
  });
});

describe('when the mail server is unreachable', () => {
  it('still saves the decision and records the notification as failed, with the error', async () => {
    const title = '邮件服务器停机时退回';
    const draft = await createAs('editor', title, { status: 'submitted' });
    await smtp.close();
    const returned = await update(draft.id, { status: 'returned', reviewNote: '请重新提交' }, 'reviewer');
    expect(returned.status).toBe('returned');
    expect((await payload.findByID({ collection: collections.disclosures, id: draft.id })).status).toBe('returned');
    const rows = await rowsAbout(draft.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.delivery).toBe('failed');
    expect(rows[0]!.error).toMatch(/ECONNREFUSED|connect/i);
    expect(mailsAbout(title)).toHaveLength(0);
  });
});
