import { sql } from '@payloadcms/db-sqlite';
import { predicateFields, type Predicate } from '@xxgk/domain';

type SQL = ReturnType<typeof sql>;

/** Columns of Payload's `disclosures` table for the fields that predicates read. */
const disclosureColumns: Record<string, string> = {
  status: 'status',
  attribute: 'attribute',
  audience: 'audience',
  validity: 'validity',
  department: 'department_id',
  category: 'category_id',
  checklistItem: 'checklist_item_id',
  academicYear: 'academic_year',
};

/**
 * Translates a domain predicate (e.g. what the public may see) into an SQL condition, for the
 * gateway's statistics and the CMS's supervision store alike over the
 * `disclosures` table under `alias`, with bound parameters. Unknown fields are an error at
 * start-up, not a silently wrong count.
 */
export const predicateSql = (predicate: Predicate, alias = 'd'): SQL => {
  const unknown = predicateFields(predicate).filter((field) => !(field in disclosureColumns));
  if (unknown.length > 0) throw new Error(`No SQL column for predicate field(s): ${unknown.join(', ')}`);
  const column = (field: string) => sql.raw(`${alias}.${disclosureColumns[field]}`);
  const translate = (part: Predicate): SQL => {
    if ('and' in part) return part.and.length ? sql`(${sql.join(part.and.map(translate), sql` AND `)})` : sql`1 = 1`;
    if ('or' in part) return part.or.length ? sql`(${sql.join(part.or.map(translate), sql` OR `)})` : sql`1 = 0`;
    if ('equals' in part) return sql`${column(part.field)} = ${part.equals}`;
    if ('notEquals' in part) return sql`${column(part.field)} <> ${part.notEquals}`;
    return part.in.length ? sql`${column(part.field)} IN (${sql.join(part.in.map((value) => sql`${value}`), sql`, `)})` : sql`1 = 0`;
  };
  return translate(predicate);
};
