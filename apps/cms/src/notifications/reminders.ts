import {
  addWorkingDays,
  chinaDate,
  collections,
  globals,
  itemTimeliness,
  pendingStatuses,
  publicRecordPredicate,
  relationId,
  type Cadence,
} from '@xxgk/domain';
import type { Payload, Where } from 'payload';
import type { ChecklistItem, User } from '../payload-types';
import { workingCalendarOf } from '../globals/workingCalendar';
import { toWhere } from '../access/toWhere';
import { notify, type NotificationDraft } from './notify';
import { chinaDateTime, newRecordLink, orDash, recordLink, say } from './wording';

type Id = number | string;
const day = 86_400_000;

/** The reminder settings and the working-day calendar, as administrators keep them in the site settings. */
const loadSettings = async (payload: Payload) => {
  const settings = await payload.findGlobal({ slug: globals.siteSettings, depth: 0, overrideAccess: true });
  return {
    calendar: workingCalendarOf(settings),
    reviewWaitingDays: settings.reminders?.reviewWaitingDays ?? 3,
    dueSoonDays: settings.reminders?.dueSoonDays ?? 5,
    publishWithin: settings.deadlines?.publishWithin ?? 20,
  };
};

const usersWhere = async (payload: Payload, where: Where) =>
  (await payload.find({ collection: collections.users, where, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { name: true, email: true, notifyByEmail: true } }))
    .docs as Pick<User, 'id' | 'name' | 'email' | 'notifyByEmail'>[];

const departmentNames = async (payload: Payload) => {
  const { docs } = await payload.find({ collection: collections.departments, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { name: true } });
  return new Map(docs.map((department) => [String(department.id), department.name]));
};

/** Notifies one after the other (a MongoDB session, and a mail server, take one thing at a time). */
const notifyAll = async (payload: Payload, drafts: NotificationDraft[]) => {
  let created = 0;
  for (const draft of drafts) if (await notify({ payload, draft })) created += 1;
  return created;
};

/**
 * Records waiting for review (待审核) longer than `reviewWaitingDays` working days since their
 * submission: every reviewer is told, once per record and submission. Administrators review too,
 * but are told only when the institution has no reviewer account, so the reminder always reaches
 * someone without copying every administrator on every record.
 */
const remindReviewers = async (payload: Payload, { now, settings }: { now: Date; settings: Awaited<ReturnType<typeof loadSettings>> }) => {
  const today = chinaDate(now);
  // A working-day wait is never shorter than the same number of calendar days: only those are read.
  const { docs: waiting } = await payload.find({
    collection: collections.disclosures,
    where: { and: [{ status: { equals: 'submitted' } }, { submittedAt: { less_than: new Date(now.getTime() - settings.reviewWaitingDays * day).toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'submittedAt',
    select: { title: true, indexNo: true, department: true, submittedAt: true },
  });
  const overdue = waiting.filter(
    (record) => record.submittedAt && today > addWorkingDays({ date: chinaDate(new Date(record.submittedAt)), count: settings.reviewWaitingDays, calendar: settings.calendar }),
  );
  if (overdue.length === 0) return 0;
  const reviewers = await usersWhere(payload, { role: { equals: 'reviewer' } });
  const recipients = reviewers.length > 0 ? reviewers : await usersWhere(payload, { role: { equals: 'admin' } });
  const departments = await departmentNames(payload);
  const drafts = overdue.flatMap((record) => {
    const params = {
      title: record.title,
      indexNo: orDash(record.indexNo),
      department: orDash(departments.get(String(relationId(record.department)))),
      submittedAt: chinaDateTime(record.submittedAt!),
      days: settings.reviewWaitingDays,
      link: recordLink(payload, record.id),
    };
    return recipients.map(
      (reviewer): NotificationDraft => ({
        key: `reviewWaiting:${record.id}:${new Date(record.submittedAt!).toISOString()}:${reviewer.id}`,
        kind: 'reviewWaiting',
        recipient: reviewer,
        subject: say('notifyReviewWaitingSubject', { ...params, name: reviewer.name }),
        text: say('notifyReviewWaitingText', { ...params, name: reviewer.name }),
        disclosure: record.id,
      }),
    );
  });
  return notifyAll(payload, drafts);
};

/** The facts the supervision rule needs for one item, read as of today. */
const itemFacts = async (payload: Payload, item: Pick<ChecklistItem, 'id' | 'cadence'>, now: Date) => {
  const pending = await payload.find({
    collection: collections.disclosures,
    where: { and: [{ checklistItem: { equals: item.id } }, { status: { in: [...pendingStatuses] } }] },
    sort: 'formedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { formedAt: true },
  });
  const latestPublic = await payload.find({
    collection: collections.disclosures,
    where: { and: [{ checklistItem: { equals: item.id } }, toWhere(publicRecordPredicate), { publishedAt: { less_than_equal: now.toISOString() } }] },
    sort: '-publishedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { publishedAt: true },
  });
  const formedAt = pending.docs[0]?.formedAt;
  const publishedAt = latestPublic.docs[0]?.publishedAt;
  return {
    earliestPendingFormedDate: formedAt ? chinaDate(new Date(formedAt)) : null,
    lastPublishedDate: publishedAt ? chinaDate(new Date(publishedAt)) : null,
  };
};

/**
 * Checklist items falling due: when the supervision rules (packages/domain supervision.ts) judge
 * an item 临期 (its next due date at most `dueSoonDays` working days ahead) or 逾期 (the date has
 * passed without the reminder having gone out, e.g. a draft entered late), every editor of its
 * responsible department is told, once per item and due date. Items without a responsible
 * department, or not applicable to the institution, remind nobody.
 */
const remindItemsDue = async (payload: Payload, { now, settings }: { now: Date; settings: Awaited<ReturnType<typeof loadSettings>> }) => {
  const today = chinaDate(now);
  const { docs: items } = await payload.find({
    collection: collections.checklistItems,
    where: { and: [{ responsibleDepartment: { exists: true } }, { notApplicable: { not_equals: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'seq',
    overrideAccess: true,
    select: { code: true, text: true, textEn: true, cadence: true, notApplicable: true, responsibleDepartment: true },
  });
  const departments = await departmentNames(payload);
  const editorsOf = new Map<string, Awaited<ReturnType<typeof usersWhere>>>();
  let created = 0;
  for (const item of items) {
    const departmentId = relationId(item.responsibleDepartment);
    if (departmentId === null) continue;
    const facts = await itemFacts(payload, item, now);
    const { status, nextDue } = itemTimeliness({
      item: { cadence: (item.cadence ?? null) as Cadence | null, notApplicable: Boolean(item.notApplicable), ...facts },
      asOf: today,
      settings: { publishWithin: settings.publishWithin, dueSoonDays: settings.dueSoonDays, calendar: settings.calendar },
    });
    if (!nextDue || (status !== 'dueSoon' && status !== 'overdue')) continue;
    const key = String(departmentId);
    if (!editorsOf.has(key)) editorsOf.set(key, await usersWhere(payload, { and: [{ role: { equals: 'editor' } }, { department: { equals: departmentId } }] }));
    const params = {
      code: item.code,
      item: item.text,
      itemEn: item.textEn || item.text,
      department: orDash(departments.get(key)),
      dueDate: nextDue,
      link: newRecordLink(payload),
    };
    created += await notifyAll(
      payload,
      editorsOf.get(key)!.map(
        (editor): NotificationDraft => ({
          key: `itemDue:${item.id}:${nextDue}:${editor.id}`,
          kind: 'itemDue',
          recipient: editor,
          subject: say(status === 'overdue' ? 'notifyItemOverdueSubject' : 'notifyItemDueSubject', { ...params, name: editor.name }),
          text: say('notifyItemDueText', { ...params, name: editor.name }),
          checklistItem: item.id as Id,
        }),
      ),
    );
  }
  return created;
};

export type RemindersResult = { reviewWaiting: number; itemsDue: number };

/**
 * The reminders (提醒) due at `now`: records waiting too long for review, and checklist items
 * falling due. Each occasion notifies once, however often this runs and in however many
 * processes (notifications carry a unique key). Run by the `sendReminders` job on REMINDER_CRON,
 * and directly by tests. Returns how many notifications it created.
 */
export const runReminders = async (payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<RemindersResult> => {
  const settings = await loadSettings(payload);
  const reviewWaiting = await remindReviewers(payload, { now, settings });
  const itemsDue = await remindItemsDue(payload, { now, settings });
  return { reviewWaiting, itemsDue };
};
