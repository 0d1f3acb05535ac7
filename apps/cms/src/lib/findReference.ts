import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest } from 'payload';

/**
 * Whether `id` can name a document on the database in use: a positive integer on SQLite, 24 hex
 * digits (an ObjectId) on MongoDB. A value of the wrong shape names nothing; asking MongoDB for
 * it would fail with an English cast error instead of the rule's "does not exist".
 */
export const isStorableId = (req: PayloadRequest, id: unknown): boolean =>
  req.payload.db.name === 'mongoose' ? /^[0-9a-f]{24}$/i.test(String(id)) : /^[1-9][0-9]*$/.test(String(id));

/** The referenced document, or null when there is none (an id of the wrong shape included). */
export const findReference = async <Slug extends CollectionSlug>(req: PayloadRequest, collection: Slug, id: unknown): Promise<DataFromCollectionSlug<Slug> | null> =>
  isStorableId(req, id)
    ? ((await req.payload.findByID({ collection, id: id as string, depth: 0, req, disableErrors: true, overrideAccess: true })) as DataFromCollectionSlug<Slug> | null)
    : null;
