import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context';

/**
 * The Pothos builder: plugins, context and scalars, no types (those live in schema/). Every
 * type and field carries a bilingual description (Chinese first); a test enforces it.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node(id) is defined in schema/node.ts, to answer malformed ids with a coded bilingual message.
    nodeQueryOptions: false,
    idFieldOptions: { description: '全局 ID（不透明）。/ Opaque global ID.' },
    cursorFieldOptions: { description: '本条的分页游标。/ Cursor of this edge.' },
    nodeFieldOptions: { description: '条目。/ The record.' },
    edgesFieldOptions: { description: '本页各条。/ Edges of this page.' },
    pageInfoFieldOptions: { description: '分页信息。/ Pagination information.' },
    hasNextPageFieldOptions: { description: '是否还有下一页。/ Whether another page follows.' },
    hasPreviousPageFieldOptions: { description: '是否有上一页。/ Whether a page precedes.' },
    startCursorFieldOptions: { description: '本页第一条的游标。/ Cursor of the first edge.' },
    endCursorFieldOptions: { description: '本页最后一条的游标，作为下一页的 after。/ Cursor of the last edge; pass it as `after`.' },
    firstArgOptions: { description: '每页条数（默认 20，最多 100）。/ Page size (default 20, at most 100).' },
    afterArgOptions: { description: '从此游标之后开始。/ Start after this cursor.' },
    lastArgOptions: { description: '不支持，请使用 first。/ Not supported; use first.' },
    beforeArgOptions: { description: '不支持，请使用 after。/ Not supported; use after.' },
    nodesQueryOptions: false,
    pageInfoTypeOptions: { description: '分页信息。/ Pagination information.' },
    nodeTypeOptions: { description: '具有全局 ID 的对象。/ An object with a global ID.' },
  },
});

builder.queryType({ description: '高校信息公开公共 API 的查询入口。/ Entry point of the public university information-disclosure API.' });
builder.mutationType({ description: '公众提交：依申请公开申请与评议、举报、纠错。/ Public submissions: applications for information, and appraisals, complaints and corrections.' });

builder.scalarType('DateTime', {
  description: 'ISO 8601 时间（UTC）。/ An ISO 8601 instant in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime 应为 ISO 8601 时间 / DateTime must be an ISO 8601 instant');
    return date;
  },
});

builder.scalarType('Date', {
  description: '日历日期 YYYY-MM-DD（北京时间）。/ A calendar date YYYY-MM-DD (Beijing time).',
  serialize: (value) => value,
  parseValue: (value) => {
    const text = String(value);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      throw new TypeError(`日期应为 YYYY-MM-DD，收到「${text}」/ Date must be YYYY-MM-DD, got "${text}"`);
    }
    return text;
  },
});

// Files of a multipart request (the GraphQL multipart request spec; graphql-yoga hands them over as
// WHATWG File objects). Input only: the gateway never answers with a file.
const isFile = (value: unknown): value is File =>
  typeof value === 'object' && value !== null && typeof (value as File).arrayBuffer === 'function' && typeof (value as File).name === 'string';
builder.scalarType('File', {
  description:
    '上传的文件：按 GraphQL multipart request 规范以 multipart/form-data 发送（见 docs/API.md）。/ An uploaded file, sent as multipart/form-data by the GraphQL multipart request spec (see docs/API.md).',
  serialize: () => {
    throw new TypeError('File 只能用作输入 / File is an input type only');
  },
  parseValue: (value) => {
    if (!isFile(value)) throw new TypeError('File 须按 multipart 请求规范以文件部分发送 / File must be sent as a file part of a multipart request');
    return value;
  },
});
