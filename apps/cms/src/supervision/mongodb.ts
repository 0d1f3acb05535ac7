import {
  chinaDate,
  coverByMonths,
  earliestSupervisedMonth,
  matches,
  mergeWindows,
  monthOf,
  monthRange,
  monthStart,
  pendingRecordPredicate,
  publicRecordPredicate,
  type Month,
  type Range,
  type SupervisionFacts,
  type SupervisionWindow,
} from '@xxgk/domain';
import type { Payload } from 'payload';
import { predicateMongo, type MongoFilter } from '../predicates/mongoPredicate';
import { readMonths, type MonthFacts } from './monthCache';
import type { FactsQuery, SupervisionStore } from './store';

type Row = Record<string, any>;
/** The native driver's collection behind one of Payload's mongoose models: only what this file uses. */
type Collection = {
  aggregate: (pipeline: MongoFilter[]) => { toArray: () => Promise<Row[]> };
  find: (filter: MongoFilter, options?: Record<string, unknown>) => { toArray: () => Promise<Row[]> };
};

const collectionOf = (payload: Payload, slug: string): Collection =>
  (payload.db as unknown as { collections: Record<string, { collection: Collection }> }).collections[slug]!.collection;

const dateOf = (instant: unknown) => (instant ? chinaDate(new Date(instant as Date)) : null);
/** Beijing calendar date (or month) of a date field, cut in the database. */
const beijing = (field: string, format = '%Y-%m-%d') => ({ $dateToString: { format, date: `$${field}`, timezone: 'Asia/Shanghai' } });
const inRange = (field: string, range: Range) => ({ [field]: { $gte: range.from, $lt: range.to } });
const inRanges = (field: string, ranges: Range[]) => (ranges.length === 1 ? inRange(field, ranges[0]!) : { $or: ranges.map((range) => inRange(field, range)) });
/** Months back through which an item's last publication is looked for at a time. */
const lookBackStep = 24;

/**
 * Supervision facts with aggregation pipelines over Payload's MongoDB documents (relationships
 * are ObjectIds, dates BSON dates; the review log is an array inside each record).
 *
 * A period is answered month by month: its closed months from the month cache (monthCache.ts:
 * computed once, forgotten when a record in them changes), the rest (the current month, a
 * period starting mid-month) from the records. Records in the workflow and waiting for review
 * are the present state and always read from the records, through the status indexes.
 */
export const createMongoSupervisionStore = (payload: Payload): SupervisionStore => {
  const disclosures = collectionOf(payload, 'disclosures');
  const items = collectionOf(payload, 'checklist-items');
  const isPublic = predicateMongo(publicRecordPredicate);
  const isPending = predicateMongo(pendingRecordPredicate);
  const all = (pipeline: MongoFilter[]) => disclosures.aggregate(pipeline).toArray();

  /**
   * The facts of some ranges of time, grouped by `bucket` (a month, or one bucket for all):
   * public records per item, publications by (department, formed, published) with whether the
   * record is public, and returns and withdrawals by department. `asOfEnd` caps the latest publication.
   */
  const windows = async ({ ranges, bucket, asOfEnd, withEvents }: { ranges: Range[]; bucket: unknown; asOfEnd?: Date; withEvents: boolean }) => {
    const byBucket = new Map<string, MonthFacts>();
    const at = (key: string) => byBucket.get(key) ?? (byBucket.set(key, { items: [], publications: [], reviewEvents: [] }), byBucket.get(key)!);
    if (ranges.length === 0) return byBucket;
    const outcomes = ['returned', 'withdrawn'];
    const [activity, publications, events] = await Promise.all([
      all([
        { $match: { $and: [isPublic, inRanges('publishedAt', ranges)] } },
        {
          $group: {
            _id: { bucket: bucket === null ? null : beijing('publishedAt', '%Y-%m'), item: '$checklistItem' },
            count: { $sum: 1 },
            last: { $max: asOfEnd ? { $cond: [{ $lt: ['$publishedAt', asOfEnd] }, '$publishedAt', null] } : '$publishedAt' },
          },
        },
      ]),
      all([
        { $match: { $and: [{ status: 'published' }, inRanges('publishedAt', ranges)] } },
        {
          $group: {
            _id: { bucket: bucket === null ? null : beijing('publishedAt', '%Y-%m'), department: '$department', formed: beijing('formedAt'), published: beijing('publishedAt'), attribute: '$attribute', audience: '$audience' },
            count: { $sum: 1 },
          },
        },
        // One document per bucket and department: tens of thousands of tiny documents at a million
        // records cost more to decode one by one than to count.
        { $group: { _id: { bucket: '$_id.bucket', department: '$_id.department' }, groups: { $push: { formed: '$_id.formed', published: '$_id.published', attribute: '$_id.attribute', audience: '$_id.audience', count: '$count' } } } },
      ]),
      withEvents
        ? all([
            // Through the index on the log's outcome (returns and withdrawals are few among the
            // approvals): DocumentDB scans the whole collection for an $elemMatch alone.
            { $match: { 'reviews.outcome': { $in: outcomes }, reviews: { $elemMatch: { outcome: { $in: outcomes }, ...inRanges('reviewedAt', ranges) } } } },
            { $unwind: '$reviews' },
            { $match: { 'reviews.outcome': { $in: outcomes }, ...inRanges('reviews.reviewedAt', ranges) } },
            { $group: { _id: { bucket: bucket === null ? null : beijing('reviews.reviewedAt', '%Y-%m'), department: '$department', outcome: '$reviews.outcome' }, count: { $sum: 1 } } },
          ])
        : Promise.resolve([]),
    ]);
    for (const row of activity) at(String(row._id.bucket)).items.push({ itemId: String(row._id.item), count: Number(row.count), last: row.last ?? null });
    for (const row of publications) {
      const facts = at(String(row._id.bucket));
      for (const group of row.groups as Row[]) {
        facts.publications.push({
          departmentId: String(row._id.department),
          formedDate: String(group.formed),
          publishedDate: String(group.published),
          count: Number(group.count),
          // Which publications the public variant counts: the domain's own rule, applied to the group.
          isPublic: matches(publicRecordPredicate, { status: 'published', attribute: group.attribute, audience: group.audience }),
        });
      }
    }
    for (const row of events) {
      const facts = at(String(row._id.bucket));
      const departmentId = String(row._id.department);
      const entry = facts.reviewEvents.find((event) => event.departmentId === departmentId) ?? (facts.reviewEvents.push({ departmentId, returned: 0, withdrawn: 0 }), facts.reviewEvents.at(-1)!);
      entry[row._id.outcome === 'returned' ? 'returned' : 'withdrawn'] += Number(row.count);
    }
    return byBucket;
  };

  const computeMonths = (months: Month[]) => windows({ ranges: months.map(monthRange), bucket: 'month', withEvents: true });
  const cachedMonths = (months: Month[], itemsOnly = false) => readMonths({ payload, months, compute: computeMonths, itemsOnly });
  const restOf = async (ranges: Range[], asOfEnd: Date, withEvents: boolean) => (await windows({ ranges, bucket: null, asOfEnd, withEvents })).get('null');

  /** Per item, the last public publication before `before`: the months just before first, further back only for the items not found. */
  const lastPublishedBefore = async (itemIds: string[], before: Date, closedBefore: Date) => {
    const last = new Map<string, Date>();
    const { months, rest } = coverByMonths({ from: monthStart(earliestSupervisedMonth), to: before }, closedBefore);
    const note = (window: SupervisionWindow | undefined) => {
      for (const item of window?.items ?? []) {
        const known = last.get(item.itemId);
        if (item.last && (!known || item.last > known)) last.set(item.itemId, item.last);
      }
    };
    note(await restOf(rest, before, false));
    for (let end = months.length; end > 0 && itemIds.some((id) => !last.has(id)); end -= lookBackStep) {
      const found = await cachedMonths(months.slice(Math.max(0, end - lookBackStep), end), true);
      for (const facts of found.values()) note(facts);
    }
    return last;
  };

  return {
    facts: async ({ period, asOfEnd, publicOnly }: FactsQuery): Promise<SupervisionFacts> => {
      // Months are kept once closed, and only those wholly before the as-of day's end (a test's or a
      // past period's as-of day may lie before today): their latest publication needs no cap.
      const currentMonthStart = monthStart(monthOf(new Date()));
      const closedBefore = asOfEnd < currentMonthStart ? asOfEnd : currentMonthStart;
      const { months, rest } = coverByMonths(period, closedBefore);
      const [itemIds, kept, live, pending, waiting] = await Promise.all([
        items.find({}, { projection: { _id: 1 } }).toArray(),
        cachedMonths(months),
        restOf(rest, asOfEnd, !publicOnly),
        // Records in the workflow (internal only: the public variant knows none).
        publicOnly
          ? Promise.resolve([])
          : all([
              { $match: { $and: [isPending, { checklistItem: { $ne: null } }, { formedAt: { $lt: asOfEnd } }] } },
              { $group: { _id: '$checklistItem', earliest: { $min: '$formedAt' }, count: { $sum: 1 } } },
            ]),
        publicOnly
          ? Promise.resolve([])
          : // Records from before submission times were kept wait from their last change.
            all([{ $match: { status: 'submitted' } }, { $group: { _id: '$department', count: { $sum: 1 }, oldest: { $min: { $ifNull: ['$submittedAt', '$updatedAt'] } } } }]),
      ]);
      const window = mergeWindows([...kept.values(), ...(live ? [live] : [])]);
      const activityById = new Map(window.items.map((item) => [item.itemId, item]));
      const missing = itemIds.map((item) => String(item._id)).filter((id) => !activityById.get(id)?.last);
      const earlier = missing.length > 0 ? await lastPublishedBefore(missing, new Date(Math.min(period.from.getTime(), asOfEnd.getTime())), closedBefore) : new Map<string, Date>();
      const pendingById = new Map(pending.map((row) => [String(row._id), row]));

      return {
        items: itemIds.map((item) => {
          const id = String(item._id);
          const activity = activityById.get(id);
          const open = pendingById.get(id);
          return {
            itemId: id,
            publicInPeriod: activity?.count ?? 0,
            lastPublishedAt: (activity?.last ?? earlier.get(id))?.toISOString() ?? null,
            earliestPendingFormedDate: dateOf(open?.earliest),
            pendingCount: Number(open?.count ?? 0),
          };
        }),
        publications: window.publications
          .filter((group) => !publicOnly || group.isPublic)
          .map(({ departmentId, formedDate, publishedDate, count }) => ({ departmentId, formedDate, publishedDate, count })),
        ...(publicOnly
          ? {}
          : {
              waiting: waiting.map((row) => ({ departmentId: String(row._id), count: Number(row.count), oldestSubmittedDate: dateOf(row.oldest) })),
              reviewEvents: window.reviewEvents,
            }),
      };
    },
  };
};
