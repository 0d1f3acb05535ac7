import { publishingRoles } from '../actor';
import type { Refusal } from '../refusal';
import type { Role } from '../roles';

/**
 * The life of an annual report (年度报告) as data:
 *
 * ```
 *  draft ─submit─▶ inReview ─publish─▶ published ─correct─▶ (a new draft version of the same period)
 *    ▲                │
 *    └────return──────┘
 * ```
 *
 * The disclosure office writes the report: its reviewers and the administrators draft, submit
 * and start corrections. Publishing, which freezes the report's text and figures into a snapshot,
 * is the office head's act (负责人审定): administrators only, and never the person who submitted it
 * unless they are the only administrator (the CMS decides that; here `isSubmitter` says so).
 * A correction (更正) is a new version: the published one stays published and listed until the
 * correction is published, then is marked superseded and still served.
 */
export const reportStatuses = ['draft', 'inReview', 'published', 'superseded'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusLabels: Record<ReportStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  inReview: { zh: '待审定', en: 'In review' },
  published: { zh: '已发布', en: 'Published' },
  superseded: { zh: '已更正（旧版本）', en: 'Superseded by a correction' },
};

export const reportActions = ['submit', 'return', 'publish', 'correct'] as const;
export type ReportAction = (typeof reportActions)[number];
export const reportActionLabels: Record<ReportAction, { zh: string; en: string }> = {
  submit: { zh: '提交审定', en: 'Submit for approval' },
  return: { zh: '退回修改', en: 'Return for changes' },
  publish: { zh: '审定并发布', en: 'Approve and publish' },
  correct: { zh: '发布更正版本', en: 'Start a correction' },
};

type Transition = { from: ReportStatus; to: ReportStatus; by: readonly Role[]; needsComment: boolean };
export const reportTransitions: Record<ReportAction, Transition> = {
  submit: { from: 'draft', to: 'inReview', by: publishingRoles, needsComment: false },
  return: { from: 'inReview', to: 'draft', by: ['admin'], needsComment: true },
  publish: { from: 'inReview', to: 'published', by: ['admin'], needsComment: false },
  // The published version keeps its status; the action creates a new draft version.
  correct: { from: 'published', to: 'draft', by: publishingRoles, needsComment: true },
};

/**
 * Whether `role` may take `action` on a report in `status`; a refusal names why. A correction
 * needs its reason (shown as "本报告于…更正：…"); a return needs a comment for the writer.
 */
export const checkReportAction = ({
  action,
  status,
  role,
  comment,
  isSubmitter = false,
}: {
  action: ReportAction;
  status: ReportStatus;
  role: Role;
  comment?: string | null;
  /** The actor submitted this version and another administrator could approve it instead. */
  isSubmitter?: boolean;
}): Refusal | null => {
  const transition = reportTransitions[action];
  if (status !== transition.from) return { key: 'reportActionNotNow', path: 'status', params: { action: reportActionLabels[action], status: reportStatusLabels[status] } };
  if (!transition.by.includes(role)) return { key: 'reportActionNotAllowed', params: { action: reportActionLabels[action] } };
  if (action === 'publish' && isSubmitter) return { key: 'reportPublisherIsSubmitter' };
  if (transition.needsComment && !comment?.trim()) return { key: 'reportCommentRequired', path: 'comment', params: { action: reportActionLabels[action] } };
  return null;
};

/**
 * Previewing (预览) computes the figures as they are now and keeps them as the ones the office
 * checked: the office may do it while the report is written or in review, never once published
 * (a published report's figures are its snapshot).
 */
export const mayPreviewReport = (status: ReportStatus, role: Role): boolean => (status === 'draft' || status === 'inReview') && publishingRoles.includes(role);

/**
 * One step of a report's log (审定记录), oldest first: the actions above, a preview, and on a
 * published version the correction that replaced it (`superseded`).
 */
export const reportLogActions = ['create', 'preview', ...reportActions, 'superseded'] as const;
export type ReportLogAction = (typeof reportLogActions)[number];
export const reportLogLabels: Record<ReportLogAction, { zh: string; en: string }> = {
  create: { zh: '创建', en: 'Created' },
  preview: { zh: '预览并核对数据', en: 'Previewed the figures' },
  ...reportActionLabels,
  superseded: { zh: '被更正版本取代', en: 'Superseded by a correction' },
};
export type ReportEvent = {
  action: ReportLogAction;
  at: string;
  by: { id: number | string; name: string | null } | null;
  from: ReportStatus | null;
  to: ReportStatus;
  comment: string | null;
  /** The version this step concerns, when not the report's own (a correction started or published). */
  version?: number;
};

/** The actions `role` may take now, in order, for the buttons of the report's view. */
export const availableReportActions = (status: ReportStatus, role: Role): ReportAction[] =>
  reportActions.filter((action) => reportTransitions[action].from === status && reportTransitions[action].by.includes(role));
