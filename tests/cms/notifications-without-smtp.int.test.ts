import { deliveriesSettled, mailsNotifications, runReminders } from '@xxgk/cms/notifications';
import { addWorkingDays, chinaDate, collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';

/**
 * Without SMTP_HOST (the default, `npm start`): the product runs, mails nothing, prints no e-mail
 * (Payload's default would write every message, password-reset links included, to the console)
 * and still records every notification under 我的提醒. The e-mail itself: notifications.int.test.ts.
 */
let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
const printed: string[] = [];
const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const originalConsole = Object.fromEntries(consoleMethods.map((method) => [method, console[method]]));

beforeAll(async () => {
  delete process.env.SMTP_HOST;
  cms = await startCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  // What the CMS would show: everything its logger prints at its level, and the console.
  const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void> & { isLevelEnabled: (level: string) => boolean };
  for (const level of levels) {
    const original = logger[level]!.bind(logger);
    logger[level] = (...args: unknown[]) => {
      if (logger.isLevelEnabled(level)) printed.push(JSON.stringify(args));
      original(...args);
    };
  }
  for (const method of consoleMethods) {
    console[method] = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
      originalConsole[method]!(...args);
    };
  }
});
afterAll(async () => {
  for (const method of consoleMethods) console[method] = originalConsole[method]!;
  await cms?.close();
});

const as = (who: keyof Fixture['users']) => ({ user: fixture.users[who] as never, overrideAccess: false });

describe('notifications without an SMTP server', () => {
  it('records the author’s and the reviewers’ notifications, mails nothing and prints no e-mail', async () => {
    expect(mailsNotifications(payload)).toBe(false);
    // Not Payload's console adapter, which prints every e-mail (and warns so at every start).
    expect(payload.email.name).toBe('none');
    const title = '无邮件服务器时的条目';
    const record = await payload.create({
      collection: collections.disclosures,
      data: { title, category: fixture.categoryId, checklistItem: fixture.itemId, department: fixture.departments.own, formedAt: '2022-03-01', status: 'submitted' } as never,
      ...as('editor'),
    });
    await payload.update({ collection: collections.disclosures, id: record.id, data: { status: 'returned', reviewNote: '请补充附件' }, ...as('reviewer') });
    await payload.update({ collection: collections.disclosures, id: record.id, data: { status: 'submitted' }, ...as('editor') });
    const resubmitted = await payload.findByID({ collection: collections.disclosures, id: record.id });
    const later = addWorkingDays({ date: chinaDate(new Date(resubmitted.submittedAt!)), count: 10, calendar: [] });
    expect(await runReminders(payload, { now: new Date(`${later}T12:00:00+08:00`) })).toMatchObject({ reviewWaiting: 1 });
    // A password reset would be mailed too: without SMTP it is neither sent nor printed.
    await payload.forgotPassword({ collection: collections.users, data: { email: 'editor@test.cn' }, disableEmail: false });
    await deliveriesSettled();

    const rows = (await payload.find({ collection: collections.notifications, where: { disclosure: { equals: record.id } }, depth: 0, sort: 'createdAt' })).docs;
    expect(rows.map((row) => [row.kind, row.email, row.delivery])).toEqual([
      ['returned', 'editor@test.cn', 'recorded'],
      ['reviewWaiting', 'reviewer@test.cn', 'recorded'],
    ]);
    expect(rows[0]!.text).toContain('请补充附件');
    const output = printed.join('');
    expect(output).not.toContain(title);
    expect(output).not.toMatch(/email adapter|written to console|Email attempted|reset-password|resetPassword/i);
  });
});
