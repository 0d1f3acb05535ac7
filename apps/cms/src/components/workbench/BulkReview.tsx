'use client';
import { Button, toast, useAuth, useSelection, useTranslation } from '@payloadcms/ui';
import { actionSpecs, collections, formatMessage, isPublisher, statusLabels, type WorkflowAction } from '@xxgk/domain';
import { useRouter } from 'next/navigation.js';
import { useState } from 'react';
import { actorOf } from '../../lib/user';
import { CommentDialog } from './CommentDialog';
import { adminLanguage } from './language';

type Outcome = { id: string | number; ok: boolean; message?: string };

/**
 * Reviewers' bulk decisions on the records selected in the list: 通过并发布 or 退回修改 (with
 * one comment for all). Each record is its own save, so each decision is judged by the
 * workflow rules and logged in that record's review log; refusals are reported per record.
 */
export const BulkReview = () => {
  const { user } = useAuth();
  const { selectedIDs, toggleAll } = useSelection();
  const { i18n } = useTranslation();
  const router = useRouter();
  const language = adminLanguage(i18n.language);
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (!isPublisher(actorOf(user as Parameters<typeof actorOf>[0])) || selectedIDs.length === 0) return null;

  const decide = async (action: 'approve' | 'return', comment?: string) => {
    setBusy(true);
    const status = action === 'approve' ? 'published' : 'returned';
    const outcomes: Outcome[] = [];
    // One after the other: each save is a decision of its own, logged and notified.
    for (const id of selectedIDs) {
      const response = await fetch(`/api/${collections.disclosures}/${id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ status, ...(comment ? { reviewNote: comment } : {}) }),
      });
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] };
      outcomes.push({ id, ok: response.ok, message: body.errors?.[0]?.message });
    }
    setBusy(false);
    const done = outcomes.filter((outcome) => outcome.ok).length;
    const refused = outcomes.filter((outcome) => !outcome.ok);
    const label = actionSpecs[action].label[language];
    if (done > 0) toast.success(language === 'zh' ? `已${label} ${done} 条。` : `${label}: ${done} done.`);
    for (const outcome of refused) toast.error(`#${outcome.id}: ${outcome.message ?? ''}`);
    toggleAll(false);
    router.refresh();
  };

  return (
    <div className="workbench-bulk" role="group" aria-label={language === 'zh' ? '批量审核' : 'Bulk review'}>
      <span>{language === 'zh' ? `对所选 ${selectedIDs.length} 条：` : `${selectedIDs.length} selected:`}</span>
      <Button id="bulk-approve" buttonStyle="primary" size="small" disabled={isBusy} onClick={() => void decide('approve')}>
        {actionSpecs.approve.label[language]}
      </Button>
      <Button id="bulk-return" buttonStyle="secondary" size="small" disabled={isBusy} onClick={() => setPending('return')}>
        {actionSpecs.return.label[language]}
      </Button>
      <CommentDialog
        isOpen={pending !== null}
        title={actionSpecs.return.label[language]}
        prompt={language === 'zh' ? '审查意见（必填，对所选条目相同）' : 'Review comment (required; the same for every selected record)'}
        confirmLabel={actionSpecs.return.label[language]}
        cancelLabel={language === 'zh' ? '取消' : 'Cancel'}
        requiredMessage={formatMessage(language, 'commentRequired', { to: statusLabels.returned[language] })}
        onCancel={() => setPending(null)}
        onConfirm={(comment) => {
          setPending(null);
          void decide('return', comment);
        }}
      />
    </div>
  );
};
