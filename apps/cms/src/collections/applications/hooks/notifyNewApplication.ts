import { applicantTypeLabels, applicationChannelLabels } from '@xxgk/domain';
import type { CollectionAfterChangeHook } from 'payload';
import type { ApplicationCase } from '../../../payload-types';
import { caseActorOf } from '../../../applications/caseActor';
import { officeRecipients } from '../../../applications/officeRecipients';
import { notify, type NotificationDraft } from '../../../notifications/notify';
import { caseLink, orDash, say } from '../../../notifications/wording';

/**
 * Tells the disclosure office that an application arrived (新的依申请公开申请): every reviewer
 * (administrators when there is none), once per case, in the save's transaction; the mail leaves
 * after the commit (notifications/notify.ts). An application the system registered (an import, a
 * seed) notifies nobody, and the member of staff who registered a letter is not told of it.
 * The notice carries the case number, channel, applicant type and dates — never the applicant's
 * name or contact, which stay in the CMS.
 */
export const notifyNewApplication: CollectionAfterChangeHook<ApplicationCase> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc;
  const actor = caseActorOf(req);
  if (actor === 'system') return doc;
  const registrar = actor === 'applicant' ? null : String(actor.id);
  const recipients = (await officeRecipients(req.payload, req)).filter((member) => String(member.id) !== registrar);
  for (const recipient of recipients) {
    const params = {
      name: recipient.name,
      caseNo: orDash(doc.caseNo),
      channel: applicationChannelLabels[doc.channel].zh,
      applicantType: applicantTypeLabels[doc.applicantType].zh,
      receivedOn: doc.receivedOn,
      dueOn: orDash(doc.dueOn),
      link: caseLink(req.payload, doc.id),
    };
    const draft: NotificationDraft = {
      key: `applicationReceived:${doc.id}:${recipient.id}`,
      kind: 'applicationReceived',
      recipient,
      subject: say('notifyApplicationReceivedSubject', params),
      text: say('notifyApplicationReceivedText', params),
      applicationCase: doc.id,
    };
    // One after the other: a MongoDB session allows one operation at a time.
    await notify({ payload: req.payload, draft, req });
  }
  return doc;
};
