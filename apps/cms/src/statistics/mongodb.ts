import { publicRecordPredicate } from '@xxgk/domain';
import { readDataVersion } from '../dataVersion/mongoDataVersion';
import type { Payload } from 'payload';
import { predicateMongo, type MongoFilter } from '../predicates/mongoPredicate';
import type { Count, Period, StatisticsStore } from './store';

/** The native driver's collection behind one of Payload's mongoose models: only what this file uses. */
type Collection = { aggregate: (pipeline: MongoFilter[]) => { toArray: () => Promise<Record<string, unknown>[]> } };

const mongoCollection = (payload: Payload, slug: string): Collection =>
  (payload.db as unknown as { collections: Record<string, { collection: Collection }> }).collections[slug]!.collection;

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value == null ? null : String(value));
const counts = (rows: Record<string, unknown>[] = []): Count[] => rows.map((row) => ({ id: String(row._id), count: Number(row.count) }));

/**
 * Counts with aggregation pipelines that run in MongoDB (never records loaded into the gateway),
 * over Payload's documents: relationships are ObjectIds, dates are BSON dates. One $facet answers
 * a whole summary in one round trip; every facet reads the same public, in-period match, which
 * the compound indexes (filter fields, then publishedAt) serve.
 */
export const createMongoStatistics = (payload: Payload): StatisticsStore => {
  const disclosures = mongoCollection(payload, 'disclosures');
  const isPublic = predicateMongo(publicRecordPredicate);
  const inPeriod = ({ from, to }: Period) => ({ publishedAt: { $gte: from, $lt: to } });
  const perItem = [
    { $match: { checklistItem: { $ne: null } } },
    { $group: { _id: '$checklistItem', count: { $sum: 1 }, latest: { $max: '$publishedAt' } } },
  ];
  const itemCounts = (rows: Record<string, unknown>[] = []) => rows.map((row) => ({ id: String(row._id), count: Number(row.count), latest: iso(row.latest) }));

  return {
    summarize: async (period) => {
      const [result] = await disclosures
        .aggregate([
          { $match: { $and: [isPublic, inPeriod(period)] } },
          {
            $facet: {
              total: [{ $count: 'count' }],
              // A record counts once per channel, even if a channel were listed twice.
              byChannel: [
                { $project: { channels: { $setUnion: [{ $ifNull: ['$channels', []] }, []] } } },
                { $unwind: '$channels' },
                { $group: { _id: '$channels', count: { $sum: 1 } } },
              ],
              byCategory: [{ $group: { _id: '$category', count: { $sum: 1 } } }],
              byChecklistItem: perItem,
              byDepartment: [{ $group: { _id: '$department', count: { $sum: 1 } } }],
              // Months in Beijing time, as the statute's calendar is.
              byMonth: [
                { $group: { _id: { $dateToString: { format: '%Y-%m', date: '$publishedAt', timezone: 'Asia/Shanghai' } }, count: { $sum: 1 } } },
                { $sort: { _id: 1 } },
              ],
            },
          },
        ])
        .toArray();
      const facets = (result ?? {}) as Record<string, Record<string, unknown>[]>;
      return {
        total: Number(facets.total?.[0]?.count ?? 0),
        byChannel: counts(facets.byChannel),
        byCategory: counts(facets.byCategory),
        byChecklistItem: itemCounts(facets.byChecklistItem),
        byDepartment: counts(facets.byDepartment),
        byMonth: (facets.byMonth ?? []).map((row) => ({ month: String(row._id), count: Number(row.count) })),
      };
    },
    itemActivity: async () => itemCounts(await disclosures.aggregate([{ $match: isPublic }, ...perItem]).toArray()),
    academicYears: async () =>
      (
        await disclosures
          .aggregate([{ $match: { $and: [isPublic, { academicYear: { $ne: null } }] } }, { $group: { _id: '$academicYear', count: { $sum: 1 } } }, { $sort: { _id: -1 } }])
          .toArray()
      ).map((row) => ({ startYear: Number(String(row._id).slice(0, 4)), count: Number(row.count) })),
    // Runs every GATEWAY_FRESHNESS_MS: one read of the version document that every change of
    // public data bumps (why not the newest updatedAt, as on SQLite: @xxgk/cms/dataVersion).
    dataSignature: async () => `v${await readDataVersion(payload)}`,
  };
};
