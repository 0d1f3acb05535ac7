import type { Actor } from './actor';
import type { Status, Validity } from './disclosure';
import { checkTransition, checkValidityChange, type WorkflowState } from './workflow';

/**
 * The buttons of a record in the workbench (工作台), derived from the workflow table so that the
 * admin offers exactly what the server will accept: each action is a status or validity change
 * that `checkTransition` / `checkValidityChange` allow for the actor's role.
 */
export const workflowActions = ['save', 'submit', 'recall', 'approve', 'return', 'withdraw', 'repeal', 'restore'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

type ActionSpec = {
  /** The status the record takes; `undefined` keeps the current one. */
  to?: (from: Status | null) => Status | null;
  validity?: Validity;
  /** Return and withdrawal open a dialog: the comment is required and goes into the review log. */
  needsComment: boolean;
  /** Shown as the main (primary) button when offered. */
  isPrimary: boolean;
  label: { zh: string; en: string };
};

export const actionSpecs: Record<WorkflowAction, ActionSpec> = {
  save: { to: (from) => from ?? 'draft', needsComment: false, isPrimary: false, label: { zh: '保存', en: 'Save' } },
  submit: { to: (from) => (from === null || from === 'draft' || from === 'returned' ? 'submitted' : null), needsComment: false, isPrimary: true, label: { zh: '提交审核', en: 'Submit for review' } },
  recall: { to: (from) => (from === 'submitted' ? 'draft' : null), needsComment: false, isPrimary: false, label: { zh: '撤回提交', en: 'Recall submission' } },
  approve: { to: (from) => (from === 'submitted' ? 'published' : null), needsComment: false, isPrimary: true, label: { zh: '通过并发布', en: 'Approve and publish' } },
  return: { to: (from) => (from === 'submitted' ? 'returned' : null), needsComment: true, isPrimary: false, label: { zh: '退回修改', en: 'Return for changes' } },
  withdraw: { to: (from) => (from === 'published' ? 'draft' : null), needsComment: true, isPrimary: false, label: { zh: '撤回发布', en: 'Withdraw from publication' } },
  repeal: { validity: 'repealed', needsComment: false, isPrimary: false, label: { zh: '废止', en: 'Mark as repealed' } },
  restore: { validity: 'valid', needsComment: false, isPrimary: false, label: { zh: '恢复有效', en: 'Restore to valid' } },
};

/** What pressing an action sends: the status and validity requested (the comment is added by the dialog). */
export const actionRequest = (action: WorkflowAction, state: WorkflowState | null): { status?: Status; validity?: Validity } => {
  const spec = actionSpecs[action];
  const status = spec.to?.(state?.status ?? null);
  return { ...(status ? { status } : {}), ...(spec.validity ? { validity: spec.validity } : {}) };
};

/**
 * The actions an actor may take on a record in `state` (null while it is being created), given
 * whether they may edit this record at all (department boundary, read-only roles).
 */
export const availableActions = ({ actor, state, canEdit }: { actor: Actor | null; state: WorkflowState | null; canEdit: boolean }): WorkflowAction[] => {
  if (!actor || !canEdit) return [];
  const from = state?.status ?? null;
  return workflowActions.filter((action) => {
    const spec = actionSpecs[action];
    if (spec.validity) {
      if (!state) return false;
      if (state.validity === spec.validity) return false;
      return checkValidityChange({ from: state.validity, to: spec.validity, status: state.status, role: actor.role }).isAllowed;
    }
    const to = spec.to?.(from);
    if (!to) return false;
    return checkTransition({ from, to, role: actor.role }).isAllowed;
  });
};
