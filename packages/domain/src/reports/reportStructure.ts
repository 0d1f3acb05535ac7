import type { Labelled } from '../refusal';
import type { ReportFormat } from './reportPeriod';

/**
 * The sections of an annual report in each format, as data: the CMS shows one editor per
 * narrative, the site and the PDF/DOCX render them in this order, and the completeness check
 * reads which ones are required.
 *
 * A section has a written part (narrative), computed figures (blocks), or both. A block names a
 * set of figures the report computes from the data for the period; `entered` blocks are figures
 * the platform does not hold (reconsiderations and lawsuits are decided outside the institution)
 * and are always typed in by the office and shown as entered.
 */
export const figureBlocks = ['channels', 'categories', 'applications', 'applicationTable', 'fees', 'feedback', 'reviewsAndLawsuits', 'checklist'] as const;
export type FigureBlock = (typeof figureBlocks)[number];

export type ReportSection = {
  key: string;
  title: Labelled;
  /** 'required': publishing needs text; 'optional': may stay empty (rendered as 无 / None). */
  narrative: 'required' | 'optional' | 'none';
  blocks: readonly FigureBlock[];
  /** What the office is expected to write, shown as the editor's hint. */
  hint?: Labelled;
};

const moe: readonly ReportSection[] = [
  {
    key: 'overview', narrative: 'required', blocks: [],
    title: { zh: '一、概述', en: '1. Overview' },
    hint: { zh: '信息公开工作机制、《清单》落实、培训与考核评议等总体情况。', en: 'How disclosure is organised, how the checklist is implemented, training and appraisal.' },
  },
  {
    key: 'proactive', narrative: 'optional', blocks: ['channels', 'categories'],
    title: { zh: '二、主动公开情况', en: '2. Proactive disclosure' },
    hint: { zh: '各渠道公开数量由系统统计；可补充招生“十公开”、财务收费等重点领域的说明。', en: 'The counts per channel are computed; add highlights such as admissions and finance.' },
  },
  {
    key: 'onApplication', narrative: 'optional', blocks: ['applications', 'fees'],
    title: { zh: '三、依申请公开和不予公开情况', en: '3. Disclosure on application and information withheld' },
  },
  {
    key: 'appraisal', narrative: 'optional', blocks: ['feedback'],
    title: { zh: '四、对信息公开的评议情况', en: '4. Appraisal of disclosure' },
  },
  {
    key: 'complaints', narrative: 'optional', blocks: ['reviewsAndLawsuits'],
    title: { zh: '五、因学校信息公开工作受到举报、复议、诉讼的情况', en: '5. Complaints, administrative reconsiderations and lawsuits' },
  },
  {
    key: 'lessons', narrative: 'required', blocks: [],
    title: { zh: '六、主要经验、存在的问题和改进措施', en: '6. Experience, problems and improvements' },
  },
  {
    key: 'other', narrative: 'optional', blocks: [],
    title: { zh: '七、其他需要报告的事项', en: '7. Other matters' },
  },
  {
    key: 'checklist', narrative: 'none', blocks: ['checklist'],
    title: { zh: '八、《高等学校信息公开事项清单》公开情况', en: '8. Disclosure of the checklist items' },
  },
];

const government: readonly ReportSection[] = [
  {
    key: 'overview', narrative: 'required', blocks: [],
    title: { zh: '一、总体情况', en: 'I. Overview' },
    hint: { zh: '主动公开、依申请公开、政府信息管理、平台建设、监督保障等总体情况。', en: 'Proactive disclosure, applications, information management, platforms, supervision.' },
  },
  {
    key: 'proactive', narrative: 'optional', blocks: ['channels', 'categories'],
    title: { zh: '二、主动公开信息情况', en: 'II. Proactive disclosure' },
  },
  {
    key: 'onApplication', narrative: 'optional', blocks: ['applicationTable'],
    title: { zh: '三、收到和处理信息公开申请情况', en: 'III. Applications received and handled' },
  },
  {
    key: 'reviews', narrative: 'optional', blocks: ['reviewsAndLawsuits'],
    title: { zh: '四、信息公开行政复议、行政诉讼情况', en: 'IV. Administrative reconsiderations and lawsuits' },
  },
  {
    key: 'problems', narrative: 'required', blocks: [],
    title: { zh: '五、存在的主要问题及改进情况', en: 'V. Main problems and improvements' },
  },
  {
    key: 'other', narrative: 'optional', blocks: ['fees', 'feedback'],
    title: { zh: '六、其他需要报告的事项', en: 'VI. Other matters' },
    hint: { zh: '含收取信息处理费情况。', en: 'Including information-processing fees charged.' },
  },
];

export const reportSections: Record<ReportFormat, readonly ReportSection[]> = { moe, government };

export const sectionOf = (format: ReportFormat, key: string): ReportSection | undefined => reportSections[format].find((section) => section.key === key);
