import { checkFeedbackAction, collections, storedFeedbackItem, type FeedbackActionInput } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import type { Feedback } from '../payload-types';
import { feedbackActorOf, feedbackRefusalError, type FeedbackContext } from './feedbackContext';

/**
 * Takes one action on a stored appraisal, complaint or correction request: reads it with the
 * user's access, lets @xxgk/domain's checkFeedbackAction judge the action for the actor of the
 * request at `now`, and saves the allowed event through payload.update, whose hook appends it to
 * the log and derives the status and answer (collections/applications/hooks/deriveFeedback.ts).
 * A refusal is thrown in the API's shape.
 */
export const takeFeedbackAction = async ({
  payload,
  req,
  id,
  action,
  input = {},
  now = new Date(),
}: {
  payload: Payload;
  req: PayloadRequest;
  id: number | string;
  action: string;
  input?: FeedbackActionInput;
  now?: Date;
}): Promise<Feedback> => {
  const collection = collections.feedback;
  const access = req.user ? { user: req.user, overrideAccess: false } : { overrideAccess: true };
  const doc = (await payload.findByID({ collection, id, depth: 0, req, ...access })) as Feedback;
  const current = storedFeedbackItem(doc);
  if (!current) throw feedbackRefusalError(req, { key: 'feedbackStoredLogInvalid', path: 'action' }, { status: 409 });
  const verdict = checkFeedbackAction({ item: current, action, actor: feedbackActorOf(req), input, at: now.toISOString() });
  if (!verdict.isAllowed) throw feedbackRefusalError(req, verdict.refusal);
  const context: FeedbackContext = { feedbackEvent: { id: doc.id, event: verdict.event, after: current.events.length } };
  return (await payload.update({ collection, id: doc.id, data: {}, depth: 0, req, context, ...access })) as Feedback;
};
