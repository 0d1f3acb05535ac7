import { collections, type NotificationKind } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import type { Notification } from '../payload-types';
import { whenCommitted } from '../lib/afterCommit';
import { smtpAdapterName } from './emailAdapter';

type Id = number | string;

/** Who is notified: the account as stored (e-mail and the `notifyByEmail` choice). */
export type Recipient = { id: Id; email?: string | null; notifyByEmail?: boolean | null };

/** One occasion for one person. `key` names the occasion: the same key never notifies twice. */
export type NotificationDraft = {
  key: string;
  kind: NotificationKind;
  recipient: Recipient;
  subject: string;
  text: string;
  disclosure?: Id | null;
  checklistItem?: Id | null;
  applicationCase?: Id | null;
  feedback?: Id | null;
};

/** Mails being sent in the background (after a save's commit): tests and shutdown wait for them. */
const inFlight = new Set<Promise<unknown>>();
const track = (promise: Promise<unknown>) => {
  inFlight.add(promise);
  void promise.finally(() => inFlight.delete(promise));
};

/** Resolves when every mail started so far has been sent or has failed (and its row updated). */
export const deliveriesSettled = async () => {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
};

/** Whether this installation mails notifications (SMTP_HOST is set). */
export const mailsNotifications = (payload: Payload) => payload.email?.name === smtpAdapterName;

const findByKey = async (payload: Payload, key: string, req?: PayloadRequest) =>
  (await payload.find({ collection: collections.notifications, where: { key: { equals: key } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })).docs[0] ?? null;

/**
 * Writes the notification's row, which is what makes it durable and unique: null when the
 * occasion was already notified (by this process or another; the unique key decides a race).
 * Inside `req`'s transaction when given, so a save that fails leaves no row.
 */
const record = async (payload: Payload, draft: NotificationDraft, req?: PayloadRequest): Promise<Notification | null> => {
  if (await findByKey(payload, draft.key, req)) return null;
  try {
    return await payload.create({
      collection: collections.notifications,
      data: {
        key: draft.key,
        kind: draft.kind,
        recipient: draft.recipient.id as number,
        email: draft.recipient.email || null,
        subject: draft.subject,
        text: draft.text,
        disclosure: (draft.disclosure ?? null) as number | null,
        checklistItem: (draft.checklistItem ?? null) as number | null,
        applicationCase: (draft.applicationCase ?? null) as number | null,
        feedback: (draft.feedback ?? null) as number | null,
        delivery: 'recorded',
      },
      depth: 0,
      overrideAccess: true,
      req,
    });
  } catch (error) {
    // Another process wrote the same key in the meantime: it notifies, we do not.
    if (await findByKey(payload, draft.key, req)) return null;
    throw error;
  }
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Mails a recorded notification when the installation has an SMTP server and the recipient wants
 * e-mail, then notes the outcome on the row (`sent`, or `failed` with the error). The row stays
 * `recorded` otherwise. Never throws: a mail server's trouble is the row's to show, not the user's.
 */
const deliver = async (payload: Payload, row: Notification, draft: NotificationDraft) => {
  const { recipient } = draft;
  if (!mailsNotifications(payload) || recipient.notifyByEmail === false || !recipient.email) return;
  const set = (data: Pick<Notification, 'delivery' | 'error'>) =>
    payload.update({ collection: collections.notifications, id: row.id, data, depth: 0, overrideAccess: true }).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: `Could not record the delivery of notification ${draft.key}` });
    });
  try {
    await payload.sendEmail({ to: recipient.email, subject: draft.subject, text: draft.text });
  } catch (error) {
    payload.logger.warn({ msg: `Notification e-mail to ${recipient.email} failed: ${errorText(error)}`, key: draft.key });
    await set({ delivery: 'failed', error: errorText(error) });
    return;
  }
  await set({ delivery: 'sent', error: null });
};

/**
 * Notifies one person of one occasion: the row first (durable; a key already there means the
 * occasion was notified, and nothing happens), then the e-mail, then its outcome on the row.
 *
 * With `req` (a hook during a user's save) the row is part of the save's transaction and the mail
 * goes out in the background once the save is committed, so a failed save mails nothing and a slow
 * mail server never delays the user. Without `req` (the reminders job) the mail is sent before
 * this returns. Returns the row, or null when there was nothing new to notify.
 */
export const notify = async ({ payload, draft, req }: { payload: Payload; draft: NotificationDraft; req?: PayloadRequest }) => {
  const row = await record(payload, draft, req);
  if (!row) return null;
  if (!req) {
    await deliver(payload, row, draft);
    return row;
  }
  const committed = whenCommitted(req);
  track(
    (async () => {
      // Only what the commit made durable is mailed.
      if (!(await committed)) return;
      const durable = await payload.findByID({ collection: collections.notifications, id: row.id, depth: 0, overrideAccess: true, disableErrors: true });
      if (durable) await deliver(payload, row, draft);
    })().catch((error: unknown) => payload.logger.error({ err: error, msg: `Notification ${draft.key} could not be delivered` })),
  );
  return row;
};
