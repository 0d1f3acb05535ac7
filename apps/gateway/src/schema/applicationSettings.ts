import { loadCaseSettings, type CaseSettings } from '@xxgk/cms/applications';
import { builder } from '../builder';

/**
 * What a member of the public needs to know before applying (依申请公开): the institution's time
 * limits and rules as set in the CMS (site settings: `deadlines.replyWithin`, `deadlines.extension`
 * and the `applications` group). Read with the CMS's own mapping (`loadCaseSettings`, the one the
 * case hooks use, defaults included), so the site's guide states exactly what the clock applies.
 * Only the citizen's figures are exposed: not the office's reminder threshold (`dueSoonDays`) nor
 * anything else of the settings. Cached like every answer: a change of the site settings moves the
 * data version, which retires it at once.
 */
type PublicApplicationSettings = Pick<CaseSettings, 'replyWithin' | 'extensionDays' | 'correctionWithin' | 'consultationLimit' | 'idDocumentRequired' | 'retentionYears'>;

const ApplicationSettingsType = builder.objectRef<PublicApplicationSettings>('ApplicationSettings').implement({
  description: '本校依申请公开的办理规则（学校在管理后台设置；期限均按工作日计，依学校工作日历）。/ The institution’s rules for applications for disclosure, as set in the CMS (time limits in working days, by the institution’s calendar).',
  fields: (t) => ({
    replyWithin: t.int({
      description: '答复期限：自收到申请的次个工作日起算的工作日数。/ Reply limit: working days, counted from the working day after receipt.',
      resolve: (s) => s.replyWithin,
    }),
    extensionDays: t.int({
      description: '经负责人同意可延长答复期限一次，最长的工作日数（0 表示不延长）。/ The one extension of the reply limit, at most this many working days (0: none).',
      resolve: (s) => s.extensionDays,
    }),
    correctionWithin: t.int({
      description: '补正期限：申请人收到补正通知后补正的工作日数，逾期未补正视为撤回申请。/ Working days the applicant has to correct an unclear application; after them it is treated as withdrawn.',
      resolve: (s) => s.correctionWithin,
    }),
    consultationLimit: t.int({
      description: '征求第三方意见不计入答复期限的最长工作日数。/ Longest time, in working days, a third-party consultation pauses the reply limit.',
      resolve: (s) => s.consultationLimit,
    }),
    idDocumentRequired: t.boolean({
      description: '在线申请是否须填写身份证件类型与号码。/ Whether an online application must give an identity document.',
      resolve: (s) => s.idDocumentRequired,
    }),
    retentionYears: t.int({
      description: '申请人个人信息在申请办结或撤回后保存的年数，期满删除。/ Years applicants’ personal data is kept after their case closes or is withdrawn; then it is erased.',
      resolve: (s) => s.retentionYears,
    }),
  }),
});

builder.queryFields((t) => ({
  applicationSettings: t.field({
    type: ApplicationSettingsType,
    description: '依申请公开的答复期限、延期、补正与征求意见期限、是否须填证件及个人信息保存年限。/ Applications: reply limit, extension, correction and consultation limits, whether an identity document is required, and how long personal data is kept.',
    resolve: async (_, __, ctx) => {
      // The global is public (read: anyone); only the fields above leave the gateway.
      const { replyWithin, extensionDays, correctionWithin, consultationLimit, idDocumentRequired, retentionYears } = await loadCaseSettings(ctx.payload);
      return { replyWithin, extensionDays, correctionWithin, consultationLimit, idDocumentRequired, retentionYears };
    },
  }),
}));
