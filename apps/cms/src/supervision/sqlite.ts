import { sql } from '@payloadcms/db-sqlite';
import { chinaDate, pendingRecordPredicate, publicRecordPredicate, timedRecordPredicate, type SupervisionFacts } from '@xxgk/domain';
import type { Payload } from 'payload';
import { predicateSql } from '../predicates/sqlPredicate';
import type { FactsQuery, SupervisionStore } from './store';

type SQL = ReturnType<typeof sql>;
type Row = Record<string, unknown>;

const dateOf = (instant: unknown) => (instant ? chinaDate(new Date(String(instant))) : null);

/**
 * Supervision facts in SQL over Payload's SQLite tables (dates are ISO text, so instants compare
 * as text). Per item, correlated subqueries read the compound "item, public criteria, then
 * publication time" index: a count over the period and one seek for the latest publication, so
 * the cost follows the period's records, not the whole table. Beijing dates are cut in SQL
 * (`date(…, '+8 hours')`) so that publications group by (department, formed, published).
 */
export const createSqliteSupervisionStore = (payload: Payload): SupervisionStore => {
  const db = (payload.db as unknown as { drizzle: { all: (query: SQL) => Promise<Row[]> } }).drizzle;
  const isPublic = predicateSql(publicRecordPredicate);
  const isPending = predicateSql(pendingRecordPredicate);

  return {
    facts: async ({ period, asOfEnd, publicOnly }: FactsQuery): Promise<SupervisionFacts> => {
      const [from, to, asOf] = [period.from.toISOString(), period.to.toISOString(), asOfEnd.toISOString()];
      const isTimed = predicateSql(timedRecordPredicate({ publicOnly }));
      const [activity, pending, publications, waiting, events] = await Promise.all([
        db.all(sql`SELECT i.id AS id,
            (SELECT COUNT(*) FROM disclosures d WHERE d.checklist_item_id = i.id AND ${isPublic}
              AND d.published_at >= ${from} AND d.published_at < ${to}) AS inPeriod,
            (SELECT MAX(d.published_at) FROM disclosures d WHERE d.checklist_item_id = i.id AND ${isPublic}
              AND d.published_at < ${asOf}) AS lastPublished
          FROM checklist_items i`),
        // Records in the workflow, per item: joined from the 50 items, so that SQLite reads them
        // through the "item, status" index rather than scanning every record in item order.
        publicOnly
          ? Promise.resolve([])
          : db.all(sql`SELECT i.id AS id, MIN(d.formed_at) AS earliest, COUNT(*) AS count FROM checklist_items i
              JOIN disclosures d ON d.checklist_item_id = i.id AND ${isPending} AND d.formed_at < ${asOf} GROUP BY i.id`),
        // One row per department, its (formed, published, count) groups packed in one text: tens of
        // thousands of groups at a million records cost more to hand over row by row than to count.
        db.all(sql`SELECT department, group_concat(formed || ' ' || published || ' ' || count, ',') AS groups FROM (
            SELECT d.department_id AS department, date(d.formed_at, '+8 hours') AS formed, date(d.published_at, '+8 hours') AS published,
              COUNT(*) AS count FROM disclosures d
            WHERE ${isTimed} AND d.published_at >= ${from} AND d.published_at < ${to} GROUP BY 1, 2, 3)
          GROUP BY department`),
        publicOnly
          ? Promise.resolve([])
          : // Records from before submission times were kept wait from their last change.
            db.all(sql`SELECT d.department_id AS department, COUNT(*) AS count, MIN(COALESCE(d.submitted_at, d.updated_at)) AS oldest
              FROM disclosures d WHERE d.status = 'submitted' GROUP BY d.department_id`),
        publicOnly
          ? Promise.resolve([])
          : // Through the index on the log's outcome: returns and withdrawals are few among the approvals.
            // CROSS JOIN keeps the log as the outer loop; left to itself the planner walked every
            // record by department (110 ms against 1 at a million records).
            db.all(sql`SELECT d.department_id AS department, r.outcome AS outcome, COUNT(*) AS count
              FROM disclosures_reviews r CROSS JOIN disclosures d ON d.id = r._parent_id
              WHERE r.outcome IN ('returned', 'withdrawn') AND r.reviewed_at >= ${from} AND r.reviewed_at < ${to} GROUP BY 1, 2`),
      ]);

      const pendingById = new Map(pending.map((row) => [String(row.id), row]));
      const eventsByDepartment = new Map<string, { departmentId: string; returned: number; withdrawn: number }>();
      for (const row of events) {
        const departmentId = String(row.department);
        const entry = eventsByDepartment.get(departmentId) ?? { departmentId, returned: 0, withdrawn: 0 };
        entry[row.outcome === 'returned' ? 'returned' : 'withdrawn'] += Number(row.count);
        eventsByDepartment.set(departmentId, entry);
      }
      return {
        items: activity.map((row) => {
          const open = pendingById.get(String(row.id));
          return {
            itemId: String(row.id),
            publicInPeriod: Number(row.inPeriod),
            lastPublishedAt: row.lastPublished ? new Date(String(row.lastPublished)).toISOString() : null,
            earliestPendingFormedDate: dateOf(open?.earliest),
            pendingCount: Number(open?.count ?? 0),
          };
        }),
        publications: publications.flatMap((row) =>
          String(row.groups).split(',').map((group) => {
            const [formedDate, publishedDate, count] = group.split(' ') as [string, string, string];
            return { departmentId: String(row.department), formedDate, publishedDate, count: Number(count) };
          }),
        ),
        ...(publicOnly
          ? {}
          : {
              waiting: waiting.map((row) => ({ departmentId: String(row.department), count: Number(row.count), oldestSubmittedDate: dateOf(row.oldest) })),
              reviewEvents: [...eventsByDepartment.values()],
            }),
      };
    },
  };
};
