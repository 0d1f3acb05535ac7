import { isPublisher, publishingRoles, authoringRoles, type Actor } from './actor';
import { statusLabels, validityLabels, type ReviewOutcome, type Status, type Validity } from './disclosure';
import type { MessageKey } from './messages';
import type { Role } from './roles';
import type { Refusal } from './refusal';

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

const transitions: readonly Transition[] = [
  { from: null, to: 'draft', roles: authoringRoles },
  { from: null, to: 'submitted', roles: authoringRoles },
  { from: 'draft', to: 'draft', roles: authoringRoles },
  { from: 'draft', to: 'submitted', roles: authoringRoles },
  { from: 'returned', to: 'returned', roles: authoringRoles },
  { from: 'returned', to: 'draft', roles: authoringRoles },
  { from: 'returned', to: 'submitted', roles: authoringRoles },
  // The author recalls a submission to change it (撤回提交).
  { from: 'submitted', to: 'draft', roles: authoringRoles },
  { from: 'submitted', to: 'submitted', roles: publishingRoles },
  { from: 'submitted', to: 'returned', roles: publishingRoles, outcome: 'returned', needsComment: true },
  { from: 'submitted', to: 'published', roles: publishingRoles, outcome: 'approved' },
  // Changing a published record is itself a publication, so it is reviewed and logged.
  { from: 'published', to: 'published', roles: publishingRoles, outcome: 'approved' },
  { from: 'published', to: 'draft', roles: publishingRoles, outcome: 'withdrawn', needsComment: true },
];

export type TransitionVerdict =
  | { isAllowed: true; outcome?: ReviewOutcome; needsComment: boolean }
  | { isAllowed: false; reason: MessageKey };

/** Decides a status change; `role: null` is the system (seeds, imports), which may do anything legal. */
export const checkTransition = ({ from, to, role }: { from: Status | null; to: Status; role: Role | null }): TransitionVerdict => {
  const transition = transitions.find((t) => t.from === from && t.to === to);
  if (!transition) {
    return { isAllowed: false, reason: from === null ? 'createStatusNotAllowed' : 'transitionNotAllowed' };
  }
  if (role !== null && !transition.roles.includes(role)) {
    if (from === 'submitted' && to === 'submitted') return { isAllowed: false, reason: 'submittedIsLocked' };
    if (from === 'published' && to === 'published') return { isAllowed: false, reason: 'publishedIsLocked' };
    if (from === null) return { isAllowed: false, reason: 'createStatusNotAllowed' };
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

/** The workflow facts of a stored record (null when it is being created). */
export type WorkflowState = { status: Status; validity: Validity; publishedAt?: string | null };

export type TransitionDecision =
  | { isAllowed: true; status: Status; validity: Validity; outcomes: ReviewOutcome[]; note: string | null; isImport: boolean }
  | { isAllowed: false; refusal: Refusal };

/** Whether a requested publication date differs from the stored one (the same instant written differently does not). */
const isOtherDate = (requested: string, stored: string | null | undefined) => {
  if (requested === stored) return false;
  const instant = Date.parse(requested);
  return Number.isNaN(instant) || instant !== Date.parse(stored ?? '');
};

/**
 * Everything a save may do to a record's workflow, decided at once: the status and validity
 * change (who may take it), the review comment it needs, and who may set the publication date.
 * `actor: null` is the system: creating, it imports a record in any state with its own history;
 * updating, it may take any legal transition.
 */
export const decideTransition = ({
  actor,
  before,
  requested,
}: {
  actor: Actor | null;
  before: WorkflowState | null;
  requested: { status?: Status | null; validity?: Validity | null; publishedAt?: string | null; note?: string | null };
}): TransitionDecision => {
  const note = requested.note?.trim() || null;
  if (actor === null && before === null) {
    return { isAllowed: true, status: requested.status ?? 'draft', validity: requested.validity ?? 'valid', outcomes: [], note, isImport: true };
  }
  const role = actor?.role ?? null;
  const from = before?.status ?? null;
  const to = requested.status ?? from ?? 'draft';
  const statusParams = { from: statusLabels[from ?? 'draft'], to: statusLabels[to] };
  const verdict = checkTransition({ from, to, role });
  if (!verdict.isAllowed) return { isAllowed: false, refusal: { key: verdict.reason, path: 'status', params: statusParams } };

  const fromValidity = before?.validity ?? 'valid';
  const toValidity = requested.validity ?? fromValidity;
  const validityVerdict = checkValidityChange({ from: fromValidity, to: toValidity, status: to, role });
  if (!validityVerdict.isAllowed) {
    return { isAllowed: false, refusal: { key: validityVerdict.reason, path: 'validity', params: { from: validityLabels[fromValidity], to: validityLabels[toValidity] } } };
  }
  if (verdict.needsComment && !note) return { isAllowed: false, refusal: { key: 'commentRequired', path: 'reviewNote', params: { to: statusLabels[to] } } };

  const publishedAtChanged = Boolean(requested.publishedAt) && isOtherDate(String(requested.publishedAt), before?.publishedAt);
  if (publishedAtChanged && actor !== null && !isPublisher(actor)) {
    return { isAllowed: false, refusal: { key: 'publishedAtRequiresReviewer', path: 'publishedAt' } };
  }
  const outcomes = [verdict.outcome, validityVerdict.outcome].filter((outcome): outcome is ReviewOutcome => Boolean(outcome));
  return { isAllowed: true, status: to, validity: toValidity, outcomes, note, isImport: false };
};

/** A published record is never deleted (it is withdrawn or repealed); a record under review is locked against its editor. */
export const decideDeletion = ({ actor, status }: { actor: Actor | null; status: Status }): Refusal | null => {
  if (status === 'published') return { key: 'publishedCannotBeDeleted' };
  if (status === 'submitted' && actor?.role === 'editor') return { key: 'submittedIsLocked' };
  return null;
};
