import { sql } from '@payloadcms/db-sqlite';
import { publicRecordPredicate } from '@xxgk/domain';
import type { Payload } from 'payload';
import { predicateSql } from '../predicates/sqlPredicate';
import type { Period, StatisticsStore } from './store';

type SQL = ReturnType<typeof sql>;

/** Counts in SQL over Payload's SQLite tables. Bounds are ISO instants, as Payload stores dates. */
export const createSqliteStatistics = (payload: Payload): StatisticsStore => {
  const db = (payload.db as unknown as { drizzle: { all: (query: SQL) => Promise<Record<string, unknown>[]> } }).drizzle;
  const isPublic = predicateSql(publicRecordPredicate, 'd');
  const inPeriod = ({ from, to }: Period) => sql`d.published_at >= ${from.toISOString()} AND d.published_at < ${to.toISOString()}`;
  const counts = async (query: SQL) => (await db.all(query)).map((row) => ({ id: String(row.id), count: Number(row.count) }));

  return {
    summarize: async (period) => {
      const where = sql`${isPublic} AND ${inPeriod(period)}`;
      const [total, byChannel, byCategory, byChecklistItem, byDepartment, byMonth] = await Promise.all([
        db.all(sql`SELECT COUNT(*) AS count FROM disclosures d WHERE ${where}`),
        counts(sql`SELECT r.channels_id AS id, COUNT(DISTINCT d.id) AS count FROM disclosures d
          JOIN disclosures_rels r ON r.parent_id = d.id AND r.path = 'channels' WHERE ${where} GROUP BY r.channels_id`),
        counts(sql`SELECT d.category_id AS id, COUNT(*) AS count FROM disclosures d WHERE ${where} GROUP BY d.category_id`),
        db.all(sql`SELECT d.checklist_item_id AS id, COUNT(*) AS count, MAX(d.published_at) AS latest FROM disclosures d
          WHERE ${where} AND d.checklist_item_id IS NOT NULL GROUP BY d.checklist_item_id`),
        counts(sql`SELECT d.department_id AS id, COUNT(*) AS count FROM disclosures d WHERE ${where} GROUP BY d.department_id`),
        // Months in Beijing time: shift the stored UTC instant by eight hours before cutting the month.
        db.all(sql`SELECT strftime('%Y-%m', d.published_at, '+8 hours') AS month, COUNT(*) AS count FROM disclosures d
          WHERE ${where} GROUP BY month ORDER BY month`),
      ]);
      return {
        total: Number(total[0]?.count ?? 0),
        byChannel,
        byCategory,
        byChecklistItem: byChecklistItem.map((row) => ({ id: String(row.id), count: Number(row.count), latest: (row.latest as string) ?? null })),
        byDepartment,
        byMonth: byMonth.map((row) => ({ month: String(row.month), count: Number(row.count) })),
      };
    },
    itemActivity: async () =>
      (
        await db.all(sql`SELECT d.checklist_item_id AS id, COUNT(*) AS count, MAX(d.published_at) AS latest FROM disclosures d
          WHERE ${isPublic} AND d.checklist_item_id IS NOT NULL GROUP BY d.checklist_item_id`)
      ).map((row) => ({ id: String(row.id), count: Number(row.count), latest: (row.latest as string) ?? null })),
    academicYears: async () =>
      (
        await db.all(sql`SELECT CAST(substr(d.academic_year, 1, 4) AS INTEGER) AS startYear, COUNT(*) AS count FROM disclosures d
          WHERE ${isPublic} AND d.academic_year IS NOT NULL GROUP BY d.academic_year ORDER BY d.academic_year DESC`)
      ).map((row) => ({ startYear: Number(row.startYear), count: Number(row.count) })),
    dataSignature: async () => {
      // Runs every GATEWAY_FRESHNESS_MS, so it reads only indexed maxima and tiny counts. Records need no
      // count: every change bumps updated_at, and the only deletions allowed are of unpublished records,
      // which no public answer contains. Cases and feedback count in applicationStatistics; they are never deleted. Annual reports:
      // published ones are public (annualReport), and only drafts, never public, may be deleted.
      const [row] = await db.all(sql`SELECT
        (SELECT MAX(updated_at) FROM disclosures) AS disclosures,
        (SELECT MAX(updated_at) FROM checklist_items) AS items, (SELECT MAX(updated_at) FROM checklist_categories) AS categories,
        (SELECT MAX(updated_at) FROM departments) AS departments, (SELECT COUNT(*) FROM departments) AS departmentCount,
        (SELECT MAX(updated_at) FROM channels) AS channels, (SELECT COUNT(*) FROM channels) AS channelCount,
        (SELECT MAX(updated_at) FROM attachments) AS attachments, (SELECT MAX(updated_at) FROM site_settings) AS site,
        (SELECT MAX(updated_at) FROM application_cases) AS cases, (SELECT MAX(updated_at) FROM feedback) AS feedback,
        (SELECT MAX(updated_at) FROM annual_reports) AS reports`);
      return JSON.stringify(row);
    },
  };
};
