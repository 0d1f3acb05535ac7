import { supervisionKeysTouched, type PublicationGroup, type SupervisionWindow } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import { whenCommitted } from '../lib/afterCommit';

/**
 * Supervision facts kept on MongoDB, one small document per key (`xxgk_supervision_facts`):
 * `month:YYYY-MM` — a closed month's publications, latest publication per item, returns and
 * withdrawals; `pending:<item>` — the item's records in the workflow, counted by date formed;
 * `waiting:<department>` — the department's records waiting for review. The view then reads a
 * few dozen documents instead of aggregating every record published in a year and every record
 * in the workflow: the MongoDB-wire test server (DocumentDB) reads each matching document from its
 * table even to count it (no answer from an index alone), which made the view take seconds at a
 * million records. SQLite answers from covering indexes and keeps nothing.
 *
 * Correctness rests on one rule: every change to a record forgets the keys it touches
 * (`supervisionKeysTouched`, @xxgk/domain) once the change is committed — the CMS after every
 * save and delete of a disclosure record, the bulk loader after each batch. Each document carries
 * a generation that forgetting raises; facts computed from the records are stored only if the
 * generation is still the one read before computing, so a computation that raced with a change
 * never stores stale facts. A database edited by hand must forget them too:
 * `db.xxgk_supervision_facts.deleteMany({})`.
 */
export const keptFactsCollection = 'xxgk_supervision_facts';

/** A month's facts, for both the internal view and the public variant. */
export type MonthFacts = SupervisionWindow<PublicationGroup & { isPublic: boolean }>;
/** An item's records in the workflow: [Beijing date formed, count], any order. */
export type PendingFacts = { formed: [string, number][] };
/** A department's records waiting for review: how many, and the oldest submission (or last change). */
export type WaitingFacts = { count: number; oldest: Date | null };

type KeptDocument<Facts> = { _id: string; generation: number; facts?: Facts };
type Native = {
  collection: (name: string) => {
    find: (filter: object, options?: object) => { toArray: () => Promise<KeptDocument<unknown>[]> };
    bulkWrite: (operations: object[], options?: object) => Promise<unknown>;
  };
};
const keptOf = (payload: Payload) => (payload.db as unknown as { connection: { db: Native } }).connection.db.collection(keptFactsCollection);

const isDuplicateKey = (error: unknown) => {
  const { code, writeErrors } = error as { code?: number; writeErrors?: { code?: number }[] };
  return code === 11000 || (Array.isArray(writeErrors) && writeErrors.every((writeError) => writeError.code === 11000));
};

/** Forgets the facts of these keys (no-op on SQLite). */
export const forgetKeptFacts = async (payload: Payload, keys: string[]) => {
  if (payload.db.name !== 'mongoose' || keys.length === 0) return;
  await keptOf(payload).bulkWrite(
    keys.map((key) => ({ updateOne: { filter: { _id: key }, update: { $inc: { generation: 1 }, $unset: { facts: '' } }, upsert: true } })),
    { ordered: false },
  );
};

/** The hook after a disclosure record is saved or deleted: forget what it touched once the change is durable. */
export const forgetTouchedFacts = async ({ req, doc, previousDoc }: { req: PayloadRequest; doc?: unknown; previousDoc?: unknown }) => {
  if (req.payload.db.name !== 'mongoose') return;
  const keys = supervisionKeysTouched(previousDoc as Parameters<typeof supervisionKeysTouched>[0], doc as Parameters<typeof supervisionKeysTouched>[1]);
  if (keys.length > 0 && (await whenCommitted(req))) await forgetKeptFacts(req.payload, keys);
};

/**
 * The facts of these keys: those kept, and the others computed by `compute` (one call for all of
 * them) and kept unless a change forgot them meanwhile. `projection` reads part of the kept facts
 * (the search for an item's last publication needs only `facts.items`).
 */
export const readKeptFacts = async <Facts>({
  payload,
  keys,
  compute,
  empty,
  projection,
}: {
  payload: Payload;
  keys: string[];
  compute: (keys: string[]) => Promise<Map<string, Facts>>;
  /** The facts of a key the computation found nothing for. */
  empty: () => Facts;
  projection?: Record<string, 1>;
}): Promise<Map<string, Facts>> => {
  if (keys.length === 0) return new Map();
  const kept = keptOf(payload);
  const documents = (await kept.find({ _id: { $in: keys } }, projection ? { projection: { generation: 1, ...projection } } : {}).toArray()) as KeptDocument<Facts>[];
  const generationOf = new Map(documents.map((document) => [document._id, document.generation]));
  const found = new Map<string, Facts>();
  for (const document of documents) if (document.facts) found.set(document._id, document.facts);
  const missing = keys.filter((key) => !found.has(key));
  if (missing.length === 0) return found;

  const computed = await compute(missing);
  const operations = missing.map((key) => {
    const facts = computed.get(key) ?? empty();
    found.set(key, facts);
    // Stored only under the generation read before computing; a key never kept is inserted
    // (generation 0), and loses to a change that created its document meanwhile.
    return { updateOne: { filter: { _id: key, generation: generationOf.get(key) ?? 0 }, update: { $set: { facts } }, upsert: true } };
  });
  try {
    await kept.bulkWrite(operations, { ordered: false });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  return found;
};
