import { relationId } from '@xxgk/domain';

/** Relationship ids as numbers: the gateway runs on SQLite, whose ids are integers (maps are keyed by number). */
export const idOf = (value: unknown): number | null => {
  const id = relationId(value);
  return id === null ? null : Number(id);
};
