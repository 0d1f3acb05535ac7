import type { Payload } from 'payload';
import { migrations } from '../migrations';
import { backfillMongoBodyText } from './backfillMongoBodyText';
import { ensureMongoIndexes } from './ensureMongoIndexes';
import { ensureQueuePresets } from './ensureQueuePresets';
import { ensureReferenceData } from './ensureReferenceData';

/**
 * Brings a database up to date: SQL migrations (SQLite) or the declared indexes (MongoDB), then the reference data. This is the
 * single owner of the schema; the CMS and other processes never push schema changes themselves.
 */
export const prepareDatabase = async (payload: Payload) => {
  if (payload.db.name === 'mongoose') {
    await ensureMongoIndexes(payload);
    await backfillMongoBodyText(payload);
  }
  // Generated migrations are typed for the SQLite adapter; the base adapter type is generic.
  else await payload.db.migrate({ migrations: migrations as never });
  const reference = await ensureReferenceData(payload);
  await ensureQueuePresets(payload);
  return reference;
};
