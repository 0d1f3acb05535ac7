import { applicantTypes, applicationStatistics, datePeriodOf, feedbackStatistics, moeOutcomes, type ApplicationStatistics, type DatePeriod } from '@xxgk/domain';
import { builder } from '../builder';
import { withTimeout } from '../errors';
import { loadCaseFacts, loadFeedbackFacts } from '@xxgk/cms/statistics';
import { FeedbackStatisticsType, FeesType, MoeOutcomeCountType, TableColumnType } from './applicationStatisticsTypes';
import { periodOf, StatisticsType } from './statistics';
import type { Context } from '../context';

/**
 * Public figures of applications for disclosure (依申请公开) and of feedback (评议、举报、纠错)
 * over a period, as the annual reports give them: the government table (国办公开办函〔2021〕30号,
 * applicant type × outcome row, usually a calendar year) and the Ministry's outcomes (教育部令
 * 第29号, usually an academic year). Counted by the domain's rules from non-personal facts;
 * nothing identifies an applicant, a request or a case. Period arguments as for `statistics`.
 */
type Result = { label: string | null; period: DatePeriod; cases: ApplicationStatistics };

// Chinese sentences end in 。, so the separator needs no space before it (as elsewhere in the schema).
const count = (zh: string, en: string) => ({ description: `${zh}/ ${en}` });

const applicationFigures = async (ctx: Context, label: string | null, period: { from: Date; to: Date }): Promise<Result> => {
  const dates = datePeriodOf(period);
  const cases = await withTimeout(loadCaseFacts(ctx.payload, dates), ctx.limits.resolverTimeoutMs, 'applicationStatistics');
  return { label, period: dates, cases: applicationStatistics({ cases, period: dates }) };
};

const ApplicationStatisticsType = builder.objectRef<Result>('ApplicationStatistics').implement({
  description:
    '一个统计期内依申请公开的统计（不含任何个人信息）。一件申请在答复之日办结，未答复而撤回的在撤回之日办结。/ Figures of applications for disclosure in a period (no personal data). A case is concluded on the day of its reply, or, withdrawn unanswered, on the day of withdrawal.',
  fields: (t) => ({
    academicYear: t.string({ nullable: true, description: '学年（按学年查询时）。/ Academic year, when asked by year.', resolve: (s) => s.label }),
    from: t.field({ type: 'Date', description: '统计期第一天（含）。/ First day of the period.', resolve: (s) => s.period.from }),
    to: t.field({ type: 'Date', description: '统计期最后一天（含）。/ Last day of the period.', resolve: (s) => s.period.to }),
    received: t.int({ ...count('本期新收申请数。', 'Applications received in the period.'), resolve: (s) => s.cases.received }),
    carriedOver: t.int({ ...count('上期结转：期初前收到、尚未办结的申请数。', 'Carried over: received before the period and not concluded before it.'), resolve: (s) => s.cases.carriedOver }),
    concluded: t.int({ ...count('本期办结申请数。', 'Cases concluded in the period.'), resolve: (s) => s.cases.concluded }),
    carriedIntoNext: t.int({ ...count('结转下期：期末前收到、期末尚未办结的申请数。', 'Carried into the next period: received by its end and not concluded by it.'), resolve: (s) => s.cases.carriedIntoNext }),
    table: t.field({
      type: [TableColumnType],
      description:
        '政府信息公开工作年度报告的申请情况表（国办公开办函〔2021〕30号）：自然人、五类法人或其他组织、总计，共 7 列。/ The application table of the government annual report (国办公开办函〔2021〕30号): natural person, five kinds of organisation, total — 7 columns.',
      resolve: (s) => [...applicantTypes, null].map((applicantType) => ({ applicantType, column: s.cases.table[applicantType ?? 'total'] })),
    }),
    byMoeOutcome: t.field({
      type: [MoeOutcomeCountType],
      description: '本期办结申请按教育部格式的处理结果（全部 7 项）。/ Cases concluded in the period per outcome of the Ministry’s format (all 7).',
      resolve: (s) => moeOutcomes.map((outcome) => ({ outcome, count: s.cases.byMoeOutcome[outcome] })),
    }),
    replied: t.int({ ...count('本期答复件数。', 'Replies sent in the period.'), resolve: (s) => s.cases.replied }),
    repliedOnTime: t.int({ ...count('其中在答复期限内（含延期）。', 'Of which by the deadline (extension included).'), resolve: (s) => s.cases.repliedOnTime }),
    repliedLate: t.int({ ...count('其中超过答复期限。', 'Of which after the deadline.'), resolve: (s) => s.cases.repliedLate }),
    medianWorkingDaysToReply: t.float({
      nullable: true,
      ...count('本期答复用时的中位数（工作日，不含补正和征求意见的暂停）；无答复时为 null。', 'Median working days to reply over the period’s replies (pauses excluded); null without replies.'),
      resolve: (s) => s.cases.medianWorkingDaysToReply,
    }),
    extended: t.int({ ...count('本期办结申请中延长答复期限的件数。', 'Cases concluded in the period whose deadline was extended.'), resolve: (s) => s.cases.extended }),
    fees: t.field({ type: FeesType, description: '本期办结申请的收费与减免。/ Fees charged and waived on the cases concluded in the period.', resolve: (s) => s.cases.fees }),
    feedback: t.field({
      type: FeedbackStatisticsType,
      description: '本期收到的评议、举报、纠错。/ Appraisals, complaints and correction requests received in the period.',
      // Loaded only when asked for.
      resolve: async (s, _, ctx) => feedbackStatistics({ feedback: await withTimeout(loadFeedbackFacts(ctx.payload, s.period), ctx.limits.resolverTimeoutMs, 'feedback'), period: s.period }),
    }),
  }),
});

builder.queryFields((t) => ({
  applicationStatistics: t.field({
    type: ApplicationStatisticsType,
    description:
      '依申请公开与评议、举报、纠错的统计：按学年或日期区间（北京时间，含首尾两天；政府格式年度报告用自然年，如 from "2022-01-01" to "2022-12-31"）。/ Figures of applications and feedback for an academic year or a date range (Beijing time, inclusive; the government report uses calendar years, e.g. from "2022-01-01" to "2022-12-31").',
    args: {
      academicYear: t.arg.string({ description: '学年，如 "2021-2022"。/ Academic year, e.g. "2021-2022".' }),
      from: t.arg({ type: 'Date', description: '开始日期（含）。/ First day.' }),
      to: t.arg({ type: 'Date', description: '结束日期（含）。/ Last day.' }),
    },
    resolve: (_, args, ctx) => {
      const { label, period } = periodOf(args);
      return applicationFigures(ctx, label, period);
    },
  }),
}));

// The same figures inside `statistics`, for the same period: one query gives a year's records and applications.
builder.objectField(StatisticsType, 'applications', (t) =>
  t.field({
    type: ApplicationStatisticsType,
    description: '本统计期的依申请公开与评议、举报、纠错统计（同 applicationStatistics）。/ The period’s applications and feedback (as applicationStatistics).',
    resolve: (s, _, ctx) => applicationFigures(ctx, s.label, s.period),
  }),
);
