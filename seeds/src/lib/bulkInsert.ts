import {
  academicYearOf,
  attributes,
  chinaDate,
  audiences,
  collections,
  formatIndexNo,
  formatMessage,
  indexNoPrefix,
  lexicalPlainText,
  needsReason,
  statuses,
  validities,
  type Attribute,
  type Audience,
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
  categoryIdByItemId: Map<number, number>;
  departmentIds: Set<number>;
  channelIds: Set<number>;
};

/** The same rules the CMS enforces, checked before anything of a batch is written. Returns a message or null. */
export const checkBulkDisclosure = (row: BulkDisclosure, refs: ReferenceIds): string | null => {
  const zh = (key: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) => formatMessage('zh', key, params);
  if (!row.title?.trim() || row.title.length > 200) return '标题不能为空，且不超过 200 字。';
  if (!refs.categorySeqById.has(row.categoryId)) return zh('categoryRequired');
  if (row.checklistItemId !== null && refs.categoryIdByItemId.get(row.checklistItemId) !== row.categoryId) {
    return zh('itemNotInCategory', { item: String(row.checklistItemId), category: String(row.categoryId) });
  }
  if (!refs.departmentIds.has(row.departmentId)) return zh('departmentRequired');
  if (!attributes.includes(row.attribute) || !audiences.includes(row.audience)) return '公开属性或公开范围取值不正确。';
  if (!statuses.includes(row.status) || !validities.includes(row.validity)) return '流程状态或有效性取值不正确。';
  if (needsReason(row) && !row.reason?.trim()) return zh('reasonRequired');
  if (Number.isNaN(row.formedAt.getTime())) return zh('dateMalformed', { value: String(row.formedAt) });
  if (row.status === 'published' && !row.publishedAt) return '已发布的条目必须有发布日期。';
  if (row.publishedAt && row.publishedAt.getTime() < row.formedAt.getTime()) {
    return zh('publishedBeforeFormed', { publishedAt: row.publishedAt.toISOString().slice(0, 10), formedAt: row.formedAt.toISOString().slice(0, 10) });
  }
  if (row.channelIds.some((id) => !refs.channelIds.has(id))) return '公开渠道不存在。';
  return null;
};

/**
 * Writes many records at once with multi-row INSERTs inside one transaction per call, using
 * the tables Payload itself defines (so column names never drift from the content model).
 * Every row is checked first; one bad row refuses the whole call and nothing of it is written.
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
    rows.forEach((row, index) => {
      const problem = checkBulkDisclosure(row, refs);
      if (problem) throw new Error(`第 ${firstRowNumber + index} 条（${row.title}）：${problem}`);
    });
    const now = new Date().toISOString();
    const prepared: { row: BulkDisclosure; indexNo: string }[] = [];
    for (const row of rows) prepared.push({ row, indexNo: await reserveIndexNo(row) });
    await db.drizzle.transaction(async (tx: any) => {
      const idByIndexNo = new Map<string, number>();
      for (let start = 0; start < prepared.length; start += 400) {
        const slice = prepared.slice(start, start + 400);
        const inserted: { id: number; indexNo: string }[] = await tx
          .insert(disclosures)
          .values(
            slice.map(({ row, indexNo }) => ({
              title: row.title,
              category: row.categoryId,
              checklistItem: row.checklistItemId,
              department: row.departmentId,
              body: row.body,
              bodyText: lexicalPlainText(row.body),
              attribute: row.attribute,
              audience: row.audience,
              reason: row.reason,
              formedAt: row.formedAt.toISOString(),
              publishedAt: row.publishedAt?.toISOString() ?? null,
              indexNo,
              status: row.status,
              validity: row.validity,
              academicYear: row.publishedAt ? academicYearOf(row.publishedAt) : null,
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
      const reviewRows = prepared
        .filter(({ row }) => row.review)
        .map(({ row, indexNo }) => {
          const parentId = idByIndexNo.get(indexNo)!;
          return {
            _order: 1,
            _parentID: parentId,
            id: `bulk-${parentId}-1`,
            reviewer: row.review!.reviewerId,
            reviewerName: row.review!.reviewerName,
            reviewedAt: (row.publishedAt ?? row.formedAt).toISOString(),
            outcome: row.review!.outcome,
            fromStatus: 'submitted',
            toStatus: row.status,
          };
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
    categoryIdByItemId: new Map(items.map((i) => [i.id as number, i.category as number])),
    departmentIds: new Set(departments.map((d) => d.id as number)),
    channelIds: new Set(channels.map((c) => c.id as number)),
  };
};

/** Refreshes the query planner's statistics after a bulk load, so SQLite keeps choosing the narrow indexes. */
export const analyzeAfterBulkLoad = async (payload: Payload) => {
  if (payload.db.name === 'mongoose') return;
  await (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle.run(sql`ANALYZE`);
};
