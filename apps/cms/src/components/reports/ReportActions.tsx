'use client';
import { Button, toast, useAuth, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui';
import { availableReportActions, collections, mayPreviewReport, reportActionLabels, reportLogLabels, reportStatuses, type Language, type ReportStatus } from '@xxgk/domain';
import { useRouter } from 'next/navigation.js';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { actorOf } from '../../lib/user';
import { adminLanguage } from '../workbench/language';
import { reportText, say } from './reportWording';

type Action = 'preview' | 'submit' | 'return' | 'publish' | 'correct';
type Problem = { path?: string; label?: string; message?: string };
type Answer = { doc?: { id: number | string }; message?: string; errors?: { message?: string; data?: { errors?: Problem[] } }[] };

/** Actions that ask for a comment or a confirmation open a dialog; preview and submit run at once. */
const withDialog: readonly Action[] = ['return', 'publish', 'correct'];
const needsComment: readonly Action[] = ['return', 'correct'];

const post = async (id: number | string, action: Action, comment: string, language: Language): Promise<{ ok: boolean; answer: Answer }> => {
  const response = await fetch(`/api/${collections.annualReports}/${id}/actions`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify({ action, comment }),
  });
  return { ok: response.ok, answer: (await response.json().catch(() => ({}))) as Answer };
};

/** What the server refused, one line per field (the whole list when publishing is refused). */
const problemsOf = (answer: Answer, fallback: string): Problem[] => {
  const [first] = answer.errors ?? [];
  const listed = (first?.data?.errors ?? []).filter((problem) => problem.message);
  return listed.length > 0 ? listed : [{ message: first?.message || fallback }];
};

const ActionDialog = ({ id, action, language, onCancel, onDone }: { id: number | string; action: Action | null; language: Language; onCancel: () => void; onDone: (answer: Answer) => void }) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [isBusy, setBusy] = useState(false);
  const [isMounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (action && !element.open) {
      setComment('');
      setProblems([]);
      element.showModal();
    }
    if (!action && element.open) element.close();
  }, [action, isMounted]);
  if (!isMounted) return null;
  const label = action ? reportActionLabels[action as keyof typeof reportActionLabels][language] : '';
  const commentProblem = problems.find((problem) => problem.path === 'comment');
  const others = problems.filter((problem) => problem !== commentProblem);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action || isBusy) return;
    setBusy(true);
    try {
      const { ok, answer } = await post(id, action, comment, language);
      if (ok) onDone(answer);
      else setProblems(problemsOf(answer, say(reportText.failed, language)));
    } catch {
      setProblems([{ message: say(reportText.failed, language) }]);
    } finally {
      setBusy(false);
    }
  };
  return createPortal(
    <dialog ref={dialog} aria-labelledby={headingId} onClose={onCancel} className="workbench-dialog case-dialog report-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={headingId}>{label}</h2>
        {action === 'publish' ? <p>{say(reportText.publishHint, language)}</p> : null}
        {action === 'correct' ? <p>{say(reportText.correctHint, language)}</p> : null}
        {others.length > 0 ? (
          <div role="alert" className="workbench-dialog__error report-dialog__problems">
            {action === 'publish' && others.length > 1 ? <p>{say(reportText.missingHeading, language)}</p> : null}
            <ul>
              {others.map((problem, index) => (
                <li key={index}>{problem.label && others.length > 1 ? `【${problem.label}】${problem.message}` : problem.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {action && needsComment.includes(action) ? (
          <div className="case-dialog__field">
            <label htmlFor={`${headingId}-comment`}>{say(reportText.comment, language)}</label>
            <textarea
              id={`${headingId}-comment`}
              name="comment"
              rows={4}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              {...(commentProblem ? { 'aria-invalid': true, 'aria-describedby': `${headingId}-comment-error` } : {})}
            />
            {commentProblem ? (
              <p id={`${headingId}-comment-error`} role="alert" className="workbench-dialog__error">
                {commentProblem.message}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="workbench-dialog__buttons">
          <Button buttonStyle="secondary" size="medium" type="button" onClick={onCancel}>
            {say(reportText.cancel, language)}
          </Button>
          <Button buttonStyle="primary" size="medium" type="submit" disabled={isBusy}>
            {label}
          </Button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
};

/**
 * The report's workflow as buttons (预览并核对数据, 提交审定, 退回修改, 审定并发布, 发布更正版本):
 * what @xxgk/domain's `availableReportActions` and `mayPreviewReport` offer this user in the
 * report's status, posted to POST /api/annual-reports/:id/actions, whose rules are the only judge.
 * A refused publication lists everything missing; a correction opens the new version.
 */
export const ReportActions = () => {
  const { user } = useAuth();
  const { id, savedDocumentData } = useDocumentInfo();
  const isModified = useFormModified();
  const { i18n } = useTranslation();
  const router = useRouter();
  const language = adminLanguage(i18n.language);
  const [pending, setPending] = useState<Action | null>(null);
  const [isBusy, setBusy] = useState(false);
  const actor = actorOf(user as Parameters<typeof actorOf>[0]);
  const status = (savedDocumentData as { status?: string } | undefined)?.status;
  if (id === undefined || id === null || !actor || !(reportStatuses as readonly string[]).includes(String(status))) return null;
  const typed = status as ReportStatus;
  const actions: Action[] = [...(mayPreviewReport(typed, actor.role) ? (['preview'] as const) : []), ...availableReportActions(typed, actor.role)];
  if (actions.length === 0) return null;

  const done = (answer: Answer, action: Action) => {
    setPending(null);
    toast.success(answer.message ?? reportLogLabels[action][language]);
    if (action === 'correct' && answer.doc) router.push(`/admin/collections/${collections.annualReports}/${answer.doc.id}`);
    else router.refresh();
  };
  const run = async (action: Action) => {
    if (withDialog.includes(action)) return setPending(action);
    setBusy(true);
    try {
      const { ok, answer } = await post(id, action, '', language);
      if (ok) done(answer, action);
      else toast.error(problemsOf(answer, say(reportText.failed, language)).map((problem) => problem.message).join(' '));
    } finally {
      setBusy(false);
    }
  };
  const hintId = 'report-actions-hint';
  return (
    <div className="case-actions report-actions" role="group" aria-label={say(reportText.actions, language)}>
      <div className="case-actions__buttons">
        {actions.map((action) => (
          <Button
            key={action}
            id={`report-action-${action}`}
            buttonStyle={action === 'publish' || action === 'submit' ? 'primary' : 'secondary'}
            size="medium"
            type="button"
            disabled={isModified || isBusy}
            extraButtonProps={isModified ? { 'aria-describedby': hintId } : undefined}
            onClick={() => void run(action)}
          >
            {action === 'preview' ? say(reportText.preview, language) : reportActionLabels[action][language]}
          </Button>
        ))}
      </div>
      <p id={hintId} className="case-actions__hint">
        {isModified ? say(reportText.saveFirst, language) : actions.includes('preview') ? say(reportText.previewHint, language) : null}
      </p>
      <ActionDialog id={id} action={pending} language={language} onCancel={() => setPending(null)} onDone={(answer) => done(answer, pending!)} />
    </div>
  );
};
