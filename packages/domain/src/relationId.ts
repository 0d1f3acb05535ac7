/** The id of a relationship value, whether Payload returned it populated (an object) or as a bare id. */
export const relationId = (value: unknown): number | string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id;
  return value as number | string;
};
