import {
  chinaDate,
  collections,
  decideTransition,
  deriveRecord,
  formatIndexNo,
  indexNoPrefix,
  refusalMessage,
  validateRecord,
  type Attribute,
  type Audience,
  type ReferenceLookup,
  type ReviewEntry,
  type ReviewOutcome,
  type Status,
  type Validity,
} from '@xxgk/domain';
import type { Payload } from 'payload';
import { sql } from '@payloadcms/db-sqlite';
import { like } from '@payloadcms/db-sqlite/drizzle';

/** One record for bulk loading, with references already resolved to ids. */
export type BulkDisclosure = {
  title: string;
  categoryId: number;
  checklistItemId: number | null;
  departmentId: number;
  body: unknown;
  attribute: Attribute;
  audience: Audience;
  reason: string | null;
  formedAt: Date;
  publishedAt: Date | null;
  status: Status;
  validity: Validity;
  channelIds: number[];
  review: { reviewerId: number | null; reviewerName: string; outcome: ReviewOutcome } | null;
};

export type ReferenceIds = {
  institutionCode: string;
  categorySeqById: Map<number, number>;
  categoryNameById: Map<number, string>;
  itemById: Map<number, { code: string; text: string; categoryId: number }>;
  departmentIds: Set<number>;
  channelIds: Set<number>;
};

const lookupOf = (refs: ReferenceIds): ReferenceLookup => ({
  categoryName: (id) => refs.categoryNameById.get(Number(id)) ?? null,
  item: (id) => refs.itemById.get(Number(id)) ?? null,
  departmentExists: (id) => refs.departmentIds.has(Number(id)),
  channelExists: (id) => refs.channelIds.has(Number(id)),
});

/**
 * A bulk row as the domain derives it (status, publication date, academic year, review log,
 * body text: the same deriveRecord the CMS hooks call), checked by the same validateRecord.
 * Returns the derived fields, or the first problem as a message.
 */
export const prepareBulkDisclosure = (row: BulkDisclosure, refs: ReferenceIds, now: Date) => {
  const decision = decideTransition({ actor: null, before: null, requested: { status: row.status, validity: row.validity } });
  if (!decision.isAllowed) return { problem: refusalMessage(decision.refusal, 'zh') };
  const review: ReviewEntry | null = row.review && {
    reviewer: row.review.reviewerId,
    reviewerName: row.review.reviewerName,
    reviewedAt: (row.publishedAt ?? row.formedAt).toISOString(),
    outcome: row.review.outcome,
    fromStatus: 'submitted',
    toStatus: row.status,
    note: null,
  };
  const derived = deriveRecord({ decision, actor: null, before: null, data: { publishedAt: row.publishedAt, body: row.body, reviews: review ? [review] : [] }, now, language: 'zh' });
  const problems = validateRecord({
    record: {
      title: row.title,
      categoryId: row.categoryId,
      checklistItemId: row.checklistItemId,
      departmentId: row.departmentId,
      channelIds: row.channelIds,
      attribute: row.attribute,
      audience: row.audience,
      reason: row.reason,
      status: derived.status,
      validity: derived.validity,
      formedAt: row.formedAt,
      publishedAt: row.status === 'published' ? row.publishedAt : derived.publishedAt,
    },
    references: lookupOf(refs),
    now,
  });
  return problems.length > 0 ? { problem: problems.map((refusal) => refusalMessage(refusal, 'zh')).join(' ') } : { derived };
};

/**
 * Writes many records at once with multi-row INSERTs inside one transaction per call, using
 * the tables Payload itself defines (so column names never drift from the content model).
 * Every row is derived and checked first by the domain rules the CMS applies; one bad row
 * refuses the whole call and nothing of it is written.
 * Bulk rows get no version history entry: their first version is created on their first edit.
 */
export const createBulkWriter = async ({ payload, refs }: { payload: Payload; refs: ReferenceIds }) => {
  if (payload.db.name === 'mongoose') {
    throw new Error('批量生成目前仅支持 SQLite；MongoDB 的批量写入随 MongoDB 议题提供。/ Bulk loading supports SQLite only for now.');
  }
  const db = (payload.db as unknown as { drizzle: any; tables: Record<string, any> });
  const { disclosures, disclosures_rels: rels, disclosures_reviews: reviews } = db.tables;
  const nextSerial = new Map<string, number>();

  const reserveIndexNo = async (row: BulkDisclosure) => {
    const parts = {
      institutionCode: refs.institutionCode,
      categorySeq: refs.categorySeqById.get(row.categoryId)!,
      year: Number(chinaDate(row.formedAt).slice(0, 4)),
    };
    const prefix = indexNoPrefix(parts);
    if (!nextSerial.has(prefix)) {
      const existing: { indexNo: string }[] = await db.drizzle.select({ indexNo: disclosures.indexNo }).from(disclosures).where(like(disclosures.indexNo, `${prefix}%`));
      nextSerial.set(prefix, existing.reduce((max, { indexNo }) => Math.max(max, Number(indexNo.slice(prefix.length)) || 0), 0) + 1);
    }
    const serial = nextSerial.get(prefix)!;
    nextSerial.set(prefix, serial + 1);
    return formatIndexNo({ ...parts, serial });
  };

  return async (rows: BulkDisclosure[], firstRowNumber = 1) => {
    const clock = new Date();
    const now = clock.toISOString();
    const checked = rows.map((row, index) => {
      const result = prepareBulkDisclosure(row, refs, clock);
      if ('problem' in result) throw new Error(`第 ${firstRowNumber + index} 条（${row.title}）：${result.problem}`);
      return { row, derived: result.derived };
    });
    const prepared: { row: BulkDisclosure; derived: (typeof checked)[number]['derived']; indexNo: string }[] = [];
    for (const { row, derived } of checked) prepared.push({ row, derived, indexNo: await reserveIndexNo(row) });
    await db.drizzle.transaction(async (tx: any) => {
      const idByIndexNo = new Map<string, number>();
      for (let start = 0; start < prepared.length; start += 400) {
        const slice = prepared.slice(start, start + 400);
        const inserted: { id: number; indexNo: string }[] = await tx
          .insert(disclosures)
          .values(
            slice.map(({ row, derived, indexNo }) => ({
              title: row.title,
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
    return rows.length;
  };
};

/** Ids of the reference data that bulk rows point at. */
export const loadReferenceIds = async (payload: Payload): Promise<ReferenceIds> => {
  const all = async (collection: (typeof collections)[keyof typeof collections]) =>
    (await payload.find({ collection, limit: 0, pagination: false, depth: 0 })).docs as unknown as Record<string, unknown>[];
  const [categories, items, departments, channels, settings] = await Promise.all([
    all(collections.checklistCategories),
    all(collections.checklistItems),
    all(collections.departments),
    all(collections.channels),
    payload.findGlobal({ slug: 'site-settings', depth: 0 }),
  ]);
  return {
    institutionCode: settings.institution?.code || 'XXGK',
    categorySeqById: new Map(categories.map((c) => [c.id as number, c.seq as number])),
    categoryNameById: new Map(categories.map((c) => [c.id as number, c.name as string])),
    itemById: new Map(items.map((i) => [i.id as number, { code: i.code as string, text: i.text as string, categoryId: i.category as number }])),
    departmentIds: new Set(departments.map((d) => d.id as number)),
    channelIds: new Set(channels.map((c) => c.id as number)),
  };
};

/** Refreshes the query planner's statistics after a bulk load, so SQLite keeps choosing the narrow indexes. */
export const analyzeAfterBulkLoad = async (payload: Payload) => {
  if (payload.db.name === 'mongoose') return;
  await (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle.run(sql`ANALYZE`);
};
