import type { TaskConfig } from 'payload';
import { runLapse } from './lapseJob';
import { runCaseReminders } from './remindersJob';
import { runRetention } from './retentionJob';

/** Erasure is a once-a-day matter: at 02:30 (server time), whatever REMINDER_CRON says. */
export const retentionCron = '30 2 * * *';

/**
 * The scheduled work on applications, tasks of the same jobs queue as the reminders
 * (notifications/jobs.ts): closing cases whose correction window passed and reminding the office
 * of deadlines on REMINDER_CRON, erasing expired personal data daily. Each is safe to run again
 * and in several CMS instances at once (a lapse is an action judged on the current log; a
 * notification's key is unique; an erased applicant is skipped).
 */
export const applicationTasks = ({ cron, queue }: { cron: string | null; queue: string }): TaskConfig[] => {
  const on = (schedule: string) => (cron ? [{ cron: schedule, queue }] : []);
  const lapse: TaskConfig<'closeLapsedApplications'> = {
    slug: 'closeLapsedApplications',
    label: '逾期未补正的申请视为撤回 / Close uncorrected applications',
    retries: 0,
    outputSchema: [{ name: 'lapsed', type: 'number', required: true }],
    schedule: on(cron ?? ''),
    handler: async ({ req }) => ({ output: await runLapse(req.payload) }),
  };
  const reminders: TaskConfig<'remindApplications'> = {
    slug: 'remindApplications',
    label: '依申请公开答复期限提醒 / Application deadline reminders',
    retries: 0,
    outputSchema: [
      { name: 'refreshed', type: 'number', required: true },
      { name: 'dueSoon', type: 'number', required: true },
      { name: 'overdue', type: 'number', required: true },
    ],
    schedule: on(cron ?? ''),
    handler: async ({ req }) => ({ output: await runCaseReminders(req.payload) }),
  };
  const retention: TaskConfig<'eraseApplicantData'> = {
    slug: 'eraseApplicantData',
    label: '删除超过保存期限的申请人个人信息 / Erase expired applicant data',
    retries: 0,
    outputSchema: [{ name: 'erased', type: 'number', required: true }],
    schedule: on(retentionCron),
    handler: async ({ req }) => ({ output: await runRetention(req.payload) }),
  };
  return [lapse, reminders, retention] as TaskConfig[];
};
