import { caseClock, caseColumnsDiffer, caseColumnsOf, caseHandlerRoles, caseStatusLabels, chinaDate, collections, openCaseStatuses, relationId, type ApplicantType, type Role } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { ApplicationCase, User } from '../payload-types';
import { notify, type NotificationDraft } from '../notifications/notify';
import { caseLink, say } from '../notifications/wording';
import type { CaseContext } from './caseContext';
import { loadCaseSettings } from './caseSettings';
import { officeRecipients, type OfficeMember } from './officeRecipients';
import { storedCase } from './storedCase';

/** The person to remind of a case: its handler when one of the office is assigned, else the office. */
const recipientsOf = async (payload: Payload, doc: Pick<ApplicationCase, 'handler'>, office: () => Promise<OfficeMember[]>): Promise<OfficeMember[]> => {
  const handlerId = relationId(doc.handler);
  if (handlerId !== null) {
    const handler = (await payload.findByID({ collection: collections.users, id: handlerId, depth: 0, overrideAccess: true, disableErrors: true })) as User | null;
    if (handler && caseHandlerRoles.includes(handler.role as Role)) return [handler];
  }
  return office();
};

/**
 * The daily round of the open applications (with the reminders, on REMINDER_CRON):
 * - the stored columns are brought up to today where the log says otherwise (a consultation
 *   whose limit ran out starts the clock again without anyone acting), so lists and queues
 *   filter on the right deadline;
 * - a case due within `applications.dueSoonDays` working days (临期) or overdue (逾期) by the
 *   domain's clock is reminded to its handler, or to the office when it has none, once per case,
 *   due date and occasion (an extension gives a new due date, and a new reminder).
 * Returns how many cases it refreshed and how many notifications it created.
 */
export const runCaseReminders = async (payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<{ refreshed: number; dueSoon: number; overdue: number }> => {
  const today = chinaDate(now);
  const settings = await loadCaseSettings(payload);
  const { docs } = (await payload.find({
    collection: collections.applicationCases,
    where: { status: { in: [...openCaseStatuses] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'receivedOn',
  })) as unknown as { docs: ApplicationCase[] };
  let office: OfficeMember[] | null = null;
  const officeOnce = async () => (office ??= await officeRecipients(payload));
  const counts = { refreshed: 0, dueSoon: 0, overdue: 0 };
  for (const doc of docs) {
    const current = storedCase(doc);
    if (!current) continue;
    if (caseColumnsDiffer(doc, caseColumnsOf({ current, applicantType: doc.applicantType as ApplicantType, calendar: settings.calendar, today }))) {
      const context: CaseContext = { caseToday: today };
      await payload.update({ collection: collections.applicationCases, id: doc.id, data: {}, depth: 0, overrideAccess: true, context });
      counts.refreshed += 1;
    }
    const clock = caseClock({ current, calendar: settings.calendar, today, dueSoonDays: settings.dueSoonDays });
    const kind = clock.isOverdue ? 'applicationOverdue' : clock.isDueSoon ? 'applicationDueSoon' : null;
    if (!kind) continue;
    for (const recipient of await recipientsOf(payload, doc, officeOnce)) {
      const params = {
        name: recipient.name,
        caseNo: doc.caseNo ?? String(doc.id),
        status: caseStatusLabels[current.status].zh,
        receivedOn: current.receivedOn,
        dueOn: clock.dueOn,
        remaining: Math.max(clock.remaining, 0),
        state: kind === 'applicationOverdue' ? '已超过答复期限，尚未答复' : `距答复期限仅剩 ${Math.max(clock.remaining, 0)} 个工作日`,
        link: caseLink(payload, doc.id),
      };
      const draft: NotificationDraft = {
        key: `${kind}:${doc.id}:${clock.dueOn}:${recipient.id}`,
        kind,
        recipient,
        subject: say(kind === 'applicationOverdue' ? 'notifyApplicationOverdueSubject' : 'notifyApplicationDueSoonSubject', params),
        text: say('notifyApplicationDueText', params),
        applicationCase: doc.id,
      };
      if (await notify({ payload, draft })) counts[kind === 'applicationOverdue' ? 'overdue' : 'dueSoon'] += 1;
    }
  }
  return counts;
};
