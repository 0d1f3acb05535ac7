import { builder } from '../builder';
import { badInput } from '../errors';
import { decodeNodeId, parseRecordId } from './ids';
import { disclosureColumns, type DisclosureRow } from './disclosure';

/**
 * `node(id)` (the Relay convention): records are the only objects with global ids. An id that
 * names no record type, or a record id in a non-canonical form, is the caller's mistake and
 * answered as such (bilingual, BAD_USER_INPUT); a record that is missing or not public is null,
 * so that hidden and missing records look alike.
 */
builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: '按全局 ID 查询任一对象。/ Fetches any object by its global ID.',
    args: { id: t.arg.id({ required: true, description: '全局 ID。/ Global ID.' }) },
    resolve: async (_, args, ctx) => {
      const globalId = String(args.id);
      const decoded = decodeNodeId(globalId);
      const id = decoded?.typename === 'Disclosure' ? parseRecordId(decoded.id) : null;
      if (id === null) {
        throw badInput(
          `「${globalId.slice(0, 100)}」不是条目的全局 ID；请使用 disclosures 或 disclosure 返回的 id`,
          `"${globalId.slice(0, 100)}" is not the global ID of a record; use an id returned by disclosures or disclosure`,
          'id',
        );
      }
      const doc = await ctx.payload.findByID({ collection: 'disclosures', id, select: disclosureColumns, depth: 0, overrideAccess: false, disableErrors: true });
      return (doc as DisclosureRow | null) ?? null;
    },
  }),
);
