import { publishingRoles } from '../actor';
import type { Role } from '../roles';
import type { LabelMap } from './caseModel';

/**
 * The life of an application (依申请公开办理流程) as data. Statuses are where a case waits;
 * actions move it. Each row of the table says from which status an action may be taken, where
 * it leads and who may take it; what an action requires (a reason, a decision, a date) is
 * checked by `checkCaseAction`, and every action is logged as one event.
 *
 * ```
 *  receive ─▶ received ─accept─▶ accepted ─decide─▶ decided ─reply─▶ replied ─close─▶ closed
 *                │                 │  ▲ ▲   (decide again before the reply)
 *                │ requestCorrection │  │ └─endConsultation── consulting ◀─consult─┘
 *                └─────────▶ correctionRequested ─amend─┘
 *                                  └─lapse (补正期满)─▶ withdrawn ◀─withdraw─ (any open status)
 *  extend: once, in accepted or consulting; the status stays.
 * ```
 *
 * Who acts: applications are handled by the disclosure office (信息公开办公室): its reviewers
 * and the administrators (`publishingRoles`, the same people who perform the confidentiality
 * review). An extension needs the approval of the office's head (经负责人同意), which this
 * platform gives to administrators only. Department editors and supervisors take no action (the
 * office asks departments for the information outside the case; supervisors only read).
 * 'applicant' is the member of the public who filed the case, acting on the public site after
 * proving the private query code (the caller checks the code); 'system' is a scheduled job or an
 * import.
 */
export const caseStatuses = ['received', 'accepted', 'correctionRequested', 'consulting', 'decided', 'replied', 'closed', 'withdrawn'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusLabels: LabelMap<CaseStatus> = {
  received: { zh: '已收到（待受理）', en: 'Received' },
  accepted: { zh: '办理中', en: 'In progress' },
  correctionRequested: { zh: '待补正', en: 'Awaiting correction' },
  consulting: { zh: '征求第三方意见中', en: 'Consulting a third party' },
  decided: { zh: '已作出决定（待答复）', en: 'Decided (reply not yet sent)' },
  replied: { zh: '已答复', en: 'Replied' },
  closed: { zh: '已办结', en: 'Closed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
/** Statuses in which the statutory clock runs (or is paused): the case still owes a reply. */
export const openCaseStatuses: readonly CaseStatus[] = ['received', 'accepted', 'correctionRequested', 'consulting', 'decided'];

export const caseActions = [
  'receive', 'accept', 'requestCorrection', 'amend', 'lapse', 'extend', 'consult', 'endConsultation', 'decide', 'reply', 'close', 'withdraw',
] as const;
export type CaseAction = (typeof caseActions)[number];
export const caseActionLabels: LabelMap<CaseAction> = {
  receive: { zh: '登记收到申请', en: 'Register the application' },
  accept: { zh: '受理', en: 'Accept' },
  requestCorrection: { zh: '告知补正', en: 'Ask for a correction' },
  amend: { zh: '收到补正', en: 'Record the correction' },
  lapse: { zh: '逾期未补正，视为撤回', en: 'Close as not corrected in time' },
  extend: { zh: '延长答复期限', en: 'Extend the reply deadline' },
  consult: { zh: '征求第三方意见', en: 'Consult a third party' },
  endConsultation: { zh: '结束征求意见', en: 'End the consultation' },
  decide: { zh: '作出答复决定', en: 'Record the decision' },
  reply: { zh: '送达答复', en: 'Send the reply' },
  close: { zh: '办结归档', en: 'Close and file' },
  withdraw: { zh: '申请人撤回申请', en: 'Record the applicant’s withdrawal' },
};

/** Who may act: a CMS role, the applicant on the public site, or the system. */
export type CaseParty = Role | 'applicant' | 'system';
export const casePartyLabels: LabelMap<CaseParty> = {
  admin: { zh: '管理员', en: 'administrators' },
  reviewer: { zh: '信息公开办公室审核员', en: 'disclosure-office reviewers' },
  editor: { zh: '部门信息员', en: 'department editors' },
  supervisor: { zh: '监督员', en: 'supervisors' },
  applicant: { zh: '申请人', en: 'the applicant' },
  system: { zh: '系统', en: 'the system' },
};

/** The disclosure office: reviewers and administrators. */
export const caseHandlerRoles: readonly Role[] = publishingRoles;

export type CaseTransition = { action: CaseAction; from: CaseStatus | null; to: CaseStatus; by: readonly CaseParty[] };

const handlers = caseHandlerRoles;
const open = openCaseStatuses;

export const caseTransitions: readonly CaseTransition[] = [
  // Online applications register themselves; staff register letters, e-mails and visits.
  { action: 'receive', from: null, to: 'received', by: [...handlers, 'applicant', 'system'] },
  { action: 'accept', from: 'received', to: 'accepted', by: handlers },
  // 补正 is asked once (一次性告知), before or after acceptance.
  { action: 'requestCorrection', from: 'received', to: 'correctionRequested', by: handlers },
  { action: 'requestCorrection', from: 'accepted', to: 'correctionRequested', by: handlers },
  // The applicant amends online; staff record an amendment that came by letter or in person.
  { action: 'amend', from: 'correctionRequested', to: 'accepted', by: [...handlers, 'applicant'] },
  // Closing an uncorrected case is the scheduled job's, or staff's when they notice first.
  { action: 'lapse', from: 'correctionRequested', to: 'withdrawn', by: [...handlers, 'system'] },
  { action: 'extend', from: 'accepted', to: 'accepted', by: ['admin'] },
  { action: 'extend', from: 'consulting', to: 'consulting', by: ['admin'] },
  { action: 'consult', from: 'accepted', to: 'consulting', by: handlers },
  { action: 'endConsultation', from: 'consulting', to: 'accepted', by: handlers },
  // A decision may be taken while still consulting (the third party's time is up, or its view is
  // not needed after all), and changed until the reply goes out.
  { action: 'decide', from: 'accepted', to: 'decided', by: handlers },
  { action: 'decide', from: 'consulting', to: 'decided', by: handlers },
  { action: 'decide', from: 'decided', to: 'decided', by: handlers },
  { action: 'reply', from: 'decided', to: 'replied', by: handlers },
  { action: 'close', from: 'replied', to: 'closed', by: [...handlers, 'system'] },
  // Withdrawal ends any case that has not been answered; staff record a written withdrawal.
  ...open.map((from): CaseTransition => ({ action: 'withdraw', from, to: 'withdrawn', by: [...handlers, 'applicant'] })),
];

/** The transitions available from a status (null: a case not yet registered). */
export const caseTransitionsFrom = (status: CaseStatus | null): CaseTransition[] => caseTransitions.filter((transition) => transition.from === status);
