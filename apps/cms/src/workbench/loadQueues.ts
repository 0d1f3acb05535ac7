import { chinaDate, collections, globals, queuesFor, workingDaysBetween, type QueueKey, type WorkQueue } from '@xxgk/domain';
import type { PayloadRequest, Where } from 'payload';
import { stringify } from 'qs-esm';
import { toWhere } from '../access/toWhere';
import { actorFromReq } from '../lib/user';
import { workingCalendarOf } from '../globals/workingCalendar';

export type QueueRow = { id: string; title: string; indexNo: string | null; department: string; waitingDays: number | null; date: string | null; note: string | null };
/** `count` is null for queues that only list their first rows (WorkQueue.isCounted). */
export type LoadedQueue = { key: QueueKey; label: WorkQueue['label']; hint: WorkQueue['hint']; count: number | null; rows: QueueRow[]; href: string; showsWaiting: boolean };

const adminList = `/admin/collections/${collections.disclosures}`;

/** The list view filtered and sorted as the queue is: "查看全部" and every count link here. */
export const queueHref = (queue: Pick<WorkQueue, 'where' | 'sort'>) => `${adminList}?${stringify({ where: toWhere(queue.where), sort: queue.sort }, { addQueryPrefix: false })}`;

type Row = { id: number | string; title: string; indexNo?: string | null; department?: unknown; submittedAt?: string | null; publishedAt?: string | null; updatedAt: string; reviews?: { outcome?: string | null; note?: string | null }[] | null };

/**
 * Loads the signed-in user's queues: for each, the count and its first rows, read with the
 * user's own access (an editor never counts another department's records).
 */
export const loadQueues = async (req: PayloadRequest, { rowsPerQueue = 5, now = new Date() } = {}): Promise<LoadedQueue[]> => {
  const actor = actorFromReq(req);
  const queues = queuesFor(actor);
  if (queues.length === 0) return [];
  const calendar = workingCalendarOf(await req.payload.findGlobal({ slug: globals.siteSettings, depth: 0, select: { calendar: true }, req, overrideAccess: true }));
  const departments = await req.payload.find({ collection: collections.departments, depth: 0, limit: 0, pagination: false, select: { name: true }, req, overrideAccess: true });
  const departmentName = new Map(departments.docs.map((department) => [String(department.id), department.name]));
  const today = chinaDate(now);
  const loaded: LoadedQueue[] = [];
  const read = (queue: WorkQueue, where: Where) =>
    req.payload.find({
      collection: collections.disclosures,
      where,
      sort: queue.sort,
      limit: rowsPerQueue,
      pagination: queue.isCounted,
      depth: 0,
      select: { title: true, indexNo: true, department: true, submittedAt: true, publishedAt: true, updatedAt: true, reviews: true },
      req,
      user: req.user,
      overrideAccess: false,
    });
  // One after the other: a MongoDB session allows one operation at a time.
  for (const queue of queues) {
    const where = toWhere(queue.where) as Where;
    // An uncounted queue of the newest publications looks at the last 90 days first: a MongoDB-
    // compatible server may sort every match instead of reading the index backwards (DocumentDB:
    // 2 s over a million records against 80 ms); the whole queue only if those have too few.
    const recent = !queue.isCounted && queue.sort === '-publishedAt' ? await read(queue, { and: [where, { publishedAt: { greater_than_equal: new Date(now.getTime() - 90 * 86_400_000).toISOString() } }] }) : null;
    const found = recent && recent.docs.length >= rowsPerQueue ? recent : await read(queue, where);
    const rows = (found.docs as unknown as Row[]).map((doc) => {
      const lastReturn = queue.key === 'returned' || queue.key === 'returnedByReview' ? [...(doc.reviews ?? [])].reverse().find((entry) => entry.outcome === 'returned') : undefined;
      const date = queue.sort.includes('publishedAt') ? doc.publishedAt : queue.showsWaiting ? doc.submittedAt : doc.updatedAt;
      return {
        id: String(doc.id),
        title: doc.title,
        indexNo: doc.indexNo ?? null,
        department: departmentName.get(String(doc.department)) ?? '',
        waitingDays: queue.showsWaiting && doc.submittedAt ? workingDaysBetween({ from: chinaDate(new Date(doc.submittedAt)), to: today, calendar }) : null,
        date: date ? chinaDate(new Date(date)) : null,
        note: lastReturn?.note ?? null,
      };
    });
    loaded.push({ key: queue.key, label: queue.label, hint: queue.hint, count: queue.isCounted ? found.totalDocs : null, rows, href: queueHref(queue), showsWaiting: queue.showsWaiting });
  }
  return loaded;
};
