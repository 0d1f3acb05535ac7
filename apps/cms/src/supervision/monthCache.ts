import { monthsTouched, type Month, type PublicationGroup, type SupervisionWindow } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import { whenCommitted } from '../lib/afterCommit';

/**
 * The supervision facts of closed months on MongoDB, kept in one small document per month
 * (`xxgk_supervision_months`), so that the view reads twelve documents for a year instead of
 * aggregating every record published in it: the MongoDB-wire test server (DocumentDB) reads each
 * matching document from its table even to count it (no answer from an index alone), which made
 * a year at a million records take seconds. SQLite answers from covering indexes and needs none.
 *
 * Correctness rests on one rule: every change to a record forgets the months it touches
 * (`monthsTouched`, @xxgk/domain) once the change is committed — the CMS after every save and
 * delete of a disclosure record, the bulk loader after each batch. Each month document carries a
 * generation that forgetting raises; facts computed from the records are stored only if the
 * generation is still the one read before computing, so a computation that raced with a change
 * never stores stale facts. A database edited by hand must forget them too:
 * `db.xxgk_supervision_months.deleteMany({})`.
 */
export const monthCacheCollection = 'xxgk_supervision_months';

/** A month's facts, for both the internal view and the public variant. */
export type MonthFacts = SupervisionWindow<PublicationGroup & { isPublic: boolean }>;
type MonthDocument = { _id: Month; generation: number; facts?: MonthFacts };

type Native = {
  collection: (name: string) => {
    find: (filter: object, options?: object) => { toArray: () => Promise<MonthDocument[]> };
    updateOne: (filter: object, update: object, options?: object) => Promise<unknown>;
    updateMany: (filter: object, update: object, options?: object) => Promise<unknown>;
    bulkWrite: (operations: object[], options?: object) => Promise<unknown>;
  };
};
const cacheOf = (payload: Payload) => (payload.db as unknown as { connection: { db: Native } }).connection.db.collection(monthCacheCollection);

const isDuplicateKey = (error: unknown) => {
  const { code, writeErrors } = error as { code?: number; writeErrors?: { code?: number }[] };
  return code === 11000 || (Array.isArray(writeErrors) && writeErrors.every((writeError) => writeError.code === 11000));
};

/** Forgets the facts of these months (no-op on SQLite). */
export const forgetMonths = async (payload: Payload, months: Month[]) => {
  if (payload.db.name !== 'mongoose' || months.length === 0) return;
  await cacheOf(payload).bulkWrite(
    months.map((month) => ({ updateOne: { filter: { _id: month }, update: { $inc: { generation: 1 }, $unset: { facts: '' } }, upsert: true } })),
    { ordered: false },
  );
};

/** The hook after a disclosure record is saved or deleted: forget its months once the change is durable. */
export const forgetTouchedMonths = async ({ req, doc, previousDoc }: { req: PayloadRequest; doc?: unknown; previousDoc?: unknown }) => {
  if (req.payload.db.name !== 'mongoose') return;
  const months = monthsTouched(previousDoc as Parameters<typeof monthsTouched>[0], doc as Parameters<typeof monthsTouched>[1]);
  if (months.length > 0 && (await whenCommitted(req))) await forgetMonths(req.payload, months);
};

/**
 * The facts of these closed months: those kept, and the others computed by `compute` (one call
 * for all of them) and kept unless a change forgot them meanwhile. `itemsOnly` reads just the
 * per-item part (the search for an item's last publication before a period).
 */
export const readMonths = async ({
  payload,
  months,
  compute,
  itemsOnly = false,
}: {
  payload: Payload;
  months: Month[];
  compute: (months: Month[]) => Promise<Map<Month, MonthFacts>>;
  itemsOnly?: boolean;
}): Promise<Map<Month, MonthFacts>> => {
  if (months.length === 0) return new Map();
  const cache = cacheOf(payload);
  const projection = itemsOnly ? { generation: 1, 'facts.items': 1 } : undefined;
  const kept = await cache.find({ _id: { $in: months } }, projection ? { projection } : {}).toArray();
  const byMonth = new Map(kept.map((document) => [document._id, document]));
  const found = new Map<Month, MonthFacts>();
  for (const document of kept) if (document.facts) found.set(document._id, document.facts);
  const missing = months.filter((month) => !found.has(month));
  if (missing.length === 0) return found;

  const computed = await compute(missing);
  const operations = missing.map((month) => {
    const facts = computed.get(month) ?? { items: [], publications: [], reviewEvents: [] };
    found.set(month, facts);
    // Stored only under the generation read before computing; a month never kept is inserted
    // (generation 0), and loses to a change that created its document meanwhile.
    return { updateOne: { filter: { _id: month, generation: byMonth.get(month)?.generation ?? 0 }, update: { $set: { facts } }, upsert: true } };
  });
  try {
    await cache.bulkWrite(operations, { ordered: false });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  return found;
};
