import { publicRecordPredicate } from '@xxgk/domain';
import { predicateMongo } from '@xxgk/cms/mongoPredicate';
import { Types } from 'mongoose';
import type { Payload } from 'payload';
import { publicSql, sql, sqlRows } from './sql';

/**
 * Independent recounts for the tests: the figures the gateway and the seeds must reproduce,
 * counted straight in the database — in SQL on SQLite, with aggregation pipelines on MongoDB —
 * never through the Local API or the gateway's own queries. Codes (category, item, department,
 * channel) are resolved by joins inside the query, as a reader of the raw database would.
 */
export type RecountFilter = {
  category?: string;
  item?: string;
  department?: string;
  channel?: string;
  /** ISO instants: publishedFrom ≤ publishedAt < publishedBefore. */
  publishedFrom?: string;
  publishedBefore?: string;
  validity?: string;
  academicYear?: string;
  /** Contained in the title, the index number or the 文号 (DisclosureFilter.text). */
  titleOrIndexNo?: string;
  /** Each word contained in the title, the index number, the 文号 or the body text. */
  everyWord?: string[];
  /** One of the record's keywords, exactly. */
  keyword?: string;
};
export type Group = 'category' | 'department' | 'item' | 'channel';
export type RawRow = { id: string; title: string; status: string; attribute: string; audience: string; publishedAt: string | null; academicYear: string | null; bodyText: string };

export type Recount = {
  publicCount: (filter?: RecountFilter) => Promise<number>;
  /** Public records per code of `group` (a record counts once per channel it lists). */
  publicCountBy: (group: Group, filter?: RecountFilter) => Promise<Map<string, number>>;
  /** Latest publication (ISO) per checklist item code, over public records. */
  publicLatestByItem: () => Promise<Map<string, string>>;
  indexNumbers: () => Promise<{ total: number; distinct: number }>;
  /** Attachments that at least one public record links to. */
  attachmentsOfPublicRecords: () => Promise<number>;
  /** A position after the newest record, and the records written after such a position (oldest first). */
  mark: () => Promise<string>;
  rowsAfter: (mark: string) => Promise<RawRow[]>;
};

const sqlRecount = (payload: Payload): Recount => {
  const rows = <T>(query: ReturnType<typeof sql>) => sqlRows<T>(payload, query);
  const codeTable: Record<Exclude<Group, 'channel'>, { table: string; column: string }> = {
    category: { table: 'checklist_categories', column: 'category_id' },
    department: { table: 'departments', column: 'department_id' },
    item: { table: 'checklist_items', column: 'checklist_item_id' },
  };
  const byChannel = (key: string) =>
    sql`d.id IN (SELECT r.parent_id FROM disclosures_rels r JOIN channels c ON c.id = r.channels_id WHERE r.path = 'channels' AND c.key = ${key})`;
  const contains = (column: string, word: string) => sql`instr(${sql.raw(column)}, ${word}) > 0`;
  const where = (filter: RecountFilter = {}) => {
    const parts = [publicSql];
    for (const group of ['category', 'department', 'item'] as const) {
      const code = filter[group];
      if (code) parts.push(sql`${sql.raw(`d.${codeTable[group].column}`)} = (SELECT id FROM ${sql.raw(codeTable[group].table)} WHERE code = ${code})`);
    }
    if (filter.channel) parts.push(byChannel(filter.channel));
    if (filter.publishedFrom) parts.push(sql`d.published_at >= ${filter.publishedFrom}`);
    if (filter.publishedBefore) parts.push(sql`d.published_at < ${filter.publishedBefore}`);
    if (filter.validity) parts.push(sql`d.validity = ${filter.validity}`);
    if (filter.academicYear) parts.push(sql`d.academic_year = ${filter.academicYear}`);
    if (filter.titleOrIndexNo) {
      parts.push(sql`(${contains('d.title', filter.titleOrIndexNo)} OR ${contains('d.index_no', filter.titleOrIndexNo)} OR ${contains('d.document_no', filter.titleOrIndexNo)})`);
    }
    for (const word of filter.everyWord ?? []) {
      parts.push(sql`(${contains('d.title', word)} OR ${contains('d.index_no', word)} OR ${contains('d.document_no', word)} OR ${contains('d.body_text', word)})`);
    }
    if (filter.keyword) parts.push(sql`d.id IN (SELECT t.parent_id FROM disclosures_texts t WHERE t.path = 'keywords' AND t.text = ${filter.keyword})`);
    return sql.join(parts, sql` AND `);
  };
  return {
    publicCount: async (filter) => Number((await rows<{ n: number }>(sql`SELECT COUNT(*) AS n FROM disclosures d WHERE ${where(filter)}`))[0]!.n),
    publicCountBy: async (group, filter) => {
      const query =
        group === 'channel'
          ? sql`SELECT c.key AS code, COUNT(DISTINCT d.id) AS n FROM disclosures d JOIN disclosures_rels r ON r.parent_id = d.id AND r.path = 'channels'
              JOIN channels c ON c.id = r.channels_id WHERE ${where(filter)} GROUP BY c.key`
          : sql`SELECT t.code AS code, COUNT(*) AS n FROM disclosures d JOIN ${sql.raw(codeTable[group].table)} t ON t.id = ${sql.raw(`d.${codeTable[group].column}`)}
              WHERE ${where(filter)} GROUP BY t.code`;
      return new Map((await rows<{ code: string; n: number }>(query)).map((row) => [row.code, Number(row.n)]));
    },
    publicLatestByItem: async () =>
      new Map(
        (await rows<{ code: string; latest: string }>(sql`SELECT i.code AS code, MAX(d.published_at) AS latest FROM disclosures d JOIN checklist_items i ON i.id = d.checklist_item_id WHERE ${where()} GROUP BY i.code`)).map(
          (row) => [row.code, row.latest],
        ),
      ),
    indexNumbers: async () => {
      const [row] = await rows<{ total: number; distinct: number }>(sql`SELECT COUNT(index_no) AS total, COUNT(DISTINCT index_no) AS "distinct" FROM disclosures`);
      return { total: Number(row!.total), distinct: Number(row!.distinct) };
    },
    attachmentsOfPublicRecords: async () =>
      Number(
        (
          await rows<{ n: number }>(sql`SELECT COUNT(DISTINCT r.attachments_id) AS n FROM disclosures_rels r JOIN disclosures d ON d.id = r.parent_id
            WHERE r.path = 'attachments' AND ${publicSql}`)
        )[0]!.n,
      ),
    mark: async () => String((await rows<{ maxId: number | null }>(sql`SELECT MAX(id) AS maxId FROM disclosures`))[0]?.maxId ?? 0),
    rowsAfter: async (mark) =>
      (
        await rows<Record<string, unknown>>(
          sql`SELECT id, title, status, attribute, audience, published_at, academic_year, body_text FROM disclosures WHERE id > ${Number(mark)} ORDER BY id`,
        )
      ).map((row) => ({
        id: String(row.id),
        title: row.title as string,
        status: row.status as string,
        attribute: row.attribute as string,
        audience: row.audience as string,
        publishedAt: (row.published_at as string | null) ?? null,
        academicYear: (row.academic_year as string | null) ?? null,
        bodyText: (row.body_text as string) ?? '',
      })),
  };
};

type Collection = { aggregate: (pipeline: object[]) => { toArray: () => Promise<Record<string, any>[]> } };

const mongoRecount = (payload: Payload): Recount => {
  const db = payload.db as unknown as { collections: Record<string, { collection: Collection }> };
  const disclosures = db.collections.disclosures!.collection;
  const collectionOf: Record<Group, string> = { category: 'checklist-categories', department: 'departments', item: 'checklist-items', channel: 'channels' };
  const fieldOf: Record<Group, string> = { category: 'category', department: 'department', item: 'checklistItem', channel: 'channels' };
  const keyOf: Record<Group, string> = { category: 'code', department: 'code', item: 'code', channel: 'key' };
  const literal = (word: string) => new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const join = (group: Group) => ({ $lookup: { from: collectionOf[group], localField: fieldOf[group], foreignField: '_id', as: `_${group}` } });
  const pipeline = (filter: RecountFilter = {}) => {
    const match: object[] = [predicateMongo(publicRecordPredicate)];
    if (filter.publishedFrom) match.push({ publishedAt: { $gte: new Date(filter.publishedFrom) } });
    if (filter.publishedBefore) match.push({ publishedAt: { $lt: new Date(filter.publishedBefore) } });
    if (filter.validity) match.push({ validity: filter.validity });
    if (filter.academicYear) match.push({ academicYear: filter.academicYear });
    if (filter.titleOrIndexNo) match.push({ $or: ['title', 'indexNo', 'documentNo'].map((field) => ({ [field]: literal(filter.titleOrIndexNo!) })) });
    for (const word of filter.everyWord ?? []) match.push({ $or: ['title', 'indexNo', 'documentNo', 'bodyText'].map((field) => ({ [field]: literal(word) })) });
    if (filter.keyword) match.push({ keywords: filter.keyword });
    const stages: object[] = [{ $match: { $and: match } }];
    for (const group of ['category', 'department', 'item', 'channel'] as const) {
      const code = filter[group];
      if (code) stages.push(join(group), { $match: { [`_${group}.${keyOf[group]}`]: code } });
    }
    return stages;
  };
  const all = (stages: object[]) => disclosures.aggregate(stages).toArray();
  return {
    publicCount: async (filter) => Number((await all([...pipeline(filter), { $count: 'n' }]))[0]?.n ?? 0),
    publicCountBy: async (group, filter) => {
      const rows = await all([
        ...pipeline(filter),
        join(group),
        { $unwind: `$_${group}` },
        { $group: { _id: `$_${group}.${keyOf[group]}`, records: { $addToSet: '$_id' } } },
        { $project: { n: { $size: '$records' } } },
      ]);
      return new Map(rows.map((row) => [String(row._id), Number(row.n)]));
    },
    publicLatestByItem: async () => {
      const rows = await all([...pipeline(), join('item'), { $unwind: '$_item' }, { $group: { _id: '$_item.code', latest: { $max: '$publishedAt' } } }]);
      return new Map(rows.map((row) => [String(row._id), (row.latest as Date).toISOString()]));
    },
    indexNumbers: async () => {
      const [row] = await all([{ $match: { indexNo: { $type: 'string' } } }, { $group: { _id: null, total: { $sum: 1 }, numbers: { $addToSet: '$indexNo' } } }, { $project: { total: 1, distinct: { $size: '$numbers' } } }]);
      return { total: Number(row?.total ?? 0), distinct: Number(row?.distinct ?? 0) };
    },
    attachmentsOfPublicRecords: async () =>
      Number((await all([...pipeline(), { $unwind: '$attachments' }, { $group: { _id: '$attachments' } }, { $count: 'n' }]))[0]?.n ?? 0),
    mark: async () => String((await all([{ $sort: { _id: -1 } }, { $limit: 1 }, { $project: { _id: 1 } }]))[0]?._id ?? '000000000000000000000000'),
    rowsAfter: async (mark) =>
      (await all([{ $match: { _id: { $gt: new Types.ObjectId(mark) } } }, { $sort: { _id: 1 } }])).map((row) => ({
        id: String(row._id),
        title: row.title,
        status: row.status,
        attribute: row.attribute,
        audience: row.audience,
        publishedAt: row.publishedAt ? (row.publishedAt as Date).toISOString() : null,
        academicYear: row.academicYear ?? null,
        bodyText: row.bodyText ?? '',
      })),
  };
};

/** The recount for the database the test CMS runs on. */
export const recountOf = (payload: Payload): Recount => (payload.db.name === 'mongoose' ? mongoRecount(payload) : sqlRecount(payload));
