import { predicateFields, type Predicate } from '@xxgk/domain';

/** Fields of Payload's `disclosures` documents that predicates read (stored under their own names). */
const disclosureFields = new Set(['status', 'attribute', 'audience', 'validity', 'department', 'category', 'checklistItem', 'academicYear']);

export type MongoFilter = Record<string, unknown>;

/**
 * Translates a domain predicate (e.g. what the public may see) into a MongoDB query filter, the
 * twin of predicateSql. Unknown fields are an error at start-up, not a silently wrong count.
 */
export const predicateMongo = (predicate: Predicate): MongoFilter => {
  const unknown = predicateFields(predicate).filter((field) => !disclosureFields.has(field));
  if (unknown.length > 0) throw new Error(`No MongoDB field for predicate field(s): ${unknown.join(', ')}`);
  const translate = (part: Predicate): MongoFilter => {
    // An empty $and / $or is refused by MongoDB: say "always" and "never" explicitly.
    if ('and' in part) return part.and.length ? { $and: part.and.map(translate) } : {};
    if ('or' in part) return part.or.length ? { $or: part.or.map(translate) } : { _id: { $exists: false } };
    if ('equals' in part) return { [part.field]: part.equals };
    if ('notEquals' in part) return { [part.field]: { $ne: part.notEquals } };
    return { [part.field]: { $in: part.in } };
  };
  return translate(predicate);
};
