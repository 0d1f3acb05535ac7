'use client';
import { toast, useAuth, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui';
import { availableCaseActions, caseActionLabels, replayCase, type CaseAction, type CaseEvent } from '@xxgk/domain';
import { useRouter } from 'next/navigation.js';
import { useMemo, useState } from 'react';
import { actorOf } from '../../lib/user';
import { adminLanguage } from '../workbench/language';
import { ActionButtons } from './ActionButtons';
import { CaseActionDialog } from './CaseActionDialog';
import { caseText, say } from './caseWording';

/** The actions that move a case forward are the primary buttons; the others (pauses, endings) secondary. */
const forward: readonly CaseAction[] = ['accept', 'amend', 'endConsultation', 'decide', 'reply', 'close'];

/**
 * The case's lifecycle as buttons (受理, 告知补正, 延长答复期限, 作出答复决定, 送达答复, …): exactly
 * the actions `availableCaseActions` offers this user in the case's status, each opening a
 * dialog with what the action needs (CaseActionDialog). The log is the server's: after an
 * action the view is refreshed from it. Edits to the request itself are saved with Save; while
 * they are unsaved the actions wait, so an action never drops them.
 */
export const CaseActions = () => {
  const { user } = useAuth();
  const { id, savedDocumentData } = useDocumentInfo();
  const isModified = useFormModified();
  const { i18n } = useTranslation();
  const router = useRouter();
  const language = adminLanguage(i18n.language);
  const [pending, setPending] = useState<CaseAction | null>(null);
  const events = (savedDocumentData as { events?: CaseEvent[] } | undefined)?.events;
  const current = useMemo(() => (Array.isArray(events) && events.length > 0 ? replayCase(events) : null), [events]);
  const actor = actorOf(user as Parameters<typeof actorOf>[0]);
  if (id === undefined || id === null || !current || !actor) return null;
  // Registration happens on creation; the buttons are what comes after.
  const actions = availableCaseActions({ current, actor }).filter((action) => action !== 'receive');
  if (actions.length === 0) return null;

  return (
    <div className="case-actions" role="group" aria-label={say(caseText.actions, language)}>
      <ActionButtons
        buttons={actions.map((action) => ({ action, label: caseActionLabels[action][language], isPrimary: forward.includes(action) }))}
        isModified={isModified}
        language={language}
        onPick={setPending}
      />
      <CaseActionDialog
        caseId={id}
        action={pending}
        current={current}
        actor={actor}
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
