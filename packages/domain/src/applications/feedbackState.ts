import type { Role } from '../roles';
import { chinaDate } from '../academicYear';
import { feedbackActions, feedbackStatuses, type FeedbackAction, type FeedbackStatus } from './feedbackLifecycle';

/**
 * An appraisal, complaint or correction request as the fold of its log, as applications are
 * (caseState.ts): `applyFeedbackEvent` is the only way it changes, so the stored status and
 * answer can always be rebuilt from the events (`replayFeedback`). The name, contact and content
 * stay beside it in the CMS record, never in the events.
 */

/** Who took an action, as logged: a snapshot of the staff member, the submitter or the system. */
export type FeedbackEventParty = { id: number | string; role: Role; name: string | null } | 'submitter' | 'system';

export type FeedbackEvent = {
  action: FeedbackAction;
  /** The instant (ISO 8601): feedback runs on no clock of working days, so the time is kept. */
  at: string;
  by: FeedbackEventParty;
  from: FeedbackStatus | null;
  to: FeedbackStatus;
  /** The office's own note, for the file: never shown to the public. */
  note: string | null;
  /** reply: the answer; notAccept: the reason. Sent to the submitter and shown on the status page. */
  reply?: string;
};

export type FeedbackItem = {
  status: FeedbackStatus;
  receivedAt: string;
  /** The answer in force (a reply or the reason for not accepting); null before one, and after a reopen. */
  reply: string | null;
  repliedAt: string | null;
  /** The log, oldest first. */
  events: FeedbackEvent[];
};

export const applyFeedbackEvent = (current: FeedbackItem | null, event: FeedbackEvent): FeedbackItem => {
  if (current === null || event.action === 'receive') return { status: event.to, receivedAt: event.at, reply: null, repliedAt: null, events: [event] };
  const answer =
    event.reply !== undefined ? { reply: event.reply, repliedAt: event.at } : event.action === 'reopen' ? { reply: null, repliedAt: null } : { reply: current.reply, repliedAt: current.repliedAt };
  return { status: event.to, receivedAt: current.receivedAt, ...answer, events: [...current.events, event] };
};

export const replayFeedback = (events: readonly FeedbackEvent[]): FeedbackItem | null =>
  events.reduce<FeedbackItem | null>((current, event) => applyFeedbackEvent(current, event), null);

/** What a stored feedback item keeps beside its log, derived from it (never typed in). */
export type FeedbackColumns = { status: FeedbackStatus; reply: string | null; repliedAt: string | null };
export const feedbackColumnsOf = (current: FeedbackItem): FeedbackColumns => ({ status: current.status, reply: current.reply, repliedAt: current.repliedAt });

const isStatus = (value: unknown): value is FeedbackStatus => (feedbackStatuses as readonly unknown[]).includes(value);

/** Whether a value read from storage is a feedback event (the shape the hooks write). */
export const isFeedbackEvent = (value: unknown): value is FeedbackEvent => {
  if (!value || typeof value !== 'object') return false;
  const event = value as Record<string, unknown>;
  return (feedbackActions as readonly unknown[]).includes(event.action) && typeof event.at === 'string' && isStatus(event.to) && (event.from === null || isStatus(event.from));
};

/**
 * The log implied by the columns of an item filed before feedback had a log (or bulk-loaded
 * without one): received when it was submitted, taken up, answered and closed as its status
 * says, every step by the system, at the times known (the reply's, else the submission's).
 */
export const impliedFeedbackLog = ({
  status,
  receivedAt,
  reply,
  repliedAt,
}: {
  status: FeedbackStatus;
  receivedAt: string;
  reply?: string | null;
  repliedAt?: string | null;
}): FeedbackEvent[] => {
  const answeredAt = repliedAt ?? receivedAt;
  const step = (action: FeedbackAction, from: FeedbackStatus | null, to: FeedbackStatus, at: string, extra: Partial<FeedbackEvent> = {}): FeedbackEvent => ({ action, at, by: 'system', from, to, note: null, ...extra });
  const events = [step('receive', null, 'received', receivedAt)];
  if (status === 'received') return events;
  events.push(step('take', 'received', 'handling', receivedAt));
  if (status === 'handling') return events;
  if (status === 'notAccepted') return [...events, step('notAccept', 'handling', 'notAccepted', answeredAt, { reply: reply ?? '' })];
  events.push(step('reply', 'handling', 'replied', answeredAt, { reply: reply ?? '' }));
  return status === 'closed' ? [...events, step('close', 'replied', 'closed', answeredAt)] : events;
};

/** The Beijing date of an instant of the log. */
export const feedbackDay = (instant: string): string => chinaDate(new Date(instant));

/**
 * A stored feedback item as the domain sees it: the fold of its log; an item without one (filed
 * before the log existed, or bulk-loaded) read as the log its columns imply. Null for a log that
 * is not a list of events starting with `receive` (nothing the hooks would have written), or an
 * item without a log or the columns to imply one.
 */
export const storedFeedbackItem = (doc: { events?: unknown; status?: unknown; createdAt?: unknown; reply?: unknown; repliedAt?: unknown } | null | undefined): FeedbackItem | null => {
  if (!doc) return null;
  const events = doc.events;
  if (events === null || events === undefined || (Array.isArray(events) && events.length === 0)) {
    if (!isStatus(doc.status) || typeof doc.createdAt !== 'string') return null;
    const reply = typeof doc.reply === 'string' ? doc.reply : null;
    const repliedAt = typeof doc.repliedAt === 'string' ? doc.repliedAt : null;
    return replayFeedback(impliedFeedbackLog({ status: doc.status, receivedAt: doc.createdAt, reply, repliedAt }));
  }
  if (!Array.isArray(events) || !events.every(isFeedbackEvent) || events[0]?.action !== 'receive') return null;
  return replayFeedback(events);
};
