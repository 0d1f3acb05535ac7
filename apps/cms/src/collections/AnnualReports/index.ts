import { collections, reportFormatLabels, reportFormats, reportSections, reportStatusLabels, reportStatuses, type ReportFormat } from '@xxgk/domain';
import type { CollectionConfig, Field, FieldAccess } from 'payload';
import { deletesDraftReports, readsReports, writesReports, writesReportsField } from '../../access/reportAccess';
import { nobodyField } from '../../access/nobody';
import { refuseAnonymousApi } from '../../hooks/refuseAnonymousApi';
import { label, optionsFrom } from '../../i18n/label';
import { reportActionsEndpoint } from '../../reports/actionsEndpoint';
import { guardReport } from './hooks/guardReport';

/** Set by the report's actions alone, never typed in. */
const systemSet = (field: Field): Field => ({ ...field, access: { create: nobodyField, update: nobodyField }, admin: { ...(field.admin ?? {}), readOnly: true } } as Field);

/** The format and period are chosen once, on creation: a report of another period is another report. */
const setOnCreate: { create: FieldAccess; update: FieldAccess } = { create: writesReportsField, update: nobodyField };

/** One rich-text editor per written section of a format, titled and hinted as the report shows it. */
const narrativeGroup = (format: ReportFormat): Field => ({
  name: format,
  type: 'group',
  label: reportFormatLabels[format],
  admin: { condition: (data) => data?.format === format, hideGutter: true },
  fields: reportSections[format]
    .filter((section) => section.narrative !== 'none')
    .map(
      (section): Field => ({
        name: section.key,
        type: 'richText',
        label: section.narrative === 'required' ? { zh: `${section.title.zh}（必填）`, en: `${section.title.en} (required)` } : section.title,
        admin: section.hint ? { description: section.hint } : undefined,
      }),
    ),
});

const ui = (name: string, component: string): Field => ({ name, type: 'ui', admin: { components: { Field: component } } });

/**
 * Annual disclosure reports (信息公开工作年度报告): one per format and period, each a chain of
 * versions (a correction is a new version; the older ones stay readable). The written sections
 * are the office's; the figures are computed from the data (reports/loadReportView.ts) with the
 * figures the office enters beside them, marked as entered; publication freezes both into the
 * snapshot. The life of a report is @xxgk/domain's reports (reportLifecycle, checkReportCompleteness);
 * docs/REPORTS.md.
 */
export const AnnualReports: CollectionConfig = {
  slug: collections.annualReports,
  labels: { singular: label('年度报告', 'Annual report'), plural: label('年度报告', 'Annual reports') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'version', 'publishedAt', 'updatedAt'],
    group: label('信息公开', 'Disclosure'),
    hidden: ({ user }) => !user || !['admin', 'reviewer', 'supervisor'].includes(String(user.role)),
    description: label(
      '每个报告期间、每种格式一份报告：撰写各部分文字，预览并核对系统统计的数据，提交审定后发布。发布后内容固定；如需更正，请发布更正版本。',
      'One report per period and format: write the sections, preview and check the computed figures, submit and publish. A published report is fixed; correct it with a new version.',
    ),
  },
  disableDuplicate: true,
  defaultSort: '-updatedAt',
  access: { read: readsReports, create: writesReports, update: writesReports, delete: deletesDraftReports },
  hooks: { beforeOperation: [refuseAnonymousApi], beforeChange: [guardReport] },
  // POST /api/annual-reports/:id/actions: preview, submit, return, publish, correct (reports/actionsEndpoint.ts).
  endpoints: [reportActionsEndpoint],
  // A version is unique within its chain; the hook says so first, the index decides under a race.
  indexes: [{ fields: ['format', 'periodLabel', 'version'], unique: true }],
  fields: [
    ui('reportActions', '/components/reports/ReportActions#ReportActions'),
    systemSet({ name: 'title', type: 'text', label: label('标题', 'Title'), admin: { hidden: true } }),
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'moe',
          index: true,
          label: label('报告格式', 'Format'),
          options: optionsFrom(reportFormats, reportFormatLabels),
          access: setOnCreate,
          admin: { description: label('创建后不可更改', 'Fixed once created') },
        },
        {
          name: 'periodLabel',
          type: 'text',
          required: true,
          index: true,
          label: label('报告期间', 'Period'),
          access: setOnCreate,
          admin: { placeholder: '2021-2022', description: label('教育部格式写学年，如 2021-2022；政务公开格式写年份，如 2022。创建后不可更改', 'An academic year such as 2021-2022 (Ministry format) or a year such as 2022 (government format). Fixed once created') },
        },
      ],
    },
    ui('previewFiles', '/components/reportOutputs/ReportPreviewLinks#ReportPreviewLinks'),
    ui('completeness', '/components/reports/ReportCompleteness#ReportCompleteness'),
    {
      name: 'narratives',
      type: 'group',
      label: label('报告正文', 'Written sections'),
      fields: reportFormats.map(narrativeGroup),
    },
    ui('figures', '/components/reports/ReportFiguresPanel#ReportFiguresPanel'),
    {
      name: 'enteredFigures',
      type: 'array',
      label: label('填报数字', 'Entered figures'),
      labels: { singular: label('填报数字', 'Entered figure'), plural: label('填报数字', 'Entered figures') },
      admin: {
        description: label(
          '平台之外的数字（如邮件系统统计的公开数量、平台启用前办理的申请、行政复议和诉讼），按“统计数据”中各行标注的标识填写；报告中与系统统计分开显示并标注“填报”。收费以分为单位。',
          'Figures the platform does not hold (a count from the mail system, applications handled before the platform, reconsiderations and lawsuits), by the key shown on each row of the figures; the report shows them apart, marked as entered. Fees in fen.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, label: label('数字标识', 'Figure key'), admin: { placeholder: 'channel.wechat', width: '40%' } },
            { name: 'value', type: 'number', required: true, label: label('数量', 'Value'), admin: { width: '20%' } },
            { name: 'note', type: 'text', label: label('来源说明', 'Source'), admin: { width: '40%' } },
          ],
        },
      ],
    },
    {
      name: 'itemNotes',
      type: 'array',
      label: label('无公开记录事项的说明', 'Items without records'),
      labels: { singular: label('事项说明', 'Explanation'), plural: label('事项说明', 'Explanations') },
      admin: {
        description: label('本期间没有公开记录的清单事项，须说明原因（如“本年度无此类信息”）。', 'Each checklist item without a public record in the period needs its reason.'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'item', type: 'relationship', relationTo: collections.checklistItems, required: true, label: label('清单事项', 'Checklist item'), admin: { width: '40%' } },
            { name: 'note', type: 'textarea', required: true, label: label('说明', 'Explanation'), admin: { width: '60%' } },
          ],
        },
      ],
    },
    // --- set by the actions ---------------------------------------------------------------------
    systemSet({ name: 'status', type: 'select', required: true, defaultValue: 'draft', index: true, label: label('状态', 'Status'), options: optionsFrom(reportStatuses, reportStatusLabels), admin: { position: 'sidebar' } }),
    systemSet({ name: 'version', type: 'number', defaultValue: 1, label: label('版本', 'Version'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'corrects', type: 'relationship', relationTo: collections.annualReports, label: label('更正的版本', 'Corrects'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'correctionNote', type: 'textarea', label: label('更正说明', 'Correction note'), admin: { position: 'sidebar', condition: (data) => Boolean(data?.correctionNote) } }),
    systemSet({ name: 'previewedAt', type: 'date', label: label('上次预览', 'Last previewed'), admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }),
    systemSet({ name: 'publishedAt', type: 'date', index: true, label: label('发布时间', 'Published'), admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }),
    systemSet({ name: 'supersededAt', type: 'date', label: label('被更正时间', 'Superseded'), admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, condition: (data) => Boolean(data?.supersededAt) } }),
    // The flat figures the office saw at the last preview: publishing needs them equal to now.
    systemSet({ name: 'previewedFigures', type: 'json', label: label('预览时的数据', 'Figures at the last preview'), admin: { hidden: true } }),
    // Written once, on publication (@xxgk/domain's ReportSnapshot): what the public reads, never recomputed.
    systemSet({ name: 'snapshot', type: 'json', label: label('发布快照', 'Published snapshot'), admin: { hidden: true } }),
    // The log (审定记录), oldest first; shown as the timeline below.
    systemSet({ name: 'events', type: 'json', label: label('审定记录', 'Log'), admin: { hidden: true } }),
    ui('timeline', '/components/reports/ReportTimeline#ReportTimeline'),
  ],
};

