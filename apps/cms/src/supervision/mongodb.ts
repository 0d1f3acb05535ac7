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
import { readKeptFacts, type MonthFacts, type PendingFacts, type WaitingFacts } from './keptFacts';
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
 * A period is answered month by month: its closed months from the kept facts (keptFacts.ts:
 * computed once, forgotten when a record in them changes), the rest (the current month, a
 * period starting mid-month) from the records. The present state — records in the workflow per
 * item, records waiting for review per department — is kept the same way, per item and per
 * department, so that a change recomputes one item or one department.
 */
export const createMongoSupervisionStore = (payload: Payload): SupervisionStore => {
  const disclosures = collectionOf(payload, 'disclosures');
  const items = collectionOf(payload, 'checklist-items');
  const departments = collectionOf(payload, 'departments');
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

  const emptyMonth = (): MonthFacts => ({ items: [], publications: [], reviewEvents: [] });
  const cachedMonths = async (months: Month[], itemsOnly = false) => {
    const kept = await readKeptFacts<MonthFacts>({
      payload,
      keys: months.map((month) => `month:${month}`),
      compute: async (keys) => {
        const computed = await windows({ ranges: keys.map((key) => monthRange(key.slice('month:'.length))), bucket: 'month', withEvents: true });
        return new Map([...computed].map(([month, facts]) => [`month:${month}`, facts]));
      },
      empty: emptyMonth,
      ...(itemsOnly ? { projection: { 'facts.items': 1 } } : {}),
    });
    return new Map([...kept].map(([key, facts]) => [key.slice('month:'.length), facts]));
  };
  // Records in the workflow per item, by Beijing date formed: any as-of day is then answered exactly.
  const pendingOf = (itemIds: Map<string, unknown>) =>
    readKeptFacts<PendingFacts>({
      payload,
      keys: [...itemIds.keys()].map((id) => `pending:${id}`),
      compute: async (keys) => {
        const rows = await all([
          { $match: { $and: [isPending, { checklistItem: { $in: keys.map((key) => itemIds.get(key.slice('pending:'.length))) } }] } },
          { $group: { _id: { item: '$checklistItem', formed: beijing('formedAt') }, count: { $sum: 1 } } },
          { $group: { _id: '$_id.item', formed: { $push: ['$_id.formed', '$count'] } } },
        ]);
        return new Map(rows.map((row) => [`pending:${String(row._id)}`, { formed: row.formed as [string, number][] }]));
      },
      empty: () => ({ formed: [] }),
    });
  // Records waiting for review per department (records from before submission times were kept wait from their last change).
  const waitingOf = (departmentIds: Map<string, unknown>) =>
    readKeptFacts<WaitingFacts>({
      payload,
      keys: [...departmentIds.keys()].map((id) => `waiting:${id}`),
      compute: async (keys) => {
        const rows = await all([
          { $match: { status: 'submitted', department: { $in: keys.map((key) => departmentIds.get(key.slice('waiting:'.length))) } } },
          { $group: { _id: '$department', count: { $sum: 1 }, oldest: { $min: { $ifNull: ['$submittedAt', '$updatedAt'] } } } },
        ]);
        return new Map(rows.map((row) => [`waiting:${String(row._id)}`, { count: Number(row.count), oldest: row.oldest ?? null }]));
      },
      empty: () => ({ count: 0, oldest: null }),
    });
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
      // Ids as text (the facts' keys) and as stored (ObjectIds, for matching).
      const idsOf = (rows: Row[]) => new Map(rows.map((row) => [String(row._id), row._id as unknown]));
      const [itemRefs, departmentRefs] = await Promise.all([
        items.find({}, { projection: { _id: 1 } }).toArray().then(idsOf),
        departments.find({}, { projection: { _id: 1 } }).toArray().then(idsOf),
      ]);
      const [itemIds, departmentIds] = [[...itemRefs.keys()], [...departmentRefs.keys()]];
      // Records in the workflow and waiting for review are internal only: the public variant knows none.
      const [kept, live, pending, waiting] = await Promise.all([
        cachedMonths(months),
        restOf(rest, asOfEnd, !publicOnly),
        publicOnly ? new Map<string, PendingFacts>() : pendingOf(itemRefs),
        publicOnly ? new Map<string, WaitingFacts>() : waitingOf(departmentRefs),
      ]);
      const window = mergeWindows([...kept.values(), ...(live ? [live] : [])]);
      const activityById = new Map(window.items.map((item) => [item.itemId, item]));
      const missing = itemIds.filter((id) => !activityById.get(id)?.last);
      const earlier = missing.length > 0 ? await lastPublishedBefore(missing, new Date(Math.min(period.from.getTime(), asOfEnd.getTime())), closedBefore) : new Map<string, Date>();
      // Formed on or before the as-of day (its end is the midnight after it).
      const asOf = chinaDate(new Date(asOfEnd.getTime() - 1));

      return {
        items: itemIds.map((id) => {
          const activity = activityById.get(id);
          const open = (pending.get(`pending:${id}`)?.formed ?? []).filter(([formed]) => formed <= asOf);
          return {
            itemId: id,
            publicInPeriod: activity?.count ?? 0,
            lastPublishedAt: (activity?.last ?? earlier.get(id))?.toISOString() ?? null,
            earliestPendingFormedDate: open.length > 0 ? open.reduce((earliest, [formed]) => (formed < earliest ? formed : earliest), open[0]![0]) : null,
            pendingCount: open.reduce((sum, [, count]) => sum + count, 0),
          };
        }),
        publications: window.publications
          .filter((group) => !publicOnly || group.isPublic)
          .map(({ departmentId, formedDate, publishedDate, count }) => ({ departmentId, formedDate, publishedDate, count })),
        ...(publicOnly
          ? {}
          : {
              waiting: departmentIds.flatMap((departmentId) => {
                const facts = waiting.get(`waiting:${departmentId}`);
                return facts && facts.count > 0 ? [{ departmentId, count: facts.count, oldestSubmittedDate: dateOf(facts.oldest) }] : [];
              }),
              reviewEvents: window.reviewEvents,
            }),
      };
    },
  };
};
