/**
 * Statistics are computed by the database, never by loading records into the gateway: GROUP BY
 * on SQL (sqlite.ts), an aggregation pipeline on MongoDB (mongodb.ts).
 * Every figure counts public records only: published, actively disclosed, public audience.
 */
export type Period = { from: Date; to: Date };
/** A count per referenced document; ids are opaque text (integers on SQLite, ObjectIds on MongoDB). */
export type Count = { id: string; count: number };

export type StatisticsSummary = {
  total: number;
  byChannel: Count[];
  byCategory: Count[];
  byChecklistItem: (Count & { latest: string | null })[];
  byDepartment: Count[];
  byMonth: { month: string; count: number }[];
};

export type StatisticsStore = {
  summarize: (period: Period) => Promise<StatisticsSummary>;
  /** Per checklist item over all time: public record count and latest publication. */
  itemActivity: () => Promise<(Count & { latest: string | null })[]>;
  /** Academic years (by start year) that have public records, with their counts. */
  academicYears: () => Promise<{ startYear: number; count: number }[]>;
  /** Changes whenever anything the public can see may have changed; drives cache invalidation. */
  dataSignature: () => Promise<string>;
};
