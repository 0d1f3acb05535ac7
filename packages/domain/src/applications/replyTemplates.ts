import type { LabelMap } from './caseModel';
import type { DecisionCode, MoeOutcome } from './outcomes';

/**
 * The written reply (答复书 / 告知书) to an application: the default wording of each part, which
 * administrators may edit (site settings), and the legal basis each decision rests on.
 *
 * There is one letter per Ministry outcome (29号令 第十七条): the outcome says what the letter
 * must tell the applicant — how to obtain the information (公开), the reasons (不予公开), who
 * holds it or that it does not exist, and so on. The finer decision (the government table's row)
 * fills in the wording through placeholders: `{{办理结果}}` and `{{法律依据}}`.
 */

/**
 * Placeholders a template may use, written `{{name}}`: the English key or the Chinese name, as
 * the writer prefers (`{{caseNo}}` and `{{受理编号}}` are the same). Values are inserted as text.
 */
export const replyPlaceholders = [
  'institutionName',
  'officeName',
  'officeContact',
  'caseNo',
  'applicantName',
  'receivedOn',
  'decidedOn',
  'informationRequested',
  'decision',
  'outcome',
  'legalBasis',
  'note',
  'fee',
] as const;
export type ReplyPlaceholder = (typeof replyPlaceholders)[number];
/** The Chinese name of each placeholder (`zh`, also accepted in templates) and what it stands for in English. */
export const replyPlaceholderLabels: LabelMap<ReplyPlaceholder> = {
  institutionName: { zh: '学校名称', en: 'Institution name' },
  officeName: { zh: '信息公开工作机构', en: 'Disclosure office' },
  officeContact: { zh: '联系方式', en: 'Office contact details' },
  caseNo: { zh: '受理编号', en: 'Case number' },
  applicantName: { zh: '申请人', en: 'Applicant name' },
  receivedOn: { zh: '收到申请日期', en: 'Date received' },
  decidedOn: { zh: '决定日期', en: 'Date decided' },
  informationRequested: { zh: '所需信息', en: 'Information requested' },
  decision: { zh: '办理结果', en: 'Decision (row of the government table)' },
  outcome: { zh: '答复类型', en: 'Outcome (Ministry of Education)' },
  legalBasis: { zh: '法律依据', en: 'Legal basis' },
  note: { zh: '办理说明', en: 'Note of the decision (how to obtain / reasons)' },
  fee: { zh: '收费情况', en: 'Fee' },
};

/** The parts of the letter that are templates: three shared ones and, per outcome, title and body. */
export type OutcomeTemplate = { title: string; body: string };
export type ReplyTemplates = {
  /** The line above the title (红头). */
  letterhead: string;
  /** The signature and date block, one line each (落款). */
  signature: string;
  /** How to seek administrative reconsideration or sue, and the closing. */
  remedies: string;
  outcomes: Record<MoeOutcome, OutcomeTemplate>;
};
export type SharedTemplatePart = 'letterhead' | 'signature' | 'remedies';
export const sharedTemplateParts: readonly SharedTemplatePart[] = ['letterhead', 'signature', 'remedies'];
export const sharedTemplatePartLabels: LabelMap<SharedTemplatePart> = {
  letterhead: { zh: '文头（学校名称行）', en: 'Letterhead' },
  signature: { zh: '落款（每行一项）', en: 'Signature and date (one line each)' },
  remedies: { zh: '救济途径及结束语', en: 'Remedies (reconsideration, lawsuit) and closing' },
};
export const outcomeTemplatePartLabels: LabelMap<keyof OutcomeTemplate> = {
  title: { zh: '标题', en: 'Title' },
  body: { zh: '正文（每行一段）', en: 'Body (one paragraph a line)' },
};

const opening = '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。';

export const defaultReplyTemplates: ReplyTemplates = {
  letterhead: '{{学校名称}}',
  signature: '{{信息公开工作机构}}\n{{决定日期}}',
  remedies: [
    '如对本答复不服，您可以自知道本答复之日起六十日内依法申请行政复议，或者自知道本答复之日起六个月内依法向人民法院提起行政诉讼。您认为本校未按规定履行信息公开义务的，也可以向本校信息公开工作机构投诉、举报；对处理结果不满意的，可以向省级教育行政部门投诉、举报。',
    '联系方式：{{联系方式}}',
    '特此告知。',
  ].join('\n'),
  outcomes: {
    disclosed: {
      title: '信息公开申请答复书',
      body: [opening, '经审查，您申请获取的信息属于公开范围。根据{{法律依据}}，本校决定予以公开。', '获取信息的方式和途径：{{办理说明}}', '{{收费情况}}'].join('\n'),
    },
    partlyDisclosed: {
      title: '信息公开申请答复书',
      body: [
        opening,
        '经审查，您申请获取的信息中含有不应当公开的内容，但能够作区分处理。根据{{法律依据}}，本校决定对可以公开的部分予以公开，对不予公开的部分说明理由。',
        '获取信息的方式和途径及不予公开部分的理由：{{办理说明}}',
        '{{收费情况}}',
      ].join('\n'),
    },
    withheld: {
      title: '信息公开申请不予公开告知书',
      body: [opening, '经审查，您申请获取的信息属于不予公开的情形（{{办理结果}}）。根据{{法律依据}}，本校决定不予公开。', '理由：{{办理说明}}'].join('\n'),
    },
    notHeld: {
      title: '信息公开申请告知书',
      body: [opening, '经查，{{办理结果}}。根据{{法律依据}}，现告知如下：', '{{办理说明}}'].join('\n'),
    },
    unclear: {
      title: '信息公开申请告知书',
      body: [opening, '本校已告知您对申请内容作出补正。经审查，补正后的申请内容仍不明确，本校无法确定您所需的信息。根据{{法律依据}}，本校对该申请不再处理。', '说明：{{办理说明}}', '您可以在明确所需信息后重新提出申请。'].join('\n'),
    },
    repeated: {
      title: '信息公开申请告知书',
      body: [opening, '经查，您的申请属于{{办理结果}}的情形，本校已就同一信息作出答复且该信息未发生变化。根据{{法律依据}}，本校不再重复处理。', '说明：{{办理说明}}'].join('\n'),
    },
    other: {
      title: '信息公开申请告知书',
      body: [opening, '经审查，您的申请属于以下情形：{{办理结果}}。根据{{法律依据}}，本校作出如下处理：', '{{办理说明}}'].join('\n'),
    },
  },
};

const rules = '《高等学校信息公开办法》';
const regulations = '《中华人民共和国政府信息公开条例》';

/**
 * The legal basis of each decision, as `{{法律依据}}` cites it: the Ministry's rules for
 * institutions (教育部令第29号) first, and the State Council's regulations where the rules do not
 * name the ground (universities apply them by reference, 条例 第五十五条).
 */
export const decisionLegalBasis: Record<DecisionCode, string> = {
  disclosed: `${rules}第十七条第（一）项`,
  partlyDisclosed: `${rules}第十七条第（四）项`,
  'withheld.stateSecret': `${rules}第十条第（一）项、${regulations}第十四条`,
  'withheld.prohibitedByLaw': `${rules}第十条第（四）项、${regulations}第十四条`,
  'withheld.safetyAndStability': `${regulations}第十四条`,
  'withheld.thirdPartyRights': `${rules}第十条第（二）项和第（三）项、${regulations}第十五条`,
  'withheld.internalAffairs': `${regulations}第十六条第一款`,
  'withheld.processInformation': `${regulations}第十六条第二款`,
  'withheld.enforcementFile': `${regulations}第十六条第二款`,
  'withheld.administrativeQuery': `${regulations}第三十六条第（七）项`,
  'unableToProvide.notHeld': `${rules}第十七条第（三）项`,
  'unableToProvide.needsCompiling': `${regulations}第三十八条`,
  'unableToProvide.stillUnclear': `${rules}第十七条第（五）项、${regulations}第三十条`,
  'notProcessed.petition': `${regulations}第三十九条第一款`,
  'notProcessed.repeated': `${rules}第十七条第（六）项、${regulations}第三十六条第（六）项`,
  'notProcessed.publication': `${regulations}第三十九条第二款`,
  'notProcessed.excessive': `${regulations}第三十五条`,
  'notProcessed.confirmation': `${rules}第十七条第（七）项`,
  'other.noCorrection': `${rules}第十七条第（五）项、${regulations}第三十条`,
  'other.feeUnpaid': `${regulations}第四十二条`,
  'other.other': `${rules}第十七条第（七）项`,
};
