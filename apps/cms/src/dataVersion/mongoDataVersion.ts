import type { Payload, PayloadRequest } from 'payload';

/**
 * The public data version on MongoDB: one small document, bumped by every change to what the
 * public can see, which the gateways read every GATEWAY_FRESHNESS_MS to know when to drop their
 * caches (apps/cms/src/statistics/mongodb.ts).
 *
 * Why a document, not the newest `updatedAt` as on SQLite: MongoDB-compatible servers do not all
 * answer "newest first" from the index — DocumentDB sorts the whole collection, 180 ms at 100,000
 * records, four times a second in every gateway — and change streams are not available everywhere.
 *
 * Who bumps it: the CMS after every create, update and delete of the public collections, of
 * application cases and feedback (whose figures are public) and of the site settings (hooks added
 * in payload.config.ts), the bulk loaders, and the bodyText backfill.
 * Inside a Payload transaction (a replica set) the bump is part of it, so no gateway can see the
 * new version before the data it announces. A database edited by hand must bump it too
 * (`db.xxgk_data_version.updateOne({_id: 'public'}, {$inc: {version: 1}}, {upsert: true})`), or
 * gateways notice only when their cache entries expire (GATEWAY_CACHE_TTL_MS).
 */
export const dataVersionCollection = 'xxgk_data_version';
const documentId = 'public';

type Native = {
  collection: (name: string) => {
    updateOne: (filter: object, update: object, options: object) => Promise<unknown>;
    findOne: (filter: object) => Promise<{ version?: number } | null>;
  };
};
type MongoAdapter = { connection: { db: Native }; sessions?: Record<string, unknown> };

const nativeDb = (payload: Payload) => (payload.db as unknown as MongoAdapter).connection.db;

/** Raises the version (no-op on SQLite, whose gateways read indexed maxima instead). `session`: the write's transaction, if any. */
export const bumpDataVersion = async (payload: Payload, session?: unknown) => {
  if (payload.db.name !== 'mongoose') return;
  await nativeDb(payload)
    .collection(dataVersionCollection)
    .updateOne({ _id: documentId }, { $inc: { version: 1 }, $set: { changedAt: new Date() } }, { upsert: true, ...(session ? { session } : {}) });
};

/** The current version: 0 before anything was ever changed. */
export const readDataVersion = async (payload: Payload) => (await nativeDb(payload).collection(dataVersionCollection).findOne({ _id: documentId }))?.version ?? 0;

/** The MongoDB session of the request's transaction, when Payload runs one (replica sets). */
const sessionOf = async (req: PayloadRequest) => {
  const id = await req.transactionID;
  return id ? (req.payload.db as unknown as MongoAdapter).sessions?.[String(id)] : undefined;
};

/** The hook every public collection and global runs after a change. */
export const bumpDataVersionAfterChange = async ({ req }: { req: PayloadRequest }) => {
  await bumpDataVersion(req.payload, await sessionOf(req));
};
