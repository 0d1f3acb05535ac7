import { chinaDate, pendingRecordPredicate, publicRecordPredicate, timedRecordPredicate, type SupervisionFacts } from '@xxgk/domain';
import type { Payload } from 'payload';
import { predicateMongo, type MongoFilter } from '../predicates/mongoPredicate';
import type { FactsQuery, SupervisionStore } from './store';

type Row = Record<string, any>;
/** The native driver's collection behind one of Payload's mongoose models: only what this file uses. */
type Collection = {
  aggregate: (pipeline: MongoFilter[]) => { toArray: () => Promise<Row[]> };
  find: (filter: MongoFilter, options?: Record<string, unknown>) => { toArray: () => Promise<Row[]> };
};

const collectionOf = (payload: Payload, slug: string): Collection =>
  (payload.db as unknown as { collections: Record<string, { collection: Collection }> }).collections[slug]!.collection;

const day = 86_400_000;
const dateOf = (instant: unknown) => (instant ? chinaDate(new Date(instant as Date)) : null);
/** Beijing calendar date of a date field, cut in the database. */
const beijingDate = (field: string) => ({ $dateToString: { format: '%Y-%m-%d', date: `$${field}`, timezone: 'Asia/Shanghai' } });

/**
 * Supervision facts with aggregation pipelines over Payload's MongoDB documents (relationships
 * are ObjectIds, dates BSON dates; the review log is an array inside each record). Each fact is
 * its own pipeline, run side by side, each starting with a $match an index serves (the compound
 * "filter, then publication time" indexes, status, the review log's outcome).
 */
export const createMongoSupervisionStore = (payload: Payload): SupervisionStore => {
  const disclosures = collectionOf(payload, 'disclosures');
  const items = collectionOf(payload, 'checklist-items');
  const isPublic = predicateMongo(publicRecordPredicate);
  const isPending = predicateMongo(pendingRecordPredicate);
  const all = (pipeline: MongoFilter[]) => disclosures.aggregate(pipeline).toArray();

  return {
    facts: async ({ period, asOfEnd, publicOnly }: FactsQuery): Promise<SupervisionFacts> => {
      const { from, to } = period;
      const isTimed = predicateMongo(timedRecordPredicate({ publicOnly }));
      const reviewEvent = { outcome: { $in: ['returned', 'withdrawn'] }, reviewedAt: { $gte: from, $lt: to } };
      const [itemIds, activity, pending, publications, waiting, events] = await Promise.all([
        items.find({}, { projection: { _id: 1 } }).toArray(),
        // The period's public records per item; the latest among them up to the as-of day.
        all([
          { $match: { $and: [isPublic, { publishedAt: { $gte: from, $lt: to } }] } },
          { $group: { _id: '$checklistItem', inPeriod: { $sum: 1 }, last: { $max: { $cond: [{ $lt: ['$publishedAt', asOfEnd] }, '$publishedAt', null] } } } },
        ]),
        // Records in the workflow (internal only: the public variant knows none).
        publicOnly
          ? Promise.resolve([])
          : all([
              { $match: { $and: [isPending, { checklistItem: { $ne: null } }, { formedAt: { $lt: asOfEnd } }] } },
              { $group: { _id: '$checklistItem', earliest: { $min: '$formedAt' }, count: { $sum: 1 } } },
            ]),
        all([
          { $match: { $and: [isTimed, { publishedAt: { $gte: from, $lt: to } }] } },
          { $group: { _id: { department: '$department', formed: beijingDate('formedAt'), published: beijingDate('publishedAt') }, count: { $sum: 1 } } },
          // One document per department with its groups: tens of thousands of tiny documents at a
          // million records cost more to decode one by one than to count.
          { $group: { _id: '$_id.department', groups: { $push: { formed: '$_id.formed', published: '$_id.published', count: '$count' } } } },
        ]),
        publicOnly
          ? Promise.resolve([])
          : // Records from before submission times were kept wait from their last change.
            all([{ $match: { status: 'submitted' } }, { $group: { _id: '$department', count: { $sum: 1 }, oldest: { $min: { $ifNull: ['$submittedAt', '$updatedAt'] } } } }]),
        publicOnly
          ? Promise.resolve([])
          : all([
              // Through the index on the log's outcome: returns and withdrawals are few among the approvals.
              { $match: { reviews: { $elemMatch: reviewEvent } } },
              { $unwind: '$reviews' },
              { $match: { 'reviews.outcome': reviewEvent.outcome, 'reviews.reviewedAt': reviewEvent.reviewedAt } },
              { $group: { _id: { department: '$department', outcome: '$reviews.outcome' }, count: { $sum: 1 } } },
            ]),
      ]);

      // Items without a public record in the period up to the as-of day: their latest earlier one,
      // first among the year's records before (one $group over an indexed range), then, for the
      // few left, one read per item. (DocumentDB sorts every match instead of reading the index
      // backwards, so "newest first, limit 1" over an item's whole history is kept for those few.)
      const activityById = new Map(activity.map((row) => [String(row._id), row]));
      const before = new Date(Math.min(from.getTime(), asOfEnd.getTime()));
      const yearBefore = new Date(before.getTime() - 366 * day);
      const missing = () => itemIds.filter((item) => !activityById.get(String(item._id))?.last && !earlier.has(String(item._id)));
      const earlier = new Map<string, Date>();
      if (missing().length > 0) {
        const recent = await all([
          { $match: { $and: [isPublic, { checklistItem: { $in: missing().map((item) => item._id) } }, { publishedAt: { $gte: yearBefore, $lt: before } }] } },
          { $group: { _id: '$checklistItem', last: { $max: '$publishedAt' } } },
        ]);
        for (const row of recent) earlier.set(String(row._id), row.last);
        await Promise.all(
          missing().map(async (item) => {
            const [latest] = await disclosures
              .find({ $and: [isPublic, { checklistItem: item._id, publishedAt: { $lt: yearBefore } }] }, { sort: { publishedAt: -1 }, limit: 1, projection: { publishedAt: 1 } })
              .toArray();
            if (latest?.publishedAt) earlier.set(String(item._id), latest.publishedAt);
          }),
        );
      }

      const pendingById = new Map(pending.map((row) => [String(row._id), row]));
      const eventsByDepartment = new Map<string, { departmentId: string; returned: number; withdrawn: number }>();
      for (const row of events) {
        const departmentId = String(row._id.department);
        const entry = eventsByDepartment.get(departmentId) ?? { departmentId, returned: 0, withdrawn: 0 };
        entry[row._id.outcome === 'returned' ? 'returned' : 'withdrawn'] += Number(row.count);
        eventsByDepartment.set(departmentId, entry);
      }
      return {
        items: itemIds.map((item) => {
          const id = String(item._id);
          const row = activityById.get(id);
          const open = pendingById.get(id);
          return {
            itemId: id,
            publicInPeriod: Number(row?.inPeriod ?? 0),
            lastPublishedAt: (row?.last ?? earlier.get(id))?.toISOString() ?? null,
            earliestPendingFormedDate: dateOf(open?.earliest),
            pendingCount: Number(open?.count ?? 0),
          };
        }),
        publications: publications.flatMap((row) =>
          (row.groups as Row[]).map((group) => ({ departmentId: String(row._id), formedDate: String(group.formed), publishedDate: String(group.published), count: Number(group.count) })),
        ),
        ...(publicOnly
          ? {}
          : {
              waiting: waiting.map((row) => ({ departmentId: String(row._id), count: Number(row.count), oldestSubmittedDate: dateOf(row.oldest) })),
              reviewEvents: [...eventsByDepartment.values()],
            }),
      };
    },
  };
};
