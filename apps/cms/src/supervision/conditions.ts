import { sql } from '@payloadcms/db-sqlite';
import { predicateFields, type Predicate } from '@xxgk/domain';

type SQL = ReturnType<typeof sql>;

/**
 * The domain's record predicates (what is public, which statuses are pending) in the two query
 * languages, over the fields of Payload's `disclosures` (SQL columns; MongoDB fields keep their
 * names). The twin of the gateway's statistics translators, which the CMS cannot import (the
 * gateway depends on the CMS). Unknown fields are an error, not a silently wrong figure.
 */
const columns: Record<string, string> = { status: 'status', attribute: 'attribute', audience: 'audience', validity: 'validity' };

const checkFields = (predicate: Predicate) => {
  const unknown = predicateFields(predicate).filter((field) => !(field in columns));
  if (unknown.length > 0) throw new Error(`No supervision column for predicate field(s): ${unknown.join(', ')}`);
};

export const conditionSql = (predicate: Predicate, alias = 'd'): SQL => {
  checkFields(predicate);
  const column = (field: string) => sql.raw(`${alias}.${columns[field]}`);
  const translate = (part: Predicate): SQL => {
    if ('and' in part) return part.and.length ? sql`(${sql.join(part.and.map(translate), sql` AND `)})` : sql`1 = 1`;
    if ('or' in part) return part.or.length ? sql`(${sql.join(part.or.map(translate), sql` OR `)})` : sql`1 = 0`;
    if ('equals' in part) return sql`${column(part.field)} = ${part.equals}`;
    if ('notEquals' in part) return sql`${column(part.field)} <> ${part.notEquals}`;
    return part.in.length ? sql`${column(part.field)} IN (${sql.join(part.in.map((value) => sql`${value}`), sql`, `)})` : sql`1 = 0`;
  };
  return translate(predicate);
};

export type MongoFilter = Record<string, unknown>;

export const conditionMongo = (predicate: Predicate): MongoFilter => {
  checkFields(predicate);
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
