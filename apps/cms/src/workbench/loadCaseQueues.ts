import { applicantTypeLabels, caseHandlerRoles, caseQueuesFor, caseStatusLabels, chinaDate, collections, type ApplicantType, type CaseQueue, type CaseQueueKey, type CaseStatus } from '@xxgk/domain';
import type { PayloadRequest, Where } from 'payload';
import { stringify } from 'qs-esm';
import { toWhere } from '../access/toWhere';
import { loadCaseSettings } from '../applications/caseSettings';
import { actorFromReq } from '../lib/user';

export type CaseQueueRow = { id: string; caseNo: string; status: { zh: string; en: string }; applicantType: { zh: string; en: string }; receivedOn: string; dueOn: string | null };
export type LoadedCaseQueue = { key: CaseQueueKey; label: CaseQueue['label']; hint: CaseQueue['hint']; count: number; rows: CaseQueueRow[]; href: string };

/** A case queue as a where-clause: the predicate, and the deadline's range on the stored `dueOn`. */
export const caseQueueWhere = (queue: Pick<CaseQueue, 'where' | 'dueOn'>): Where => {
  const range = queue.dueOn;
  if (!range) return toWhere(queue.where);
  const dueOn = {
    ...(range.atLeast !== undefined ? { greater_than_equal: range.atLeast } : {}),
    ...(range.atMost !== undefined ? { less_than_equal: range.atMost } : {}),
    ...(range.before !== undefined ? { less_than: range.before } : {}),
  };
  return { and: [toWhere(queue.where), { dueOn }] };
};

/** The cases list filtered and sorted as the queue is (the dates are today's: a link is a snapshot). */
export const caseQueueHref = (queue: Pick<CaseQueue, 'where' | 'dueOn' | 'sort'>) =>
  `/admin/collections/${collections.applicationCases}?${stringify({ where: caseQueueWhere(queue), sort: queue.sort }, { addQueryPrefix: false })}`;

type Row = { id: number | string; caseNo?: string | null; status: CaseStatus; applicantType: ApplicantType; receivedOn: string; dueOn?: string | null };

/**
 * The disclosure office's queues of applications (packages/domain workQueues.ts caseQueuesFor):
 * 答复期限 ≤ N 个工作日, 已逾期, 待补正, 新收到（待受理）, each with its count and first rows, read
 * with the user's own access. Empty for anyone who does not handle applications.
 */
export const loadCaseQueues = async (req: PayloadRequest, { rowsPerQueue = 5, now = new Date() } = {}): Promise<LoadedCaseQueue[]> => {
  const actor = actorFromReq(req);
  if (!actor || !caseHandlerRoles.includes(actor.role)) return [];
  const settings = await loadCaseSettings(req.payload, req);
  const queues = caseQueuesFor(actor, { today: chinaDate(now), dueSoonDays: settings.dueSoonDays, calendar: settings.calendar });
  const loaded: LoadedCaseQueue[] = [];
  // One after the other: a MongoDB session allows one operation at a time.
  for (const queue of queues) {
    const found = await req.payload.find({
      collection: collections.applicationCases,
      where: caseQueueWhere(queue),
      sort: queue.sort,
      limit: rowsPerQueue,
      depth: 0,
      select: { caseNo: true, status: true, applicantType: true, receivedOn: true, dueOn: true },
      req,
      user: req.user,
      overrideAccess: false,
    });
    const rows = (found.docs as unknown as Row[]).map((doc) => ({
      id: String(doc.id),
      caseNo: doc.caseNo ?? String(doc.id),
      status: caseStatusLabels[doc.status],
      applicantType: applicantTypeLabels[doc.applicantType],
      receivedOn: doc.receivedOn,
      dueOn: doc.dueOn ?? null,
    }));
    loaded.push({ key: queue.key, label: queue.label, hint: queue.hint, count: found.totalDocs, rows, href: caseQueueHref(queue) });
  }
  return loaded;
};
