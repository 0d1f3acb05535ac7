import { academicYearRange, chinaDate, chinaNoon } from '@xxgk/domain';
import { builder } from '../builder';
import { idOf } from './ids';
import type { Context } from '../context';
import { badInput, withTimeout } from '../errors';
import type { Period, StatisticsSummary } from '@xxgk/cms/statistics';
import { ChannelType, ChecklistCategoryType, ChecklistItemType, DepartmentType } from './reference';

type StatisticsResult = { label: string | null; period: Period; summary: StatisticsSummary };

const countField = { description: '公开条目数。/ Number of public records.' };

const ChannelCount = builder.objectRef<{ channel: never; count: number }>('ChannelCount').implement({
  description: '按渠道统计。/ Count per channel.',
  fields: (t) => ({
    channel: t.field({ type: ChannelType, description: '渠道。/ Channel.', resolve: (row) => row.channel }),
    count: t.exposeInt('count', countField),
  }),
});
const CategoryCount = builder.objectRef<{ category: never; count: number }>('CategoryCount').implement({
  description: '按清单类别统计。/ Count per checklist category.',
  fields: (t) => ({
    category: t.field({ type: ChecklistCategoryType, description: '类别。/ Category.', resolve: (row) => row.category }),
    count: t.exposeInt('count', countField),
  }),
});
const ItemCount = builder.objectRef<{ item: never; count: number; latest: string | null }>('ChecklistItemCount').implement({
  description: '按清单事项统计。/ Count per checklist item.',
  fields: (t) => ({
    checklistItem: t.field({ type: ChecklistItemType, description: '事项。/ Item.', resolve: (row) => row.item }),
    count: t.exposeInt('count', countField),
    latestPublishedAt: t.field({ type: 'DateTime', nullable: true, description: '本期最近发布时间。/ Latest publication in the period.', resolve: (row) => row.latest }),
  }),
});
const DepartmentCount = builder.objectRef<{ department: never; count: number }>('DepartmentCount').implement({
  description: '按责任部门统计。/ Count per department.',
  fields: (t) => ({
    department: t.field({ type: DepartmentType, description: '部门。/ Department.', resolve: (row) => row.department }),
    count: t.exposeInt('count', countField),
  }),
});
const MonthCount = builder.objectRef<{ month: string; count: number }>('MonthCount').implement({
  description: '按月统计（北京时间）。/ Count per month (Beijing time).',
  fields: (t) => ({
    month: t.exposeString('month', { description: '月份 YYYY-MM。/ Month YYYY-MM.' }),
    count: t.exposeInt('count', countField),
  }),
});
const Coverage = builder.objectRef<{ covered: number; total: number; missing: never[] }>('Coverage').implement({
  description: '清单覆盖情况：50 项中本期至少有一条公开条目的项数。/ How many of the 50 items have at least one public record in the period.',
  fields: (t) => ({
    coveredCount: t.int({ description: '已覆盖项数。/ Items covered.', resolve: (c) => c.covered }),
    totalCount: t.int({ description: '清单总项数。/ Items in the checklist.', resolve: (c) => c.total }),
    missing: t.field({ type: [ChecklistItemType], description: '本期没有公开条目的事项。/ Items without a public record in the period.', resolve: (c) => c.missing }),
  }),
});

const monthsOf = ({ from, to }: Period) => {
  const months: string[] = [];
  const last = chinaDate(new Date(to.getTime() - 1)).slice(0, 7);
  for (let month = chinaDate(from).slice(0, 7); month <= last; ) {
    months.push(month);
    const [year, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  }
  return months;
};

export const StatisticsType = builder.objectRef<StatisticsResult>('Statistics').implement({
  description: '一个统计期内公开条目的统计（仅统计公开条目）。/ Figures over public records in a period.',
  fields: (t) => ({
    academicYear: t.string({ nullable: true, description: '学年（按学年查询时）。/ Academic year, when asked by year.', resolve: (s) => s.label }),
    from: t.field({ type: 'Date', description: '统计期第一天（含）。/ First day of the period.', resolve: (s) => chinaDate(s.period.from) }),
    to: t.field({ type: 'Date', description: '统计期最后一天（含）。/ Last day of the period.', resolve: (s) => chinaDate(new Date(s.period.to.getTime() - 1)) }),
    total: t.int({ description: '公开条目总数。/ Public records in the period.', resolve: (s) => s.summary.total }),
    byChannel: t.field({
      type: [ChannelCount],
      description: '按渠道（一条可经多个渠道发布）。/ Per channel (a record may go out on several).',
      resolve: (s, _, ctx) => ctx.reference.channels.map((channel) => ({ channel: channel as never, count: s.summary.byChannel.find((r) => r.id === idOf(channel))?.count ?? 0 })),
    }),
    byCategory: t.field({
      type: [CategoryCount],
      description: '按清单类别。/ Per checklist category.',
      resolve: (s, _, ctx) => ctx.reference.categories.map((category) => ({ category: category as never, count: s.summary.byCategory.find((r) => r.id === idOf(category))?.count ?? 0 })),
    }),
    byChecklistItem: t.field({
      type: [ItemCount],
      description: '按清单事项（全部 50 项）。/ Per checklist item (all 50).',
      resolve: (s, _, ctx) =>
        ctx.reference.items.map((item) => {
          const row = s.summary.byChecklistItem.find((r) => r.id === idOf(item));
          return { item: item as never, count: row?.count ?? 0, latest: row?.latest ?? null };
        }),
    }),
    byDepartment: t.field({
      type: [DepartmentCount],
      description: '按责任部门（仅列出有条目的部门）。/ Per department (those with records).',
      resolve: (s, _, ctx) =>
        s.summary.byDepartment
          .filter((row) => ctx.reference.departmentById.has(row.id))
          .map((row) => ({ department: ctx.reference.departmentById.get(row.id) as never, count: row.count }))
          .sort((a, b) => b.count - a.count),
    }),
    byMonth: t.field({
      type: [MonthCount],
      description: '按月（含零值月份）。/ Per month, months without records included.',
      resolve: (s) => monthsOf(s.period).map((month) => ({ month, count: s.summary.byMonth.find((r) => r.month === month)?.count ?? 0 })),
    }),
    coverage: t.field({
      type: Coverage,
      description: '清单覆盖情况。/ Checklist coverage.',
      resolve: (s, _, ctx) => {
        const covered = new Set(s.summary.byChecklistItem.filter((r) => r.count > 0).map((r) => r.id));
        return { covered: covered.size, total: ctx.reference.items.length, missing: ctx.reference.items.filter((i) => !covered.has(idOf(i)!)) as never[] };
      },
    }),
  }),
});

export const periodOf = (args: { academicYear?: string | null; from?: string | null; to?: string | null }): { label: string | null; period: Period } => {
  if (args.academicYear) {
    if (args.from || args.to) throw badInput('academicYear 与 from/to 只能二选一', 'give either academicYear or from/to, not both', 'academicYear');
    try {
      const { from, to } = academicYearRange(args.academicYear);
      return { label: args.academicYear, period: { from, to } };
    } catch {
      throw badInput(`学年应形如 "2021-2022"，收到「${args.academicYear}」`, 'academicYear must look like "2021-2022"', 'academicYear');
    }
  }
  if (!args.from || !args.to) throw badInput('请提供 academicYear，或同时提供 from 和 to', 'give academicYear, or both from and to', 'academicYear');
  if (args.from > args.to) throw badInput('from 晚于 to', 'from is after to', 'from');
  const from = new Date(chinaNoon(args.from).getTime() - 12 * 3600_000);
  const to = new Date(chinaNoon(args.to).getTime() + 12 * 3600_000);
  if (to.getTime() - from.getTime() > 20 * 366 * 86_400_000) throw badInput('统计期最长 20 年', 'the period may span at most 20 years', 'from');
  return { label: null, period: { from, to } };
};

const summarize = (ctx: Context, args: Parameters<typeof periodOf>[0]) => {
  const { label, period } = periodOf(args);
  return withTimeout(ctx.statistics.summarize(period), ctx.limits.resolverTimeoutMs, 'statistics').then((summary) => ({ label, period, summary }));
};

const AcademicYearType = builder.objectRef<{ startYear: number; count: number }>('AcademicYear').implement({
  description: '有公开条目的学年。/ An academic year with public records.',
  fields: (t) => ({
    label: t.string({ description: '如 "2021-2022"。/ e.g. "2021-2022".', resolve: (y) => `${y.startYear}-${y.startYear + 1}` }),
    from: t.field({ type: 'Date', description: '9 月 1 日。/ 1 September.', resolve: (y) => `${y.startYear}-09-01` }),
    to: t.field({ type: 'Date', description: '次年 8 月 31 日。/ 31 August of the next year.', resolve: (y) => `${y.startYear + 1}-08-31` }),
    publicRecordCount: t.exposeInt('count', { description: '公开条目数。/ Public records.' }),
  }),
});

builder.queryFields((t) => ({
  statistics: t.field({
    type: StatisticsType,
    description: '统计：按学年或按日期区间（北京时间，含首尾两天）。/ Statistics for an academic year or a date range (Beijing time, inclusive).',
    args: {
      academicYear: t.arg.string({ description: '学年，如 "2021-2022"。/ Academic year, e.g. "2021-2022".' }),
      from: t.arg({ type: 'Date', description: '开始日期（含）。/ First day.' }),
      to: t.arg({ type: 'Date', description: '结束日期（含）。/ Last day.' }),
    },
    resolve: (_, args, ctx) => summarize(ctx, args),
  }),
  academicYears: t.field({
    type: [AcademicYearType],
    description: '有公开条目的学年，最新在前。/ Academic years that have public records, newest first.',
    resolve: (_, __, ctx) => withTimeout(ctx.statistics.academicYears(), ctx.limits.resolverTimeoutMs, 'academicYears'),
  }),
}));
