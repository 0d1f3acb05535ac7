import type { Role } from '../roles';
import type { LabelMap } from './caseModel';
import { caseHandlerRoles } from './lifecycle';

/**
 * The handling of an appraisal, complaint or correction request (评议、举报、纠错) as data, in the
 * style of the application lifecycle (lifecycle.ts) but simpler: no statutory clock, no
 * decision codes. The disclosure office (`caseHandlerRoles`) takes every action; the submitter
 * only files; the system files imports and may close what was answered.
 *
 * ```
 *  receive ─▶ received ─take─▶ handling ─reply─▶ replied ─close─▶ closed
 *                │  └──────────────┬──reply──────▶ ▲  │
 *                │                 └─notAccept─▶ notAccepted
 *                └──notAccept──────────────────────▶ ▲
 *  reopen: replied, notAccepted ─▶ handling (a reason; the answer in force is withdrawn)
 *  note: received, handling ─▶ same (an internal note for the file, never shown to the public)
 * ```
 *
 * 不予受理 (notAccepted) is the answer to what the office does not handle as feedback — a
 * petition or a matter for another body, a repeat of one already answered, an anonymous complaint
 * without facts to check: the reason is the answer the submitter reads. 办结 (closed) files an
 * answered item; after it nothing changes. An answer sent by mistake is taken back with reopen,
 * which the log keeps with its reason.
 */
export const feedbackStatuses = ['received', 'handling', 'replied', 'notAccepted', 'closed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
export const feedbackStatusLabels: LabelMap<FeedbackStatus> = {
  received: { zh: '已收到', en: 'Received' },
  handling: { zh: '处理中', en: 'Being handled' },
  replied: { zh: '已答复', en: 'Replied' },
  notAccepted: { zh: '不予受理', en: 'Not accepted' },
  closed: { zh: '已办结', en: 'Closed' },
};
/** Statuses that still owe the submitter an answer: the office's queue. */
export const openFeedbackStatuses: readonly FeedbackStatus[] = ['received', 'handling'];
/** Statuses in which an answer (a reply, or the reason for not accepting) is in force. */
export const answeredFeedbackStatuses: readonly FeedbackStatus[] = ['replied', 'notAccepted', 'closed'];

export const feedbackActions = ['receive', 'take', 'note', 'reply', 'notAccept', 'reopen', 'close'] as const;
export type FeedbackAction = (typeof feedbackActions)[number];
export const feedbackActionLabels: LabelMap<FeedbackAction> = {
  receive: { zh: '登记收到', en: 'Register' },
  take: { zh: '开始处理', en: 'Start handling' },
  note: { zh: '记录办理情况', en: 'Add a note' },
  reply: { zh: '答复', en: 'Reply' },
  notAccept: { zh: '不予受理', en: 'Do not accept' },
  reopen: { zh: '重新处理', en: 'Reopen' },
  close: { zh: '办结', en: 'Close' },
};

/** Who may act: a CMS role, the member of the public who filed it, or the system. */
export type FeedbackParty = Role | 'submitter' | 'system';
export const feedbackPartyLabels: LabelMap<FeedbackParty> = {
  admin: { zh: '管理员', en: 'administrators' },
  reviewer: { zh: '信息公开办公室审核员', en: 'disclosure-office reviewers' },
  editor: { zh: '部门信息员', en: 'department editors' },
  supervisor: { zh: '监督员', en: 'supervisors' },
  submitter: { zh: '提交人', en: 'the submitter' },
  system: { zh: '系统', en: 'the system' },
};

export type FeedbackTransition = { action: FeedbackAction; from: FeedbackStatus | null; to: FeedbackStatus; by: readonly FeedbackParty[] };

const office = caseHandlerRoles;
const open = openFeedbackStatuses;

export const feedbackTransitions: readonly FeedbackTransition[] = [
  // The public files on the site; staff register a letter or a call; imports are the system's.
  { action: 'receive', from: null, to: 'received', by: [...office, 'submitter', 'system'] },
  { action: 'take', from: 'received', to: 'handling', by: office },
  ...open.map((from): FeedbackTransition => ({ action: 'note', from, to: from, by: office })),
  // A short appraisal may be answered at once, without a handling step.
  ...open.map((from): FeedbackTransition => ({ action: 'reply', from, to: 'replied', by: office })),
  ...open.map((from): FeedbackTransition => ({ action: 'notAccept', from, to: 'notAccepted', by: office })),
  { action: 'reopen', from: 'replied', to: 'handling', by: office },
  { action: 'reopen', from: 'notAccepted', to: 'handling', by: office },
  { action: 'close', from: 'replied', to: 'closed', by: [...office, 'system'] },
];

export const feedbackTransitionsFrom = (status: FeedbackStatus | null): FeedbackTransition[] => feedbackTransitions.filter((transition) => transition.from === status);
