import type { LabelMap } from './caseModel';

/**
 * What became of an application. A decision is recorded as ONE row code of the government
 * report's application table (国办公开办函〔2021〕30号, 三、本年度办理结果), the finest
 * classification there is; the outcome of the Ministry's format (《高等学校信息公开办法》,
 * 教育部令第29号, 第十七条) is derived from it by `moeOutcomeOf`. Every concluded case thus counts
 * exactly once in both reports, and the two always add up to the same total.
 *
 * The labels read 政府信息 as 学校信息 and 本机关 / 行政机关 as 本校 / 学校; `row` is the row of
 * the official table, for reproducing it.
 */

/** The six groups of 三、本年度办理结果, rows (一) to (六). */
export const decisionGroups = ['disclosed', 'partlyDisclosed', 'withheld', 'unableToProvide', 'notProcessed', 'other'] as const;
export type DecisionGroup = (typeof decisionGroups)[number];
export const decisionGroupLabels: LabelMap<DecisionGroup> = {
  disclosed: { zh: '予以公开', en: 'Disclosed' },
  partlyDisclosed: { zh: '部分公开', en: 'Partly disclosed' },
  withheld: { zh: '不予公开', en: 'Withheld' },
  unableToProvide: { zh: '无法提供', en: 'Unable to provide' },
  notProcessed: { zh: '不予处理', en: 'Not processed' },
  other: { zh: '其他处理', en: 'Other handling' },
};

/** The Ministry's outcomes (29号令 第十七条, plus 其他 for what the article does not name). */
export const moeOutcomes = ['disclosed', 'partlyDisclosed', 'withheld', 'notHeld', 'unclear', 'repeated', 'other'] as const;
export type MoeOutcome = (typeof moeOutcomes)[number];
export const moeOutcomeLabels: LabelMap<MoeOutcome> = {
  disclosed: { zh: '予以公开', en: 'Disclosed' },
  partlyDisclosed: { zh: '部分公开', en: 'Partly disclosed' },
  withheld: { zh: '不予公开', en: 'Withheld' },
  notHeld: { zh: '不属于本校职责范围或信息不存在', en: 'Not the institution’s responsibility, or the information does not exist' },
  // 补正 itself is a step of the lifecycle (correctionRequested), not an outcome: this outcome
  // counts the cases that ENDED because the request stayed unclear (仍不明确, or 逾期不补正).
  unclear: { zh: '申请内容不明确（经告知补正仍不明确或逾期未补正）', en: 'Request unclear (still unclear after correction, or not corrected in time)' },
  repeated: { zh: '重复申请', en: 'Repeated application' },
  other: { zh: '其他', en: 'Other' },
};

type DecisionSpec = { group: DecisionGroup; row: string; moe: MoeOutcome; zh: string; en: string };

/** The rows, in the table's order; the key is the stored decision code. */
const decisionSpecs = {
  disclosed: { group: 'disclosed', row: '三(一)', moe: 'disclosed', zh: '予以公开', en: 'Disclosed' },
  // The table notes: 区分处理的，只计这一情形，不计其他情形 — a severed reply counts here only,
  // which one code per case guarantees.
  partlyDisclosed: { group: 'partlyDisclosed', row: '三(二)', moe: 'partlyDisclosed', zh: '部分公开', en: 'Partly disclosed' },
  'withheld.stateSecret': { group: 'withheld', row: '三(三)1', moe: 'withheld', zh: '属于国家秘密', en: 'State secret' },
  'withheld.prohibitedByLaw': { group: 'withheld', row: '三(三)2', moe: 'withheld', zh: '其他法律行政法规禁止公开', en: 'Disclosure prohibited by other laws or regulations' },
  'withheld.safetyAndStability': { group: 'withheld', row: '三(三)3', moe: 'withheld', zh: '危及“三安全一稳定”', en: 'Would endanger national, public, economic security or social stability' },
  'withheld.thirdPartyRights': { group: 'withheld', row: '三(三)4', moe: 'withheld', zh: '保护第三方合法权益', en: 'Protects a third party’s lawful rights' },
  'withheld.internalAffairs': { group: 'withheld', row: '三(三)5', moe: 'withheld', zh: '属于三类内部事务信息', en: 'Internal affairs information' },
  'withheld.processInformation': { group: 'withheld', row: '三(三)6', moe: 'withheld', zh: '属于四类过程性信息', en: 'Process (deliberative) information' },
  'withheld.enforcementFile': { group: 'withheld', row: '三(三)7', moe: 'withheld', zh: '属于行政执法案卷', en: 'Law-enforcement case file' },
  'withheld.administrativeQuery': { group: 'withheld', row: '三(三)8', moe: 'withheld', zh: '属于行政查询事项', en: 'Matter for an administrative query procedure' },
  'unableToProvide.notHeld': { group: 'unableToProvide', row: '三(四)1', moe: 'notHeld', zh: '本校不掌握相关信息', en: 'The institution does not hold the information' },
  // Information that would have to be newly compiled does not exist as asked for: 信息不存在.
  'unableToProvide.needsCompiling': { group: 'unableToProvide', row: '三(四)2', moe: 'notHeld', zh: '没有现成信息需要另行制作', en: 'No existing information; it would have to be compiled' },
  'unableToProvide.stillUnclear': { group: 'unableToProvide', row: '三(四)3', moe: 'unclear', zh: '补正后申请内容仍不明确', en: 'Still unclear after correction' },
  // Petitions and complaints go to their own procedures (信访, 举报): 其他 for the Ministry.
  'notProcessed.petition': { group: 'notProcessed', row: '三(五)1', moe: 'other', zh: '信访举报投诉类申请', en: 'Petition, report or complaint' },
  'notProcessed.repeated': { group: 'notProcessed', row: '三(五)2', moe: 'repeated', zh: '重复申请', en: 'Repeated application' },
  'notProcessed.publication': { group: 'notProcessed', row: '三(五)3', moe: 'other', zh: '要求提供公开出版物', en: 'Asks for a published work' },
  // Mass repeated applications are repeated applications in the sense of 第十七条(六).
  'notProcessed.excessive': { group: 'notProcessed', row: '三(五)4', moe: 'repeated', zh: '无正当理由大量反复申请', en: 'Many repeated applications without good reason' },
  'notProcessed.confirmation': { group: 'notProcessed', row: '三(五)5', moe: 'other', zh: '要求学校确认或重新出具已获取信息', en: 'Asks the institution to confirm or reissue information already obtained' },
  'other.noCorrection': {
    group: 'other', row: '三(六)1', moe: 'unclear',
    zh: '申请人无正当理由逾期不补正、学校不再处理其信息公开申请', en: 'Not corrected in time without good reason; no longer processed',
  },
  'other.feeUnpaid': {
    group: 'other', row: '三(六)2', moe: 'other',
    zh: '申请人逾期未按收费通知要求缴纳费用、学校不再处理其信息公开申请', en: 'Fee not paid as notified; no longer processed',
  },
  // Also where a withdrawal by the applicant is counted (see lifecycle.ts).
  'other.other': { group: 'other', row: '三(六)3', moe: 'other', zh: '其他', en: 'Other' },
} as const satisfies Record<string, DecisionSpec>;

export type DecisionCode = keyof typeof decisionSpecs;
export const decisionCodes = Object.keys(decisionSpecs) as DecisionCode[];
export const decisionLabels: LabelMap<DecisionCode> = Object.fromEntries(
  decisionCodes.map((code) => [code, { zh: decisionSpecs[code].zh, en: decisionSpecs[code].en }]),
) as LabelMap<DecisionCode>;

export const isDecisionCode = (value: unknown): value is DecisionCode => typeof value === 'string' && Object.hasOwn(decisionSpecs, value);
export const decisionGroupOf = (code: DecisionCode): DecisionGroup => decisionSpecs[code].group;
/** The row of the official table, e.g. '三(三)1'. */
export const decisionRowOf = (code: DecisionCode): string => decisionSpecs[code].row;
/** The mapping table government row → Ministry outcome. */
export const moeOutcomeOf = (code: DecisionCode): MoeOutcome => decisionSpecs[code].moe;

/** The reply to these must say how to obtain the information; to all others, the reason and its basis. */
export const isDisclosing = (code: DecisionCode): boolean => code === 'disclosed' || code === 'partlyDisclosed';
