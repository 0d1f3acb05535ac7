import { cadenceLabels } from '@xxgk/domain';
import type { Channel, ChecklistCategory, ChecklistItem, Department } from '@xxgk/cms/types';
import { builder } from '../builder';
import type { Context } from '../context';
import { idOf } from './ids';

export const DepartmentType = builder.objectRef<Department>('Department');
DepartmentType.implement({
  description: '责任部门。/ A responsible department.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '稳定编码。/ Stable code.' }),
    name: t.exposeString('name', { description: '名称。/ Name (Chinese).' }),
    nameEn: t.string({ nullable: true, description: '英文名称。/ English name.', resolve: (d) => d.nameEn ?? null }),
    kind: t.exposeString('kind', { description: '类型：office 职能部门，college 二级学院，other 其他。/ Kind: office, college or other.' }),
    parent: t.field({
      type: DepartmentType,
      nullable: true,
      description: '上级部门（最多两级）。/ Parent department (at most two levels).',
      resolve: (d, _, ctx) => ctx.reference.departmentById.get(idOf(d.parent) ?? '') ?? null,
    }),
  }),
});

export const ChannelType = builder.objectRef<Channel>('Channel').implement({
  description: '公开渠道（门户网站、微信公众号等）。/ A channel records go out on (portal, WeChat, …).',
  fields: (t) => ({
    key: t.exposeString('key', { description: '稳定标识，如 portal。/ Stable key, e.g. portal.' }),
    name: t.exposeString('name', { description: '名称。/ Name (Chinese).' }),
    nameEn: t.string({ nullable: true, description: '英文名称。/ English name.', resolve: (c) => c.nameEn ?? null }),
  }),
});

export const ChecklistItemType = builder.objectRef<ChecklistItem>('ChecklistItem');
export const ChecklistCategoryType = builder.objectRef<ChecklistCategory>('ChecklistCategory');

/** Per-item activity is one GROUP BY for all 50 items, computed once per request. */
const activityOf = async (item: ChecklistItem, ctx: Context) =>
  (await ctx.once('itemActivity', () => ctx.statistics.itemActivity())).find((row) => row.id === idOf(item));

ChecklistItemType.implement({
  description: '《高等学校信息公开事项清单》中的一项。/ One of the 50 items of the MOE disclosure checklist.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '稳定编码，如 "2.1"。/ Stable code, e.g. "2.1".' }),
    seq: t.exposeInt('seq', { description: '清单序号 (1)–(50)。/ Official number (1)–(50).' }),
    text: t.exposeString('text', { description: '事项内容。/ The item (Chinese).' }),
    textEn: t.string({ nullable: true, description: '英文。/ English rendering.', resolve: (i) => i.textEn ?? null }),
    category: t.field({
      type: ChecklistCategoryType,
      description: '所属类别。/ Its category.',
      resolve: (i, _, ctx) => ctx.reference.categoryById.get(idOf(i.category)!)!,
    }),
    responsibleDepartment: t.field({
      type: DepartmentType,
      nullable: true,
      description: '责任部门。/ Responsible department.',
      resolve: (i, _, ctx) => ctx.reference.departmentById.get(idOf(i.responsibleDepartment) ?? '') ?? null,
    }),
    cadence: t.string({
      nullable: true,
      description: `更新频率：${Object.keys(cadenceLabels).join(' / ')}。/ Update cadence.`,
      resolve: (i) => i.cadence ?? null,
    }),
    publicRecordCount: t.int({
      description: '公开条目数（全部时间）。/ Number of public records (all time).',
      resolve: async (i, _, ctx) => (await activityOf(i, ctx))?.count ?? 0,
    }),
    latestPublishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: '最近一条公开条目的发布时间。/ Publication time of the latest public record.',
      resolve: async (i, _, ctx) => (await activityOf(i, ctx))?.latest ?? null,
    }),
  }),
});

ChecklistCategoryType.implement({
  description: '清单的 10 个类别之一。/ One of the 10 checklist categories.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '稳定编码，如 admissions。/ Stable code, e.g. admissions.' }),
    seq: t.exposeInt('seq', { description: '序号 1–10。/ Number 1–10.' }),
    name: t.exposeString('name', { description: '名称。/ Name (Chinese).' }),
    nameEn: t.string({ nullable: true, description: '英文名称。/ English name.', resolve: (c) => c.nameEn ?? null }),
    items: t.field({
      type: [ChecklistItemType],
      description: '本类别的清单事项。/ The items of this category.',
      resolve: (c, _, ctx) => ctx.reference.items.filter((item) => idOf(item.category) === idOf(c)),
    }),
  }),
});

builder.queryFields((t) => ({
  checklist: t.field({
    type: [ChecklistCategoryType],
    description: '清单的 10 个类别及其 50 项。/ The 10 checklist categories with their 50 items.',
    resolve: (_, __, ctx) => ctx.reference.categories,
  }),
  departments: t.field({
    type: [DepartmentType],
    description: '全部责任部门。/ All responsible departments.',
    resolve: (_, __, ctx) => ctx.reference.departments,
  }),
  channels: t.field({
    type: [ChannelType],
    description: '全部公开渠道。/ All channels.',
    resolve: (_, __, ctx) => ctx.reference.channels,
  }),
}));
