import { loadSupervision, type Supervision } from '@xxgk/cms/supervision';
import { chinaDate, datePeriodOf, supervisionStatuses, supervisionStatusLabels, type ItemSupervision, type DepartmentSupervision, type SupervisionStatus } from '@xxgk/domain';
import type { ChecklistItem, Department } from '@xxgk/cms/types';
import { builder } from '../builder';
import { withTimeout } from '../errors';
import { idOf } from './ids';
import { ChecklistItemType, DepartmentType } from './reference';
import { periodOf } from './statistics';

/**
 * Public supervision (监督检查): whether each checklist item's information is published on time,
 * and how quickly each department publishes, judged by the domain's rules over public records
 * only (the public variant: nothing about drafts, records under review or withheld records, no
 * review log). Period arguments as for `statistics`.
 */
type SupervisionResult = { label: string | null; supervision: Supervision };

const upper = (status: SupervisionStatus) => status.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

export const SupervisionStatusEnum = builder.enumType('SupervisionStatus', {
  description: '清单事项的公开时效状态。/ How current a checklist item’s public information is.',
  values: Object.fromEntries(
    supervisionStatuses.map((status) => [upper(status), { value: status, description: `${supervisionStatusLabels[status].zh} / ${supervisionStatusLabels[status].en}` }]),
  ) as Record<'ON_TIME' | 'DUE_SOON' | 'OVERDUE' | 'NOT_PUBLISHED' | 'NOT_APPLICABLE', { value: SupervisionStatus; description: string }>,
});

const SupervisionItemType = builder.objectRef<ItemSupervision & { item: ChecklistItem }>('SupervisionItem').implement({
  description: '一个清单事项的公开时效（仅依据公开条目）。/ Timeliness of one checklist item, from public records only.',
  fields: (t) => ({
    checklistItem: t.field({ type: ChecklistItemType, description: '事项。/ The item.', resolve: (row) => row.item }),
    responsibleDepartment: t.field({
      type: DepartmentType,
      nullable: true,
      description: '责任部门。/ Responsible department.',
      resolve: (row, _, ctx) => ctx.reference.departmentById.get(idOf(row.item.responsibleDepartment) ?? '') ?? null,
    }),
    cadence: t.string({ nullable: true, description: '更新频率：realtime / semester / yearly / onChange。/ Update cadence.', resolve: (row) => row.item.cadence ?? null }),
    publicRecordCount: t.exposeInt('publicInPeriod', { description: '本期发布的公开条目数。/ Public records published in the period.' }),
    lastPublishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: '截至判断日最近一次公开发布的时间。/ Latest public publication up to the as-of day.',
      resolve: (row) => row.lastPublishedAt,
    }),
    nextDueDate: t.field({
      type: 'Date',
      nullable: true,
      description:
        '下次到期日（北京时间）：按年度或学期更新的事项为上次公开后一年或半年；其他事项在此没有到期日（未发布的条目不公开）。/ Next due date (Beijing): a year or half a year after the last public publication for yearly or semester items; none here for the others (unpublished records are not public).',
      resolve: (row) => row.nextDue,
    }),
    status: t.field({ type: SupervisionStatusEnum, description: '状态（规则见 API 文档）。/ Status (rules in the API documentation).', resolve: (row) => row.status }),
  }),
});

const SupervisionDepartmentType = builder.objectRef<DepartmentSupervision & { department: Department }>('SupervisionDepartment').implement({
  description: '一个部门本期公开发布的时效（仅依据公开条目）。/ How timely a department’s public records of the period were.',
  fields: (t) => ({
    department: t.field({ type: DepartmentType, description: '部门。/ Department.', resolve: (row) => row.department }),
    overdueItemCount: t.exposeInt('overdueItems', { description: '其负责的逾期事项数。/ Overdue items it is responsible for.' }),
    publishedCount: t.exposeInt('publishedCount', { description: '本期发布的公开条目数。/ Public records it published in the period.' }),
    medianWorkingDays: t.float({
      nullable: true,
      description: '从生成日期到发布日期的工作日数中位数。/ Median working days from the date formed to publication.',
      resolve: (row) => row.medianWorkingDays,
    }),
    withinDeadlineShare: t.float({
      nullable: true,
      description: '在法定时限（工作日）内发布的比例，0–1。/ Share published within the statutory working days, 0–1.',
      resolve: (row) => row.withinDeadlineShare,
    }),
  }),
});

const SupervisionType = builder.objectRef<SupervisionResult>('Supervision').implement({
  description: '监督检查：清单事项与各部门的公开时效，仅依据公开条目。/ Supervision: timeliness of the checklist items and departments, from public records only.',
  fields: (t) => ({
    academicYear: t.string({ nullable: true, description: '学年（按学年查询时）。/ Academic year, when asked by year.', resolve: (s) => s.label }),
    from: t.field({ type: 'Date', description: '统计期第一天（含）。/ First day of the period.', resolve: (s) => s.supervision.report.period.from }),
    to: t.field({ type: 'Date', description: '统计期最后一天（含）。/ Last day of the period.', resolve: (s) => s.supervision.report.period.to }),
    asOf: t.field({
      type: 'Date',
      description: '判断状态的日期：今天，或已结束统计期的最后一天。/ The day statuses are judged on: today, or the last day of a past period.',
      resolve: (s) => s.supervision.report.asOf,
    }),
    publishWithin: t.int({ description: '法定公开时限（工作日）。/ Statutory time to publish, in working days.', resolve: (s) => s.supervision.report.publishWithin }),
    dueSoonDays: t.int({ description: '“临期”的提前工作日数。/ Working days before a due date that count as due soon.', resolve: (s) => s.supervision.report.dueSoonDays }),
    items: t.field({
      type: [SupervisionItemType],
      description: '全部清单事项，按序号。/ Every checklist item, by number.',
      resolve: (s, _, ctx) => s.supervision.report.items.flatMap((row) => ctx.reference.itemById.get(row.itemId) ? [{ ...row, item: ctx.reference.itemById.get(row.itemId)! }] : []),
    }),
    departments: t.field({
      type: [SupervisionDepartmentType],
      description: '各部门（本期有公开条目或负责事项的部门）。/ Departments with public records in the period or items to answer for.',
      resolve: (s, _, ctx) => {
        const responsible = new Set(s.supervision.items.map((item) => item.responsibleDepartment));
        return s.supervision.report.departments.flatMap((row) => {
          const department = ctx.reference.departmentById.get(row.departmentId);
          return department && (row.publishedCount > 0 || responsible.has(row.departmentId)) ? [{ ...row, department }] : [];
        });
      },
    }),
  }),
});

builder.queryFields((t) => ({
  supervision: t.field({
    type: SupervisionType,
    description:
      '监督检查（仅公开条目）：按学年或日期区间（北京时间，含首尾两天）。/ Supervision from public records: for an academic year or a date range (Beijing time, inclusive).',
    args: {
      academicYear: t.arg.string({ description: '学年，如 "2021-2022"。/ Academic year, e.g. "2021-2022".' }),
      from: t.arg({ type: 'Date', description: '开始日期（含）。/ First day.' }),
      to: t.arg({ type: 'Date', description: '结束日期（含）。/ Last day.' }),
    },
    resolve: async (_, args, ctx) => {
      const { label, period } = periodOf(args);
      const work = loadSupervision({ payload: ctx.payload, period: datePeriodOf(period), today: chinaDate(new Date()), publicOnly: true });
      return { label, supervision: await withTimeout(work, ctx.limits.resolverTimeoutMs, 'supervision') };
    },
  }),
}));
