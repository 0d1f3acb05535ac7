import type { Where } from 'payload';
import { builder } from '../builder';
import type { Context } from '../context';
import { badInput, withTimeout } from '../errors';
import { disclosureColumns, DisclosureType, type DisclosureRow } from './disclosure';
import { DisclosureFilter, whereFromFilter, type DisclosureFilterInput } from './disclosureFilter';
import { decodeNodeId, parseRecordId, type RecordId } from './ids';

const DisclosureOrder = builder.enumType('DisclosureOrder', {
  description: '排序方式。/ Sort order.',
  values: {
    PUBLISHED_AT_DESC: { value: 'desc', description: '最新发布在前（默认）。/ Newest first (default).' },
    PUBLISHED_AT_ASC: { value: 'asc', description: '最早发布在前。/ Oldest first.' },
  } as const,
});

/**
 * Cursors are keyset positions (publication time, id), not offsets: records published while a
 * client pages through land before its position or after it, so no record repeats or is skipped.
 */
type Position = { at: string; id: RecordId };
const encodeCursor = (doc: DisclosureRow) => Buffer.from(JSON.stringify({ at: doc.publishedAt, id: doc.id })).toString('base64url');
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

/** A cursor this gateway wrote: anything else (forged, truncated, edited) is the client's mistake. */
const decodeCursor = (cursor: string): Position => {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { at?: unknown; id?: unknown };
    const id = typeof position.id === 'number' || typeof position.id === 'string' ? parseRecordId(String(position.id)) : null;
    if (isInstant(position.at) && id !== null) return { at: position.at, id };
  } catch {
    // fall through to the error below
  }
  throw badInput('无效的分页游标 after，请使用上一页返回的 endCursor', 'invalid cursor "after"; pass the endCursor of the previous page', 'after');
};

const afterPosition = ({ at, id }: Position, direction: 'asc' | 'desc'): Where => {
  const beyond = direction === 'desc' ? 'less_than' : 'greater_than';
  return { or: [{ publishedAt: { [beyond]: at } }, { and: [{ publishedAt: { equals: at } }, { id: { [beyond]: id } }] }] };
};

export const listDisclosures = async ({
  ctx,
  filter,
  first,
  after,
  order,
}: {
  ctx: Context;
  filter?: DisclosureFilterInput | null;
  first: number;
  after?: string | null;
  order: 'asc' | 'desc';
}) => {
  if (first < 0 || first > ctx.limits.maxPageSize) {
    throw badInput(`first 应在 0 到 ${ctx.limits.maxPageSize} 之间`, `first must be between 0 and ${ctx.limits.maxPageSize}`, 'first');
  }
  const filters = whereFromFilter(filter, ctx);
  const where: Where = { and: [...filters, ...(after ? [afterPosition(decodeCursor(after), order)] : [])] };
  const sort = order === 'desc' ? ['-publishedAt', '-id'] : ['publishedAt', 'id'];
  const { docs } = await withTimeout(
    ctx.payload.find({ collection: 'disclosures', where, sort, limit: first + 1, select: disclosureColumns, depth: 0, pagination: false, overrideAccess: false }),
    ctx.limits.resolverTimeoutMs,
    'disclosures',
  );
  const page = (docs as DisclosureRow[]).slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: {
      hasNextPage: docs.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: page[0] ? encodeCursor(page[0]) : null,
      endCursor: page.at(-1) ? encodeCursor(page.at(-1)!) : null,
    },
    // Counted only when a client asks for totalCount.
    countTotal: () =>
      withTimeout(ctx.payload.count({ collection: 'disclosures', where: { and: filters }, overrideAccess: false }), ctx.limits.resolverTimeoutMs, 'totalCount').then(
        (r) => r.totalDocs,
      ),
  };
};

builder.queryFields((t) => ({
  disclosures: t.connection(
    {
      type: DisclosureType,
      description: '公开条目列表（Relay 连接，游标稳定）。/ Public records as a Relay connection with stable cursors.',
      args: {
        filter: t.arg({ type: DisclosureFilter, description: '筛选条件。/ Filters.' }),
        orderBy: t.arg({ type: DisclosureOrder, defaultValue: 'desc', description: '排序。/ Sort order.' }),
      },
      resolve: async (_, args, ctx) => {
        if (args.last !== undefined && args.last !== null) throw badInput('不支持 last/before，请使用 first/after', 'last/before are not supported; use first/after', 'last');
        if (args.before) throw badInput('不支持 last/before，请使用 first/after', 'last/before are not supported; use first/after', 'before');
        return listDisclosures({ ctx, filter: args.filter, first: args.first ?? 20, after: args.after, order: args.orderBy as 'asc' | 'desc' });
      },
    },
    {
      description: '条目连接。/ A page of records.',
      fields: (c) => ({
        totalCount: c.int({
          description: '满足条件的条目总数。/ Number of records matching the filter.',
          resolve: (connection) => (connection as unknown as { countTotal: () => Promise<number> }).countTotal(),
        }),
      }),
    },
    { description: '条目连接中的一条。/ An edge of the connection.' },
  ),
  disclosure: t.field({
    type: DisclosureType,
    nullable: true,
    description: '按全局 ID 查询一条公开条目；不存在或不公开时为 null。/ A public record by global ID; null when missing or not public.',
    // A plain ID decoded here, not a globalID argument: a malformed id must answer null like a
    // missing or hidden record, not an error that tells them apart.
    args: { id: t.arg.id({ required: true, description: '全局 ID。/ Global ID.' }) },
    resolve: async (_, args, ctx) => {
      const decoded = decodeNodeId(String(args.id));
      const id = decoded?.typename === 'Disclosure' ? parseRecordId(decoded.id) : null;
      if (id === null) return null;
      const doc = await ctx.payload.findByID({ collection: 'disclosures', id, select: disclosureColumns, depth: 0, overrideAccess: false, disableErrors: true });
      return (doc as DisclosureRow | null) ?? null;
    },
  }),
}));
