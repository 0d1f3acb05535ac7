'use client';
import { toast, useAuth, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui';
import { availableFeedbackActions, collections, feedbackActionInputs, feedbackActionLabels, storedFeedbackItem, type FeedbackAction, type Language } from '@xxgk/domain';
import { useRouter } from 'next/navigation.js';
import { useMemo, useState } from 'react';
import { actorOf } from '../../lib/user';
import { adminLanguage } from '../workbench/language';
import { ActionButtons } from './ActionButtons';
import { ActionDialog } from './ActionDialog';
import { caseText, feedbackText, say } from './caseWording';

/** The actions that answer or move an item on are the primary buttons; notes, refusals and reopening secondary. */
const forward: readonly FeedbackAction[] = ['take', 'reply', 'close'];

const FeedbackActionDialog = ({ id, action, language, onCancel, onDone }: { id: number | string; action: FeedbackAction | null; language: Language; onCancel: () => void; onDone: (message: string) => void }) => {
  const [reply, setReply] = useState('');
  const [note, setNote] = useState('');
  const inputs = action ? feedbackActionInputs({ action }) : null;
  const notePrompt = inputs?.note.isRequired ? `${inputs.note.what[language]}${say(caseText.noteRequired, language)}` : say(feedbackText.noteOptional, language);
  return (
    <ActionDialog
      url={`/api/${collections.feedback}/${id}/actions`}
      label={action ? feedbackActionLabels[action][language] : ''}
      isOpen={action !== null}
      language={language}
      onOpen={() => {
        setReply('');
        setNote('');
      }}
      body={() => ({ action, note, ...(inputs?.reply ? { reply } : {}) })}
      focusOrder={['reply', 'note']}
      onCancel={onCancel}
      onDone={onDone}
    >
      {({ inputId, described, problem }) => (
        <>
          {inputs?.reply ? (
            <div className="case-dialog__field">
              <label htmlFor={inputId('reply')}>{`${inputs.reply.what[language]}${say(feedbackText.replyRequired, language)}`}</label>
              <textarea id={inputId('reply')} name="reply" rows={6} value={reply} onChange={(event) => setReply(event.target.value)} {...described('reply')} />
              {problem('reply')}
            </div>
          ) : null}
          <div className="case-dialog__field">
            <label htmlFor={inputId('note')}>{notePrompt}</label>
            <textarea id={inputId('note')} name="note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} {...described('note')} />
            {problem('note')}
          </div>
        </>
      )}
    </ActionDialog>
  );
};

/**
 * The handling of an appraisal, complaint or correction request as buttons (开始处理, 答复,
 * 不予受理, 记录办理情况, 重新处理, 办结): what `availableFeedbackActions` offers this user in the
 * item's status, each opening a dialog with what the action asks for (the answer to the
 * submitter, an internal note), judged by POST /api/feedback/:id/actions.
 */
export const FeedbackActions = () => {
  const { user } = useAuth();
  const { id, savedDocumentData } = useDocumentInfo();
  const isModified = useFormModified();
  const { i18n } = useTranslation();
  const router = useRouter();
  const language = adminLanguage(i18n.language);
  const [pending, setPending] = useState<FeedbackAction | null>(null);
  const current = useMemo(() => storedFeedbackItem(savedDocumentData as Parameters<typeof storedFeedbackItem>[0]), [savedDocumentData]);
  const actor = actorOf(user as Parameters<typeof actorOf>[0]);
  if (id === undefined || id === null || !current || !actor) return null;
  const actions = availableFeedbackActions({ current, actor }).filter((action) => action !== 'receive');
  if (actions.length === 0) return null;
  return (
    <div className="case-actions" role="group" aria-label={say(caseText.actions, language)}>
      <ActionButtons
        buttons={actions.map((action) => ({ action, label: feedbackActionLabels[action][language], isPrimary: forward.includes(action) }))}
        isModified={isModified}
        language={language}
        onPick={setPending}
      />
      <FeedbackActionDialog
        id={id}
        action={pending}
        language={language}
        onCancel={() => setPending(null)}
        onDone={(message) => {
          setPending(null);
          toast.success(message);
          router.refresh();
        }}
      />
    </div>
  );
};
