import { decodeGlobalID } from '@pothos/plugin-relay';
import { relationId } from '@xxgk/domain';

/** Relationship ids as numbers: the gateway runs on SQLite, whose ids are integers (maps are keyed by number). */
export const idOf = (value: unknown): number | null => {
  const id = relationId(value);
  return id === null ? null : Number(id);
};

/**
 * A record id exactly as the database writes it, or null: a positive integer without sign,
 * exponent or leading zeros (SQLite), or 24 lowercase hex digits (a MongoDB ObjectId). Forms
 * such as `1e3`, `01` or ` 1` are not ids, so one record has one global id.
 */
export const parseRecordId = (text: string): number | string | null => {
  if (/^[1-9][0-9]{0,15}$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
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
