import type { JobsConfig, TaskConfig } from 'payload';
import { applicationTasks } from '../applications/jobs';
import { actorFromReq } from '../lib/user';
import { runReminders } from './reminders';

/** The queue the reminders job is scheduled on and run from. */
export const remindersQueue = 'reminders';

/**
 * Payload's jobs queue, for the reminders (提醒).
 *
 * `sendReminders` is scheduled on REMINDER_CRON (default every 15 minutes; `off`: never) and the
 * CMS server runs it: Payload's `autoRun` checks the queue every minute, which both enqueues the
 * job when its cron time comes (the schedule) and runs it. Payload starts these crons only in the
 * process that serves HTTP (Next's request handling asks for them), never in tests, seeds, the
 * setup script or the gateway, which load the same config; tests call `runReminders` directly.
 * With several CMS instances each may run the job: every notification still goes out once.
 */
export const buildJobs = ({ reminderCron }: { reminderCron: string }): JobsConfig => {
  const isOn = reminderCron !== 'off';
  const sendReminders: TaskConfig<'sendReminders'> = {
    slug: 'sendReminders',
    label: '发送提醒 / Send reminders',
    // A failed run is simply the next scheduled run's work: nothing to retry.
    retries: 0,
    outputSchema: [
      { name: 'reviewWaiting', type: 'number', required: true },
      { name: 'itemsDue', type: 'number', required: true },
    ],
    schedule: isOn ? [{ cron: reminderCron, queue: remindersQueue }] : [],
    handler: async ({ req }) => ({ output: await runReminders(req.payload) }),
  };
  const adminOnly = ({ req }: { req: Parameters<typeof actorFromReq>[0] }) => actorFromReq(req)?.role === 'admin';
  return {
    // Applications' deadlines, lapses and personal-data erasure run from the same queue (applications/jobs.ts).
    tasks: [sendReminders, ...applicationTasks({ cron: isOn ? reminderCron : null, queue: remindersQueue })],
    // Running, queueing and cancelling jobs over the API (/api/payload-jobs/run …) is for administrators.
    access: { run: adminOnly, queue: adminOnly, cancel: adminOnly },
    deleteJobOnComplete: true,
    // Up to four jobs a minute: the reminders and the three application tasks fall due together.
    autoRun: isOn ? [{ cron: '* * * * *', queue: remindersQueue, limit: 4, silent: { info: true } }] : undefined,
  };
};
