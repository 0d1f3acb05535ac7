import type { Payload } from 'payload';
import { migrations } from '../migrations';
import { ensureReferenceData } from './ensureReferenceData';

/**
 * Brings a database up to date: SQL migrations (SQLite), then the reference data. This is the
 * single owner of the schema; the CMS and other processes never push schema changes themselves.
 */
export const prepareDatabase = async (payload: Payload) => {
  if (payload.db.name !== 'mongoose') {
    await payload.db.migrate({ migrations });
  }
  return ensureReferenceData(payload);
};
