import { feedbackKindLabels } from '@xxgk/domain';
import type { CollectionAfterChangeHook } from 'payload';
import type { Feedback } from '../../../payload-types';
import { feedbackActorOf } from '../../../applications/feedbackContext';
import { officeRecipients } from '../../../applications/officeRecipients';
import { notify, type NotificationDraft } from '../../../notifications/notify';
import { chinaDateTime, feedbackLink, say } from '../../../notifications/wording';

/**
 * Tells the disclosure office that an appraisal, complaint or correction request arrived
 * (新的评议、举报或纠错): every reviewer (administrators when there is none), once per item, in
 * the save's transaction, as for new applications (notifyNewApplication.ts). What the system
 * files (an import, a seed) notifies nobody, and the member of staff who registered a letter is
 * not told of it. The notice names the kind and the receipt code — never the submitter's name,
 * contact or what they wrote, which stay in the CMS.
 */
export const notifyNewFeedback: CollectionAfterChangeHook<Feedback> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc;
  const actor = feedbackActorOf(req);
  if (actor === 'system') return doc;
  const registrar = actor === 'submitter' ? null : String(actor.id);
  const recipients = (await officeRecipients(req.payload, req)).filter((member) => String(member.id) !== registrar);
  for (const recipient of recipients) {
    const params = { name: recipient.name, kind: feedbackKindLabels[doc.kind].zh, receiptNo: doc.receiptNo ?? String(doc.id), receivedAt: chinaDateTime(doc.createdAt), link: feedbackLink(req.payload, doc.id) };
    const draft: NotificationDraft = {
      key: `feedbackReceived:${doc.id}:${recipient.id}`,
      kind: 'feedbackReceived',
      recipient,
      subject: say('notifyFeedbackReceivedSubject', params),
      text: say('notifyFeedbackReceivedText', params),
      feedback: doc.id,
    };
    // One after the other: a MongoDB session allows one operation at a time.
    await notify({ payload: req.payload, draft, req });
  }
  return doc;
};
