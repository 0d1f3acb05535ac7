import {
  allApplicantsLabel,
  applicantTypeLabels,
  appraisalRatingLabels,
  appraisalRatings,
  decisionCodes,
  decisionGroupLabels,
  decisionGroupOf,
  decisionGroups,
  decisionLabels,
  decisionRowOf,
  feedbackKindLabels,
  feedbackKinds,
  feedbackStatusLabels,
  feedbackStatuses,
  fenToYuan,
  isOrganisation,
  moeOutcomeLabels,
  moeOutcomes,
  organisationGroupLabel,
  unratedAppraisalLabel,
  type ApplicantType,
  type ApplicationStatistics,
  type ApplicationTableColumn,
  type AppraisalRating,
  type FeedbackKind,
  type FeedbackKindFigures,
  type FeedbackStatistics,
  type FeedbackStatus,
  type Labelled,
} from '@xxgk/domain';
import { builder } from '../builder';
import { ApplicantTypeEnum, AppraisalRatingEnum, enumOf, FeedbackKindEnum, FeedbackStatusEnum, LabelType } from './intakeTypes';

/**
 * The figures of applications and feedback as GraphQL types. Every enum is the domain's list with
 * its labels (outcomes.ts, caseModel.ts), every label is the domain's, and every figure is read
 * from `applicationStatistics` / `feedbackStatistics`: nothing here counts.
 */
export const DecisionEnum = enumOf('ApplicationDecision', '办理结果：政府信息公开工作年度报告表“三、本年度办理结果”的一行。/ Outcome: one row of section 3 of the government report table.', decisionCodes, decisionLabels);
export const DecisionGroupEnum = enumOf('ApplicationDecisionGroup', '办理结果的六类（一）至（六）。/ The six groups of outcomes, (1) to (6).', decisionGroups, decisionGroupLabels);
export const MoeOutcomeEnum = enumOf('MoeOutcome', '教育部令第29号第十七条的处理结果。/ Outcome in the Ministry of Education’s format (Order 29, art. 17).', moeOutcomes, moeOutcomeLabels);

// Chinese sentences end in 。, so the separator needs no space before it (as elsewhere in the schema).
const count = (zh: string, en: string) => ({ description: `${zh}/ ${en}` });
const labelField = { type: LabelType, description: '中英文名称（来自领域规则）。/ Label in Chinese and English (from the domain).' } as const;

type ResultRow = { decision: (typeof decisionCodes)[number]; count: number };
const ResultCount = builder.objectRef<ResultRow>('ApplicationResultCount').implement({
  description: '一个办理结果行的件数。/ Cases concluded in one outcome row.',
  fields: (t) => ({
    decision: t.field({ type: DecisionEnum, description: '办理结果。/ Outcome.', resolve: (r) => r.decision }),
    group: t.field({ type: DecisionGroupEnum, description: '所属类别。/ Its group.', resolve: (r) => decisionGroupOf(r.decision) }),
    row: t.string({ description: '报告表中的行号，如“三(三)1”。/ Row of the official table, e.g. "三(三)1".', resolve: (r) => decisionRowOf(r.decision) }),
    label: t.field({ ...labelField, resolve: (r) => decisionLabels[r.decision] }),
    count: t.exposeInt('count', count('件数。', 'Cases.')),
  }),
});

type GroupRow = { group: (typeof decisionGroups)[number]; count: number };
const GroupCount = builder.objectRef<GroupRow>('ApplicationResultGroupCount').implement({
  description: '一类办理结果的小计。/ Subtotal of one group of outcomes.',
  fields: (t) => ({
    group: t.field({ type: DecisionGroupEnum, description: '类别。/ Group.', resolve: (r) => r.group }),
    label: t.field({ ...labelField, resolve: (r) => decisionGroupLabels[r.group] }),
    count: t.exposeInt('count', count('件数。', 'Cases.')),
  }),
});

type Column = { applicantType: ApplicantType | null; column: ApplicationTableColumn };
export const TableColumnType = builder.objectRef<Column>('ApplicationTableColumn').implement({
  description:
    '报告表的一列：一类申请人，或总计。收到 + 上年结转 = 办理结果总计 + 结转下年度。/ One column of the report table: one type of applicant, or the total. Received + carried over = concluded + carried into the next period.',
  fields: (t) => ({
    applicantType: t.field({ type: ApplicantTypeEnum, nullable: true, description: '申请人类型；总计列为 null。/ Type of applicant; null in the total column.', resolve: (c) => c.applicantType }),
    label: t.field({ ...labelField, resolve: (c): Labelled => (c.applicantType ? applicantTypeLabels[c.applicantType] : allApplicantsLabel) }),
    group: t.field({
      type: LabelType,
      nullable: true,
      description: '上一级表头：五类组织为“法人或其他组织”，其余为 null。/ Parent heading: "legal person or other organisation" for the five kinds of organisation, else null.',
      resolve: (c) => (c.applicantType && isOrganisation(c.applicantType) ? organisationGroupLabel : null),
    }),
    received: t.int({ ...count('一、本期新收申请数。', '1. Applications received in the period.'), resolve: (c) => c.column.received }),
    carriedOver: t.int({ ...count('二、上期结转申请数（期初尚未办结）。', '2. Carried over: received earlier, not concluded before the period.'), resolve: (c) => c.column.carriedOver }),
    results: t.field({
      type: [ResultCount],
      description: '三、本期办理结果，按报告表行序（全部 21 行）。/ 3. Concluded in the period, per outcome row in the table’s order (all 21).',
      resolve: (c) => decisionCodes.map((decision) => ({ decision, count: c.column.results[decision] })),
    }),
    groups: t.field({
      type: [GroupCount],
      description: '三、办理结果（一）至（六）各类小计。/ 3. Subtotals of groups (1) to (6).',
      resolve: (c) => decisionGroups.map((group) => ({ group, count: c.column.groups[group] })),
    }),
    resultsTotal: t.int({ ...count('三(七) 总计：本期办结件数。', '3 (7). Total concluded in the period.'), resolve: (c) => c.column.resultsTotal }),
    carriedIntoNext: t.int({ ...count('四、结转下期继续办理（期末尚未办结）。', '4. Carried into the next period: not concluded by its end.'), resolve: (c) => c.column.carriedIntoNext }),
  }),
});

type OutcomeRow = { outcome: (typeof moeOutcomes)[number]; count: number };
export const MoeOutcomeCountType = builder.objectRef<OutcomeRow>('MoeOutcomeCount').implement({
  description: '按教育部格式的处理结果统计。/ Cases concluded per outcome of the Ministry’s format.',
  fields: (t) => ({
    outcome: t.field({ type: MoeOutcomeEnum, description: '处理结果。/ Outcome.', resolve: (r) => r.outcome }),
    label: t.field({ ...labelField, resolve: (r) => moeOutcomeLabels[r.outcome] }),
    count: t.exposeInt('count', count('件数。', 'Cases.')),
  }),
});

export const FeesType = builder.objectRef<ApplicationStatistics['fees']>('ApplicationFees').implement({
  description:
    '本期办结申请的收费：金额以“分”为整数精确给出，另以“元”给出两位小数的文本。/ Fees of the cases concluded in the period: exact amounts in fen (1/100 yuan) as integers, and in yuan as text with two decimals.',
  fields: (t) => ({
    chargedFen: t.exposeInt('charged', count('收费金额（分）。', 'Amount charged, in fen.')),
    waivedFen: t.exposeInt('waived', count('减免金额（分）。', 'Amount waived, in fen.')),
    chargedYuan: t.string({ ...count('收费金额（元，如 "12.50"）。', 'Amount charged, in yuan (e.g. "12.50").'), resolve: (f) => fenToYuan(f.charged) }),
    waivedYuan: t.string({ ...count('减免金额（元，如 "12.50"）。', 'Amount waived, in yuan (e.g. "12.50").'), resolve: (f) => fenToYuan(f.waived) }),
    casesCharged: t.exposeInt('casesCharged', count('收费的件数。', 'Cases charged a fee.')),
    casesWaived: t.exposeInt('casesWaived', count('减免收费的件数。', 'Cases with a fee waived.')),
  }),
});

type StatusRow = { status: FeedbackStatus; count: number };
const FeedbackStatusCount = builder.objectRef<StatusRow>('FeedbackStatusCount').implement({
  description: '按当前处理状态统计。/ Count per status as it is now.',
  fields: (t) => ({
    status: t.field({ type: FeedbackStatusEnum, description: '处理状态。/ Status.', resolve: (r) => r.status }),
    label: t.field({ ...labelField, resolve: (r) => feedbackStatusLabels[r.status] }),
    count: t.exposeInt('count', count('件数。', 'Count.')),
  }),
});

type KindRow = { kind: FeedbackKind; figures: FeedbackKindFigures };
const FeedbackKindStatistics = builder.objectRef<KindRow>('FeedbackKindStatistics').implement({
  description: '一类评议、举报或纠错的统计。/ Figures of one kind of feedback.',
  fields: (t) => ({
    kind: t.field({ type: FeedbackKindEnum, description: '类型。/ Kind.', resolve: (r) => r.kind }),
    label: t.field({ ...labelField, resolve: (r) => feedbackKindLabels[r.kind] }),
    received: t.int({ ...count('本期收到的件数。', 'Received in the period.'), resolve: (r) => r.figures.received }),
    byStatus: t.field({
      type: [FeedbackStatusCount],
      description: '本期收到者按当前处理状态（全部状态）。/ Those received in the period, by their status now (every status).',
      resolve: (r) => feedbackStatuses.map((status) => ({ status, count: r.figures.byStatus[status] })),
    }),
  }),
});

type RatingRow = { rating: AppraisalRating | null; count: number };
const RatingCount = builder.objectRef<RatingRow>('AppraisalRatingCount').implement({
  description: '评议按总体评价统计。/ Appraisals per overall view.',
  fields: (t) => ({
    rating: t.field({ type: AppraisalRatingEnum, nullable: true, description: '总体评价；未评价为 null。/ Overall view; null when none was given.', resolve: (r) => r.rating }),
    label: t.field({ ...labelField, resolve: (r) => (r.rating ? appraisalRatingLabels[r.rating] : unratedAppraisalLabel) }),
    count: t.exposeInt('count', count('件数。', 'Count.')),
  }),
});

export const FeedbackStatisticsType = builder.objectRef<FeedbackStatistics>('FeedbackStatistics').implement({
  description:
    '本期收到的评议、举报、纠错（按提交日期，北京时间）；状态为当前状态。/ Appraisals, complaints and correction requests submitted in the period (Beijing dates); statuses as they are now.',
  fields: (t) => ({
    received: t.exposeInt('received', count('本期收到的总件数。', 'Received in the period, all kinds.')),
    byKind: t.field({
      type: [FeedbackKindStatistics],
      description: '按类型（评议、举报、纠错）。/ Per kind (appraisal, complaint, correction).',
      resolve: (s) => feedbackKinds.map((kind) => ({ kind, figures: s.byKind[kind] })),
    }),
    appraisalRatings: t.field({
      type: [RatingCount],
      description: '评议按总体评价（满意、基本满意、不满意、未评价）。/ Appraisals by overall view (satisfied, fairly satisfied, dissatisfied, none given).',
      resolve: (s) => [...appraisalRatings, null].map((rating) => ({ rating, count: s.appraisalRatings[rating ?? 'unrated'] })),
    }),
  }),
});
