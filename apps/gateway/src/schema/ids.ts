/** The id of a relationship value, whether Payload returned it populated or as a bare id. */
export const idOf = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id);
  return Number(value);
};
