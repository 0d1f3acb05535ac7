import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import { lexicalPlainText, validities } from '@xxgk/domain';
import type { Attachment, Disclosure } from '@xxgk/cms/types';
import { builder } from '../builder';
import { ChannelType, ChecklistCategoryType, ChecklistItemType, DepartmentType } from './reference';
import { idOf, parseRecordId } from './ids';

export const ValidityEnum = builder.enumType('Validity', {
  description: '有效性。/ Validity.',
  values: Object.fromEntries(
    validities.map((value) => [value.toUpperCase(), { value, description: value === 'valid' ? '有效 / valid' : '已废止 / repealed' }]),
  ) as Record<'VALID' | 'REPEALED', { value: string; description: string }>,
});

export const AttachmentType = builder.objectRef<Attachment>('Attachment').implement({
  description: '条目附件。/ An attachment of a record.',
  fields: (t) => ({
    filename: t.string({ description: '文件名。/ File name.', resolve: (a) => a.filename ?? '' }),
    title: t.string({ nullable: true, description: '显示名称。/ Display name.', resolve: (a) => a.title ?? null }),
    mimeType: t.string({ description: 'MIME 类型。/ MIME type.', resolve: (a) => a.mimeType ?? 'application/octet-stream' }),
    filesize: t.int({ description: '字节数。/ Size in bytes.', resolve: (a) => a.filesize ?? 0 }),
    url: t.string({ description: '下载地址（相对于 CMS）。/ Download path, relative to the CMS.', resolve: (a) => a.url ?? '' }),
  }),
});

/**
 * The columns a record's fields need, without the body and the keywords (each loaded separately,
 * only when asked for: keywords live in a table of their own on SQLite, a join lists rarely need).
 */
export const disclosureColumns = {
  title: true,
  indexNo: true,
  documentNo: true,
  issuer: true,
  category: true,
  checklistItem: true,
  department: true,
  channels: true,
  attachments: true,
  formedAt: true,
  publishedAt: true,
  academicYear: true,
  validity: true,
  updatedAt: true,
} as const;

/** A record as the gateway holds it: every column but the body. */
export type DisclosureRow = Pick<Disclosure, 'id' | keyof typeof disclosureColumns>;

export const DisclosureType = builder.objectRef<DisclosureRow>('Disclosure');

builder.node(DisclosureType, {
  description: '信息公开条目（仅公开的条目可见）。/ A disclosure record (only public records are visible).',
  id: { resolve: (d) => d.id, parse: (id) => parseRecordId(id) },
  // Batched: a page of lookups is one query, filtered by the public access rules.
  loadMany: async (ids, ctx) => {
    const valid = ids.filter((id): id is string => id !== null);
    if (valid.length === 0) return ids.map(() => null);
    const { docs } = await ctx.payload.find({
      collection: 'disclosures',
      where: { id: { in: valid } },
      select: disclosureColumns,
      depth: 0,
      limit: valid.length,
      pagination: false,
      overrideAccess: false,
    });
    return ids.map((id) => (docs as DisclosureRow[]).find((doc) => idOf(doc) === id) ?? null);
  },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'indexNo' in value && 'formedAt' in value,
  fields: (t) => ({
    indexNo: t.string({ description: '索引号。/ Index number.', resolve: (d) => d.indexNo ?? '' }),
    title: t.exposeString('title', { description: '标题。/ Title.' }),
    documentNo: t.string({
      nullable: true,
      description: '文号，如「桂工职院〔2022〕12号」；没有文号时为 null。/ Document number, e.g. "桂工职院〔2022〕12号"; null when the record has none.',
      resolve: (d) => d.documentNo?.trim() || null,
    }),
    issuer: t.string({
      description: '发布机构：填写的发布机构，未填写时为责任部门名称。/ Issued by: the issuer entered, else the name of the responsible department.',
      // From the reference data in memory: no query per record.
      resolve: (d, _, ctx) => d.issuer?.trim() || ctx.reference.departmentById.get(idOf(d.department)!)?.name || '',
    }),
    keywords: t.stringList({
      description: '关键词（按录入顺序，最多 10 个）。/ Keywords, in the order entered (at most 10).',
      resolve: (d, _, ctx) => ctx.keywords.load(idOf(d)!),
    }),
    category: t.field({
      type: ChecklistCategoryType,
      description: '清单类别。/ Checklist category.',
      resolve: (d, _, ctx) => ctx.reference.categoryById.get(idOf(d.category)!)!,
    }),
    checklistItem: t.field({
      type: ChecklistItemType,
      nullable: true,
      description: '清单事项。/ Checklist item.',
      resolve: (d, _, ctx) => ctx.reference.itemById.get(idOf(d.checklistItem) ?? '') ?? null,
    }),
    department: t.field({
      type: DepartmentType,
      description: '责任部门。/ Responsible department.',
      resolve: (d, _, ctx) => ctx.reference.departmentById.get(idOf(d.department)!)!,
    }),
    channels: t.field({
      type: [ChannelType],
      description: '公开渠道。/ Channels it went out on.',
      resolve: (d, _, ctx) => (d.channels ?? []).map((c) => ctx.reference.channelById.get(idOf(c)!)).filter((c) => c !== undefined),
    }),
    attachments: t.field({
      type: [AttachmentType],
      description: '附件。/ Attachments.',
      resolve: async (d, _, ctx) => {
        const files = await ctx.attachments.loadMany((d.attachments ?? []).map((a) => idOf(a)!));
        return files.filter((file): file is Attachment => Boolean(file) && !(file instanceof Error));
      },
    }),
    formedAt: t.field({ type: 'DateTime', description: '生成日期。/ When the information was formed or changed.', resolve: (d) => d.formedAt }),
    publishedAt: t.field({ type: 'DateTime', description: '发布日期。/ Publication date.', resolve: (d) => d.publishedAt ?? d.updatedAt }),
    academicYear: t.string({ nullable: true, description: '统计学年，如 "2021-2022"。/ Academic year, e.g. "2021-2022".', resolve: (d) => d.academicYear ?? null }),
    validity: t.field({ type: ValidityEnum, description: '有效性。/ Validity.', resolve: (d) => d.validity }),
    bodyText: t.string({
      description: '正文纯文本。/ Body as plain text.',
      resolve: async (d, _, ctx) => lexicalPlainText(await ctx.bodies.load(idOf(d)!)),
    }),
    bodyHtml: t.string({
      description: '正文 HTML（已转义）。/ Body as HTML (escaped).',
      resolve: async (d, _, ctx) => {
        const body = await ctx.bodies.load(idOf(d)!);
        return body ? convertLexicalToHTML({ data: body as never, disableContainer: true }) : '';
      },
    }),
    updatedAt: t.field({ type: 'DateTime', description: '最后修改时间。/ Last change.', resolve: (d) => d.updatedAt }),
  }),
});
