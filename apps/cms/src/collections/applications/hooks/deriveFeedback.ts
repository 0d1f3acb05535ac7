import { applyFeedbackEvent, checkFeedbackAction, feedbackColumnsOf, feedbackStatusLabels, storedFeedbackItem, type FeedbackItem } from '@xxgk/domain';
import type { CollectionBeforeChangeHook } from 'payload';
import type { Feedback } from '../../../payload-types';
import { feedbackActorOf, feedbackContextOf, feedbackRefusalError } from '../../../applications/feedbackContext';

/**
 * An appraisal, complaint or correction request on every write, as @xxgk/domain decides it. On
 * creation the `receive` event is judged by checkFeedbackAction (the submitter through the
 * public intake, a member of staff registering a letter, or the system); on an update the log
 * is the stored one (or the one its columns imply, for an item filed before the log), plus the
 * event an action appended (applications/takeFeedbackAction.ts) — never what a client sent. The
 * status, the answer in force and its time are then derived from the log.
 */
export const deriveFeedback: CollectionBeforeChangeHook<Feedback> = async ({ data, originalDoc, operation, req }) => {
  let current: FeedbackItem;
  let identity: Partial<Feedback> = {};
  if (operation === 'create') {
    const at = new Date().toISOString();
    const verdict = checkFeedbackAction({ item: null, action: 'receive', actor: feedbackActorOf(req), at });
    if (!verdict.isAllowed) throw feedbackRefusalError(req, verdict.refusal);
    current = verdict.item;
    // The row's creation time is the receipt's: the log and the receipt date can never disagree.
    identity = { createdAt: at };
  } else {
    const stored = storedFeedbackItem(originalDoc);
    if (!stored) throw feedbackRefusalError(req, { key: 'feedbackStoredLogInvalid', path: 'action' }, { status: 409 });
    current = stored;
    const pending = feedbackContextOf(req.context).feedbackEvent;
    if (pending && String(pending.id) === String(originalDoc?.id)) {
      // Consumed here, so that a later write with the same request cannot append it again.
      delete (req.context as Record<string, unknown>).feedbackEvent;
      if (stored.events.length !== pending.after) {
        throw feedbackRefusalError(req, { key: 'feedbackChangedMeanwhile', path: 'action', params: { status: feedbackStatusLabels[stored.status] } }, { status: 409 });
      }
      current = applyFeedbackEvent(stored, pending.event);
    }
    // The receipt code never changes once given.
    identity = { receiptNo: originalDoc?.receiptNo };
  }
  return { ...data, ...identity, ...feedbackColumnsOf(current), events: current.events } as Partial<Feedback>;
};
