import { decodeGlobalID } from '@pothos/plugin-relay';
import { relationId } from '@xxgk/domain';

/**
 * Ids are opaque text in the gateway: integers on SQLite, ObjectIds on MongoDB. Every map and
 * DataLoader is keyed by this form, so the same code serves both databases.
 */
export type RecordId = string;

/** The id of a document or a relationship value (populated or not) as opaque text. */
export const idOf = (value: unknown): RecordId | null => {
  const id = relationId(value);
  return id === null ? null : String(id);
};

/**
 * A record id exactly as the database writes it, or null: a positive integer without sign,
 * exponent or leading zeros (SQLite), or 24 lowercase hex digits (a MongoDB ObjectId). Forms
 * such as `1e3`, `01` or ` 1` are not ids, so one record has one global id.
 */
export const parseRecordId = (text: string): RecordId | null => {
  if (/^[1-9][0-9]{0,15}$/.test(text) && Number.isSafeInteger(Number(text))) return text;
  if (/^[0-9a-f]{24}$/.test(text)) return text;
  return null;
};

/** The type and id a global id names, or null when it is not one. */
export const decodeNodeId = (globalId: string): { typename: string; id: string } | null => {
  try {
    return decodeGlobalID(globalId);
  } catch {
    return null;
  }
};
