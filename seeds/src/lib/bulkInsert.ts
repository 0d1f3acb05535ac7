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
import { createMongoBulkStore } from './mongoBulkStore';
import { createSqliteBulkStore } from './sqliteBulkStore';

/** A document id as Payload gives it: an integer on SQLite, ObjectId text on MongoDB. Maps key it as text. */
export type RefId = number | string;

/** One record for bulk loading, with references already resolved to ids. */
export type BulkDisclosure = {
  title: string;
  categoryId: RefId;
  checklistItemId: RefId | null;
  departmentId: RefId;
  body: unknown;
  attribute: Attribute;
  audience: Audience;
  reason: string | null;
  formedAt: Date;
  publishedAt: Date | null;
  status: Status;
  validity: Validity;
  channelIds: RefId[];
  review: { reviewerId: RefId | null; reviewerName: string; outcome: ReviewOutcome } | null;
  /** 文号, 发布机构 (empty: the responsible department) and 关键词 in their order; optional. */
  documentNo?: string | null;
  issuer?: string | null;
  keywords?: string[];
};

/** The CMS's limits on 文号, 发布机构 and 关键词 (apps/cms/src/collections/Disclosures), which a bulk row bypasses. */
const metadataProblem = (row: BulkDisclosure): string | null => {
  if ((row.documentNo?.length ?? 0) > 100) return '文号最多 100 字';
  if ((row.issuer?.length ?? 0) > 100) return '发布机构最多 100 字';
  const keywords = row.keywords ?? [];
  if (keywords.length > 10) return '关键词最多 10 个';
  const bad = keywords.find((keyword) => keyword.trim() === '' || keyword.length > 30);
  return bad === undefined ? null : `关键词「${bad}」应为 1 至 30 字`;
};

/** Reference data keyed by id as text, so the same maps serve both databases. */
export type ReferenceIds = {
  institutionCode: string;
  categorySeqById: Map<string, number>;
  categoryNameById: Map<string, string>;
  itemById: Map<string, { code: string; text: string; categoryId: RefId }>;
  departmentIds: Set<string>;
  channelIds: Set<string>;
};

const lookupOf = (refs: ReferenceIds): ReferenceLookup => ({
  categoryName: (id) => refs.categoryNameById.get(String(id)) ?? null,
  item: (id) => refs.itemById.get(String(id)) ?? null,
  departmentExists: (id) => refs.departmentIds.has(String(id)),
  channelExists: (id) => refs.channelIds.has(String(id)),
});

/**
 * A bulk row as the domain derives it (status, publication date, academic year, review log,
 * body text: the same deriveRecord the CMS hooks call), checked by the same validateRecord.
 * Returns the derived fields, or the first problem as a message.
 */
export const prepareBulkDisclosure = (row: BulkDisclosure, refs: ReferenceIds, now: Date) => {
  const metadata = metadataProblem(row);
  if (metadata) return { problem: metadata };
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

export type PreparedDisclosure = { row: BulkDisclosure; derived: ReturnType<typeof deriveRecord>; indexNo: string };

/** What each database does for the bulk writer: find the highest 索引号 serial of a prefix, and write prepared rows. */
export type BulkStore = {
  /** The highest serial already used under `prefix` (0 if none): one indexed lookup, not a scan. */
  highestSerial: (prefix: string) => Promise<number>;
  /** Writes the rows (all or, where the database allows it, none); timestamps are `now`. */
  insert: (rows: PreparedDisclosure[], now: Date) => Promise<void>;
};

/**
 * Writes many records at once. Every row is derived and checked first by the domain rules the
 * CMS applies (deriveRecord, validateRecord); one bad row refuses the whole call before anything
 * is written. 索引号 serials are reserved per prefix in memory after one lookup of the highest
 * serial in use. The writing itself belongs to the database's store: multi-row INSERTs in one
 * transaction on SQLite, insertMany on MongoDB (see mongoBulkStore.ts for what is atomic there).
 * Bulk rows get no version history entry: their first version is created on their first edit.
 */
export const createBulkWriter = async ({ payload, refs }: { payload: Payload; refs: ReferenceIds }) => {
  const store: BulkStore = payload.db.name === 'mongoose' ? createMongoBulkStore(payload) : createSqliteBulkStore(payload);
  const nextSerial = new Map<string, number>();

  const reserveIndexNo = async (row: BulkDisclosure) => {
    const parts = {
      institutionCode: refs.institutionCode,
      categorySeq: refs.categorySeqById.get(String(row.categoryId))!,
      year: Number(chinaDate(row.formedAt).slice(0, 4)),
    };
    const prefix = indexNoPrefix(parts);
    if (!nextSerial.has(prefix)) nextSerial.set(prefix, (await store.highestSerial(prefix)) + 1);
    const serial = nextSerial.get(prefix)!;
    nextSerial.set(prefix, serial + 1);
    return formatIndexNo({ ...parts, serial });
  };

  return async (rows: BulkDisclosure[], firstRowNumber = 1) => {
    const now = new Date();
    const checked = rows.map((row, index) => {
      const result = prepareBulkDisclosure(row, refs, now);
      if ('problem' in result) throw new Error(`第 ${firstRowNumber + index} 条（${row.title}）：${result.problem}`);
      return { row, derived: result.derived };
    });
    const prepared: PreparedDisclosure[] = [];
    for (const { row, derived } of checked) prepared.push({ row, derived, indexNo: await reserveIndexNo(row) });
    await store.insert(prepared, now);
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
    categorySeqById: new Map(categories.map((c) => [String(c.id), c.seq as number])),
    categoryNameById: new Map(categories.map((c) => [String(c.id), c.name as string])),
    itemById: new Map(items.map((i) => [String(i.id), { code: i.code as string, text: i.text as string, categoryId: i.category as RefId }])),
    departmentIds: new Set(departments.map((d) => String(d.id))),
    channelIds: new Set(channels.map((c) => String(c.id))),
  };
};

export { analyzeAfterBulkLoad } from './sqliteBulkStore';
