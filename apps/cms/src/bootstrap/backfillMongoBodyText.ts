import { lexicalPlainText } from '@xxgk/domain';
import type { Payload } from 'payload';
import { bumpDataVersion } from '../dataVersion/mongoDataVersion';

type Collection = {
  find: (filter: object, options: object) => { toArray: () => Promise<{ _id: unknown; body?: unknown }[]> };
  bulkWrite: (operations: object[], options: object) => Promise<unknown>;
};

/**
 * The MongoDB twin of the SQL migration 20261128_053805_body_text: records written before full-text
 * search existed have no `bodyText`; fill it in batches, computed exactly as the CMS hook computes
 * it. Only documents without the field are read, so on an up-to-date database this is one query
 * that finds nothing (a scan of the collection: `bodyText` has no index, and this runs only when
 * the database is prepared, not per request). Returns how many were filled.
 */
export const backfillMongoBodyText = async (payload: Payload, batchSize = 1_000) => {
  const disclosures = (payload.db as unknown as { collections: Record<string, { collection: Collection }> }).collections.disclosures!.collection;
  let filled = 0;
  for (;;) {
    const batch = await disclosures.find({ bodyText: { $exists: false } }, { projection: { body: 1 }, limit: batchSize }).toArray();
    if (batch.length === 0) {
      if (filled > 0) await bumpDataVersion(payload);
      return filled;
    }
    await disclosures.bulkWrite(
      batch.map(({ _id, body }) => ({ updateOne: { filter: { _id }, update: { $set: { bodyText: body ? lexicalPlainText(body) : '' } } } })),
      { ordered: false },
    );
    filled += batch.length;
  }
};
