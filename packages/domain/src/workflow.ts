import type { Role } from './roles';
import type { ReviewOutcome, Status, Validity } from './disclosure';
import type { MessageKey } from './messages';

/**
 * The review workflow (审核流程) as data: draft → submitted → published, or returned with
 * comments; a reviewer may withdraw a published record back to draft. Each transition names
 * who may take it and what it records in the confidentiality-review log (保密审查记录).
 * `from: null` is creation.
 */
type Transition = {
  from: Status | null;
  to: Status;
  roles: readonly Role[];
  outcome?: ReviewOutcome;
  needsComment?: boolean;
};

const authors: readonly Role[] = ['admin', 'reviewer', 'editor'];
const reviewers: readonly Role[] = ['admin', 'reviewer'];

const transitions: readonly Transition[] = [
  { from: null, to: 'draft', roles: authors },
  { from: null, to: 'submitted', roles: authors },
  { from: 'draft', to: 'draft', roles: authors },
  { from: 'draft', to: 'submitted', roles: authors },
  { from: 'returned', to: 'returned', roles: authors },
  { from: 'returned', to: 'draft', roles: authors },
  { from: 'returned', to: 'submitted', roles: authors },
  // The author recalls a submission to change it (撤回提交).
  { from: 'submitted', to: 'draft', roles: authors },
  { from: 'submitted', to: 'submitted', roles: reviewers },
  { from: 'submitted', to: 'returned', roles: reviewers, outcome: 'returned', needsComment: true },
  { from: 'submitted', to: 'published', roles: reviewers, outcome: 'approved' },
  // Changing a published record is itself a publication, so it is reviewed and logged.
  { from: 'published', to: 'published', roles: reviewers, outcome: 'approved' },
  { from: 'published', to: 'draft', roles: reviewers, outcome: 'withdrawn', needsComment: true },
];

export type TransitionVerdict =
  | { isAllowed: true; outcome?: ReviewOutcome; needsComment: boolean }
  | { isAllowed: false; reason: MessageKey };

/** Decides a status change; `role: null` is the system (seeds, imports), which may do anything legal. */
export const checkTransition = ({
  from,
  to,
  role,
}: {
  from: Status | null;
  to: Status;
  role: Role | null;
}): TransitionVerdict => {
  const transition = transitions.find((t) => t.from === from && t.to === to);
  if (!transition) {
    return { isAllowed: false, reason: from === null ? 'createStatusNotAllowed' : 'transitionNotAllowed' };
  }
  if (role !== null && !transition.roles.includes(role)) {
    if (from === 'submitted' && to === 'submitted') return { isAllowed: false, reason: 'submittedIsLocked' };
    if (from === 'published' && to === 'published') return { isAllowed: false, reason: 'publishedIsLocked' };
    return { isAllowed: false, reason: 'onlyReviewersMay' };
  }
  return { isAllowed: true, outcome: transition.outcome, needsComment: transition.needsComment ?? false };
};

/** Decides a validity change (有效 ⇄ 已废止). Repeal keeps the record public, marked 已废止. */
export const checkValidityChange = ({
  from,
  to,
  status,
  role,
}: {
  from: Validity;
  to: Validity;
  status: Status;
  role: Role | null;
}): TransitionVerdict => {
  if (from === to) return { isAllowed: true, needsComment: false };
  if (to === 'repealed') {
    if (status !== 'published') return { isAllowed: false, reason: 'repealOnlyPublished' };
    if (role !== null && role !== 'admin' && role !== 'reviewer') return { isAllowed: false, reason: 'onlyReviewersMay' };
    return { isAllowed: true, outcome: 'repealed', needsComment: false };
  }
  if (role !== null && role !== 'admin') return { isAllowed: false, reason: 'restoreAdminOnly' };
  return { isAllowed: true, outcome: 'restored', needsComment: false };
};
