import { sql } from '@payloadcms/db-sqlite';
import { and, desc, gte, lt } from '@payloadcms/db-sqlite/drizzle';
import type { Payload } from 'payload';
import type { BulkStore, PreparedDisclosure } from './bulkInsert';

type Drizzle = { drizzle: any; tables: Record<string, any> };

/**
 * Bulk writing on SQLite: multi-row INSERTs into the tables Payload itself defines (so column
 * names never drift from the content model), all rows of a call in one transaction.
 */
export const createSqliteBulkStore = (payload: Payload): BulkStore => {
  const db = payload.db as unknown as Drizzle;
  const { disclosures, disclosures_rels: rels, disclosures_reviews: reviews, disclosures_texts: texts } = db.tables;
  return {
    highestSerial: async (prefix) => {
      // Serials have a fixed width, so the highest is the last in index order under the prefix.
      const [last]: { indexNo: string }[] = await db.drizzle
        .select({ indexNo: disclosures.indexNo })
        .from(disclosures)
        .where(and(gte(disclosures.indexNo, prefix), lt(disclosures.indexNo, `${prefix}\uffff`)))
        .orderBy(desc(disclosures.indexNo))
        .limit(1);
      return last ? Number(last.indexNo.slice(prefix.length)) || 0 : 0;
    },
    insert: async (prepared: PreparedDisclosure[], clock: Date) => {
      const now = clock.toISOString();
      await db.drizzle.transaction(async (tx: any) => {
        const idByIndexNo = new Map<string, number>();
        for (let start = 0; start < prepared.length; start += 400) {
          const slice = prepared.slice(start, start + 400);
          const inserted: { id: number; indexNo: string }[] = await tx
            .insert(disclosures)
            .values(
              slice.map(({ row, derived, indexNo }) => ({
                title: row.title,
                documentNo: row.documentNo || null,
                issuer: row.issuer || null,
                category: row.categoryId,
                checklistItem: row.checklistItemId,
                department: row.departmentId,
                body: row.body,
                bodyText: derived.bodyText,
                attribute: row.attribute,
                audience: row.audience,
                reason: row.reason,
                formedAt: row.formedAt.toISOString(),
                publishedAt: derived.publishedAt,
                indexNo,
                status: derived.status,
                validity: derived.validity,
                academicYear: derived.academicYear,
                createdAt: now,
                updatedAt: now,
              })),
            )
            .returning({ id: disclosures.id, indexNo: disclosures.indexNo });
          for (const { id, indexNo } of inserted) idByIndexNo.set(indexNo, id);
        }
        const relRows = prepared.flatMap(({ row, indexNo }) =>
          row.channelIds.map((channelId, order) => ({ parent: idByIndexNo.get(indexNo), path: 'channels', order: order + 1, channelsID: channelId })),
        );
        for (let start = 0; start < relRows.length; start += 1000) await tx.insert(rels).values(relRows.slice(start, start + 1000));
        // Keywords (hasMany text) live where Payload keeps them: one row per keyword, in order.
        const keywordRows = prepared.flatMap(({ row, indexNo }) =>
          (row.keywords ?? []).map((text, order) => ({ parent: idByIndexNo.get(indexNo), path: 'keywords', order: order + 1, text })),
        );
        for (let start = 0; start < keywordRows.length; start += 1000) await tx.insert(texts).values(keywordRows.slice(start, start + 1000));
        const reviewRows = prepared.flatMap(({ derived, indexNo }) => {
          const parentId = idByIndexNo.get(indexNo)!;
          return derived.reviews.map((review, index) => ({
            _order: index + 1,
            _parentID: parentId,
            id: `bulk-${parentId}-${index + 1}`,
            reviewer: review.reviewer,
            reviewerName: review.reviewerName,
            reviewedAt: review.reviewedAt,
            outcome: review.outcome,
            fromStatus: review.fromStatus,
            toStatus: review.toStatus,
            note: review.note,
          }));
        });
        for (let start = 0; start < reviewRows.length; start += 800) await tx.insert(reviews).values(reviewRows.slice(start, start + 800));
      });
    },
  };
};

/** Refreshes the query planner's statistics after a bulk load, so SQLite keeps choosing the narrow indexes. */
export const analyzeAfterBulkLoad = async (payload: Payload) => {
  if (payload.db.name === 'mongoose') return;
  await (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle.run(sql`ANALYZE`);
};
