import { collections, type FeedbackActor, type FeedbackEvent, type Labelled, type Refusal } from '@xxgk/domain';
import type { APIError, PayloadRequest, RequestContext } from 'payload';
import { actorFromReq } from '../lib/user';
import { actionRefusalError } from './caseRefusal';

/**
 * What server code tells the feedback hooks through `context` (never settable by an HTTP client):
 * - `feedbackActor: 'submitter'`: the public intake files for the member of the public;
 * - `feedbackEvent`: an event `checkFeedbackAction` allowed, to append to the log of item `id`,
 *   which had `after` events when it was judged (a log that grew meanwhile refuses the write).
 */
export type PendingFeedbackEvent = { id: number | string; event: FeedbackEvent; after: number };
export type FeedbackContext = { feedbackActor?: 'submitter'; feedbackEvent?: PendingFeedbackEvent };

export const feedbackContextOf = (context: RequestContext | undefined): FeedbackContext => (context ?? {}) as FeedbackContext;

/** Who acts on feedback in this request: the submitter (the intake), a signed-in member of staff, or the system. */
export const feedbackActorOf = (req: PayloadRequest): FeedbackActor => {
  if (feedbackContextOf(req.context).feedbackActor === 'submitter') return 'submitter';
  return actorFromReq(req) ?? 'system';
};

/** The inputs of a feedback action, named as the dialog names them. */
export const feedbackInputLabels: Record<string, Labelled> = {
  action: { zh: '处理操作', en: 'Action' },
  note: { zh: '办理说明', en: 'Note' },
  reply: { zh: '答复内容', en: 'Reply' },
};

/** A refusal of `checkFeedbackAction` as the API answers it (caseRefusal.ts). */
export const feedbackRefusalError = (req: PayloadRequest, refusal: Refusal, { status = 403 }: { status?: number } = {}): APIError =>
  actionRefusalError(req, refusal, { collection: collections.feedback, labels: feedbackInputLabels, status });
