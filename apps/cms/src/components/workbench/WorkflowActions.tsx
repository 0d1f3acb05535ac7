'use client';
import { Button, useAuth, useDocumentInfo, useForm, useFormModified, useTranslation } from '@payloadcms/ui';
import {
  actionRequest,
  actionSpecs,
  availableActions,
  formatMessage,
  statusLabels,
  type Status,
  type Validity,
  type WorkflowAction,
} from '@xxgk/domain';
import { useState } from 'react';
import { actorOf } from '../../lib/user';
import { CommentDialog } from './CommentDialog';
import { adminLanguage } from './language';

type Saved = { status?: Status | null; validity?: Validity | null } | undefined;

/**
 * The record's workflow as buttons (提交审核, 通过并发布, 退回修改, 撤回发布, …) in place of
 * Payload's Save button. Each button saves the form with the status or validity it stands
 * for, so edits and the decision are one save, judged by the same server rules; refusals come
 * back at their fields like any validation error.
 */
export const WorkflowActions = () => {
  const { user } = useAuth();
  const { savedDocumentData, hasSavePermission } = useDocumentInfo();
  const { submit } = useForm();
  const isModified = useFormModified();
  const { i18n } = useTranslation();
  const language = adminLanguage(i18n.language);
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  const [isBusy, setBusy] = useState(false);

  const saved = savedDocumentData as Saved;
  const state = saved?.status ? { status: saved.status, validity: saved.validity ?? 'valid' } : null;
  const actions = availableActions({ actor: actorOf(user as Parameters<typeof actorOf>[0]), state, canEdit: Boolean(hasSavePermission) });

  const run = async (action: WorkflowAction, comment?: string) => {
    setBusy(true);
    try {
      await submit({ overrides: { ...actionRequest(action, state), ...(comment ? { reviewNote: comment } : {}) } });
    } finally {
      setBusy(false);
    }
  };
  const press = (action: WorkflowAction) => (actionSpecs[action].needsComment ? setPending(action) : void run(action));
  const pendingTarget = pending ? actionRequest(pending, state).status : undefined;

  return (
    <div className="workbench-actions" role="group" aria-label={language === 'zh' ? '流程操作' : 'Workflow actions'}>
      {actions.map((action) => (
        <Button
          key={action}
          id={`workflow-${action}`}
          buttonStyle={actionSpecs[action].isPrimary ? 'primary' : 'secondary'}
          size="medium"
          type="button"
          disabled={isBusy || (action === 'save' && state !== null && !isModified)}
          onClick={() => press(action)}
        >
          {actionSpecs[action].label[language]}
        </Button>
      ))}
      <CommentDialog
        isOpen={pending !== null}
        title={pending ? actionSpecs[pending].label[language] : ''}
        prompt={language === 'zh' ? '审查意见（必填，将通知录入人并记入保密审查记录）' : 'Review comment (required; sent to the author and kept in the review log)'}
        confirmLabel={pending ? actionSpecs[pending].label[language] : ''}
        cancelLabel={language === 'zh' ? '取消' : 'Cancel'}
        requiredMessage={formatMessage(language, 'commentRequired', { to: pendingTarget ? statusLabels[pendingTarget][language] : '' })}
        onCancel={() => setPending(null)}
        onConfirm={(comment) => {
          const action = pending;
          setPending(null);
          if (action) void run(action, comment);
        }}
      />
    </div>
  );
};
