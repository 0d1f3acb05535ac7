import type { Language } from '@xxgk/domain';

/** Words of the supervision view and its CSV, Chinese first. `{name}` placeholders as in domain messages. */
export const supervisionLabels = {
  title: { zh: '监督检查', en: 'Supervision' },
  intro: {
    zh: '清单 50 项信息的公开时效，以及各部门按时发布的情况。',
    en: 'How current the information of the 50 checklist items is, and how each department keeps the publication deadline.',
  },
  filters: { zh: '筛选', en: 'Filters' },
  academicYear: { zh: '学年', en: 'Academic year' },
  from: { zh: '开始日期', en: 'First day' },
  to: { zh: '结束日期', en: 'Last day' },
  datesHint: {
    zh: '同时填写开始和结束日期时按日期区间统计，否则按所选学年（9 月 1 日至次年 8 月 31 日）。',
    en: 'With both days filled in, the period is that date range; otherwise the chosen academic year (1 September to 31 August).',
  },
  department: { zh: '部门', en: 'Department' },
  allDepartments: { zh: '全部部门', en: 'All departments' },
  apply: { zh: '查询', en: 'Show' },
  period: { zh: '统计期 {from} 至 {to}，状态截至 {asOf}', en: 'Period {from} to {to}; status as of {asOf}' },
  download: { zh: '下载 CSV（两张表）', en: 'Download CSV (both tables)' },
  itemsCaption: { zh: '清单事项（{count} 项）', en: 'Checklist items ({count})' },
  departmentsCaption: { zh: '各部门情况', en: 'Departments' },
  seq: { zh: '序号', en: 'No.' },
  code: { zh: '编码', en: 'Code' },
  item: { zh: '事项', en: 'Item' },
  responsibleDepartment: { zh: '责任部门', en: 'Responsible department' },
  cadence: { zh: '更新频率', en: 'Cadence' },
  publicInPeriod: { zh: '本期公开条目', en: 'Public records in period' },
  lastPublished: { zh: '最近发布日期', en: 'Last published' },
  nextDue: { zh: '下次到期日', en: 'Next due' },
  status: { zh: '状态', en: 'Status' },
  overdueItems: { zh: '逾期事项', en: 'Overdue items' },
  publishedCount: { zh: '本期发布条目', en: 'Published in period' },
  medianWorkingDays: { zh: '发布用时中位数（工作日）', en: 'Median working days to publish' },
  withinDeadline: { zh: '{days} 个工作日内发布比例', en: 'Share published within {days} working days' },
  waiting: { zh: '待审核条目', en: 'Waiting for review' },
  longestWait: { zh: '最长等待（工作日）', en: 'Longest wait (working days)' },
  returned: { zh: '本期退回', en: 'Returned in period' },
  withdrawn: { zh: '本期撤回', en: 'Withdrawn in period' },
  unassigned: { zh: '未指定', en: 'Not assigned' },
  noItems: { zh: '该部门没有负责的清单事项。', en: 'This department is responsible for no checklist item.' },
  rules: { zh: '状态说明', en: 'What the statuses mean' },
  ruleOverdue: {
    zh: '逾期：有未发布条目已超过生成日期后 {days} 个工作日，或按年度/学期更新的事项已超过更新期限。',
    en: 'Overdue: a record not yet published is past {days} working days after its date formed, or a yearly / semester item is past its renewal date.',
  },
  ruleDueSoon: { zh: '临期：{soon} 个工作日内到期。', en: 'Due soon: due within {soon} working days.' },
  ruleOnTime: { zh: '按期：有公开条目且没有逾期或临期的待发布条目。', en: 'On time: public records exist and nothing pending is overdue or due soon.' },
  ruleNotPublished: { zh: '未公开：尚无任何公开条目。', en: 'Not published: no public record yet.' },
  ruleNotApplicable: { zh: '不适用：本校不适用的事项。', en: 'Not applicable: the item does not apply to this institution.' },
  invalidPeriod: { zh: '统计期无效，已显示当前学年。', en: 'The period was not valid; showing the current academic year.' },
  navLink: { zh: '监督检查', en: 'Supervision' },
  none: { zh: '—', en: '—' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type SupervisionLabel = keyof typeof supervisionLabels;

export const supervisionLabel = (language: Language, key: SupervisionLabel, params: Record<string, string | number> = {}) =>
  supervisionLabels[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
