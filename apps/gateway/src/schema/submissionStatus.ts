import { lookUpApplication, lookUpFeedback, type ApplicationView, type FeedbackView } from '@xxgk/cms/applications';
import { caseEventLabels, caseStatusLabels, feedbackKindLabels, feedbackStatusLabels, publicDecisionLabel } from '@xxgk/domain';
import { builder } from '../builder';
import { refusedInput } from '../errors';
import { languageOf } from '../intake/language';
import { CaseActionEnum, CaseStatusEnum, FeedbackKindEnum, FeedbackStatusEnum, LabelType, LanguageEnum } from './intakeTypes';

/**
 * Status lookups for the holder of a receipt code and its query code. A pair that names nothing
 * answers null, whether the receipt code is unknown or the query code wrong (same answer, same
 * work); a code that cannot be one is BAD_USER_INPUT at its argument. Nothing else about
 * applications or feedback is queryable: no list, count, filter or statistic of them exists here.
 */
type TimelineEntry = ApplicationView['timeline'][number];

const TimelineEntryType = builder.objectRef<TimelineEntry>('ApplicationStep').implement({
  description: '办理过程中的一步（日期与事项，不含办理说明与经办人）。/ A step of the handling: date and action, without notes or staff.',
  fields: (t) => ({
    on: t.field({ type: 'Date', description: '日期（北京时间）。/ Date (Beijing time).', resolve: (e) => e.on }),
    action: t.field({ type: CaseActionEnum, description: '事项。/ Action.', resolve: (e) => e.action }),
    label: t.field({ type: LabelType, description: '事项名称。/ Name of the action.', resolve: (e) => caseEventLabels[e.action] }),
  }),
});

const ApplicationProgressType = builder.objectRef<ApplicationView>('ApplicationProgress').implement({
  description: '申请的办理情况（凭回执编号与查询码查询）。/ Where an application stands (looked up by receipt and query code).',
  fields: (t) => ({
    receiptCode: t.exposeString('receiptCode', { description: '回执编号。/ Receipt code.' }),
    status: t.field({ type: CaseStatusEnum, description: '办理状态。/ Status.', resolve: (v) => v.status }),
    statusLabel: t.field({ type: LabelType, description: '办理状态名称。/ Name of the status.', resolve: (v) => caseStatusLabels[v.status] }),
    receivedOn: t.field({ type: 'Date', description: '收到申请日期。/ Date received.', resolve: (v) => v.receivedOn }),
    dueOn: t.field({ type: 'Date', nullable: true, description: '答复期限；补正或征求第三方意见期间暂停计时，为 null。/ Reply due; null while the clock is paused (correction, third-party consultation).', resolve: (v) => v.dueOn }),
    isPaused: t.exposeBoolean('isPaused', { description: '是否暂停计时。/ Whether the clock is paused.' }),
    extended: t.exposeBoolean('extended', { description: '是否已延长答复期限。/ Whether the reply deadline was extended.' }),
    timeline: t.field({ type: [TimelineEntryType], description: '办理过程（由早到晚）。/ The steps, oldest first.', resolve: (v) => v.timeline }),
    decision: t.field({
      type: LabelType,
      nullable: true,
      description: '答复结果（送达答复后才显示）。/ The decision, once the reply has been sent.',
      resolve: (v) => (v.decision ? publicDecisionLabel(v.decision) : null),
    }),
  }),
});

const FeedbackProgressType = builder.objectRef<FeedbackView>('FeedbackProgress').implement({
  description: '评议、举报或纠错的处理情况。/ Where an appraisal, complaint or correction request stands.',
  fields: (t) => ({
    receiptCode: t.exposeString('receiptCode', { description: '回执编号。/ Receipt code.' }),
    kind: t.field({ type: FeedbackKindEnum, description: '类型。/ Kind.', resolve: (v) => v.kind }),
    kindLabel: t.field({ type: LabelType, description: '类型名称。/ Name of the kind.', resolve: (v) => feedbackKindLabels[v.kind] }),
    status: t.field({ type: FeedbackStatusEnum, description: '处理状态。/ Status.', resolve: (v) => v.status }),
    statusLabel: t.field({ type: LabelType, description: '处理状态名称。/ Name of the status.', resolve: (v) => feedbackStatusLabels[v.status] }),
    receivedOn: t.field({ type: 'Date', description: '收到日期。/ Date received.', resolve: (v) => v.receivedOn }),
    repliedOn: t.field({ type: 'Date', nullable: true, description: '答复日期（答复或作出不予受理决定的日期）。/ Date replied (or of the decision not to accept).', resolve: (v) => v.repliedOn }),
    reply: t.string({
      nullable: true,
      description: '答复内容，或不予受理的理由（答复后才显示；不含内部办理说明）。/ The reply, or the reason for not accepting (once given; never the office’s internal notes).',
      resolve: (v) => v.reply,
    }),
  }),
});

const codeArgs = (t: Parameters<Parameters<typeof builder.queryField>[1]>[0]) => ({
  receiptCode: t.arg.string({ required: true, description: '回执编号（不区分大小写，短横线与空格可省略）。/ Receipt code (any case; dashes and spaces optional).' }),
  queryCode: t.arg.string({ required: true, description: '查询码。/ Query code.' }),
  language: t.arg({ type: LanguageEnum, required: false, description: '错误信息的语言。/ Language of messages.' }),
});

builder.queryField('applicationStatus', (t) =>
  t.field({
    type: ApplicationProgressType,
    nullable: true,
    description: '凭回执编号与查询码查询申请办理情况（仅限 POST）；不匹配时为 null。/ An application’s progress by receipt and query code (POST only); null when the pair matches nothing.',
    args: codeArgs(t),
    resolve: async (_, args, ctx) => {
      const language = languageOf(ctx.request, args.language);
      await ctx.intake.limit(language);
      const outcome = await lookUpApplication({ payload: ctx.payload, receiptCode: args.receiptCode, queryCode: args.queryCode, language });
      if (!outcome.ok) throw refusedInput(outcome, 'INVALID_INPUT');
      return outcome.view;
    },
  }),
);

builder.queryField('feedbackStatus', (t) =>
  t.field({
    type: FeedbackProgressType,
    nullable: true,
    description: '凭回执编号与查询码查询评议、举报、纠错的处理情况（仅限 POST）；不匹配时为 null。/ Progress of an appraisal, complaint or correction by receipt and query code (POST only); null when the pair matches nothing.',
    args: codeArgs(t),
    resolve: async (_, args, ctx) => {
      const language = languageOf(ctx.request, args.language);
      await ctx.intake.limit(language);
      const outcome = await lookUpFeedback({ payload: ctx.payload, receiptCode: args.receiptCode, queryCode: args.queryCode, language });
      if (!outcome.ok) throw refusedInput(outcome, 'INVALID_INPUT');
      return outcome.view;
    },
  }),
);
