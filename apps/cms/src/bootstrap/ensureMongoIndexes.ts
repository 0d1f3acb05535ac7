import type { Payload } from 'payload';

type IndexSpec = [Record<string, unknown>, Record<string, unknown>];
type Model = { schema: { indexes: () => IndexSpec[] }; collection: { createIndexes: (specs: Record<string, unknown>[]) => Promise<unknown> } };

/**
 * Creates every index the content model declares (fields marked `index`/`unique` and the
 * collections' compound indexes, the same ones the SQL migrations create) on MongoDB.
 *
 * Why not Payload's `ensureIndexes` or mongoose's background `autoIndex`: they send one
 * createIndex command per index, and a MongoDB-compatible server may take seconds for each
 * (DocumentDB: about 2 s even on an empty collection, 40 s for this model). One createIndexes
 * command per collection, all collections at once, takes about as long as one index. Existing
 * indexes with the same definition are left alone, so running it on every start is harmless.
 */
export const ensureMongoIndexes = async (payload: Payload) => {
  const db = payload.db as unknown as { collections: Record<string, Model>; versions: Record<string, Model>; globals?: Model };
  const models = [...Object.values(db.collections), ...Object.values(db.versions), ...(db.globals ? [db.globals] : [])];
  await Promise.all(
    models.map(async (model) => {
      const specs = model.schema.indexes().map(([key, options]) => ({ key, ...options }));
      if (specs.length > 0) await model.collection.createIndexes(specs);
    }),
  );
};
