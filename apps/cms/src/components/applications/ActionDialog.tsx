'use client';
import { Button } from '@payloadcms/ui';
import type { Language } from '@xxgk/domain';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { caseText, say } from './caseWording';

type Problems = Record<string, string>;
type Refused = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] };

/** The refusal's messages by input (`action` for the action itself), as the API lists them. */
const problemsOf = (body: Refused, fallback: string): Problems => {
  const [first] = body.errors ?? [];
  const listed = (first?.data?.errors ?? []).filter((problem) => problem.path && problem.message);
  if (listed.length === 0) return { action: first?.message || fallback };
  return Object.fromEntries(listed.map((problem) => [problem.path === 'fee' ? 'fee.charged' : problem.path!, problem.message!]));
};

/** What the inputs of a dialog need to tie themselves to the server's messages. */
export type DialogField = {
  /** The input's id for a path (`fee.charged` → `…-fee-charged`). */
  inputId: (path: string) => string;
  /** `aria-invalid` and `aria-describedby` when the server put a message at this path. */
  described: (path: string) => { 'aria-invalid'?: true; 'aria-describedby'?: string };
  /** The message at a path, as an alert (nothing when there is none). */
  problem: (path: string) => ReactNode;
};

type Props = {
  /** The endpoint the action is posted to. */
  url: string;
  /** The action's label: the dialog's title and its confirming button. */
  label: string;
  isOpen: boolean;
  language: Language;
  /** Clears the inputs when the dialog opens. */
  onOpen: () => void;
  /** The JSON body of the action (its inputs). */
  body: () => Record<string, unknown>;
  /** The inputs in the order a person fixes them: the first with a message takes the focus. */
  focusOrder: readonly string[];
  onCancel: () => void;
  onDone: (message: string) => void;
  children: (field: DialogField) => ReactNode;
};

/**
 * The dialog of one action of a lifecycle (an application's, a feedback item's): the inputs the
 * caller renders, posted as JSON to the action endpoint, whose rule is the only judge; its
 * refusal is shown at the input it concerns (or as the action's), the first input to fix takes
 * the focus. A native <dialog> in a portal: its own <form> cannot nest in the document's, and
 * Enter confirms the action rather than saving the document.
 */
export const ActionDialog = ({ url, label, isOpen, language, onOpen, body, focusOrder, onCancel, onDone, children }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [isMounted, setMounted] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [isBusy, setBusy] = useState(false);

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) {
      onOpen();
      setProblems({});
      element.showModal();
    }
    if (!isOpen && element.open) element.close();
    // Not on onOpen: it is the caller's reset, for when the dialog opens, not whenever it is redefined.
  }, [isOpen, isMounted]);

  if (!isMounted) return null;
  const inputId = (path: string) => `${id}-${path.replace('.', '-')}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isOpen || isBusy) return;
    setBusy(true);
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify(body()),
      });
      const answer = (await response.json().catch(() => ({}))) as Refused & { message?: string };
      if (response.ok) onDone(answer.message ?? label);
      else {
        const found = problemsOf(answer, say(caseText.failed, language));
        setProblems(found);
        // The first input to correct takes the focus, as a form's first invalid field would.
        const first = focusOrder.find((path) => found[path]);
        if (first) requestAnimationFrame(() => document.getElementById(inputId(first))?.focus());
      }
    } catch {
      setProblems({ action: say(caseText.failed, language) });
    } finally {
      setBusy(false);
    }
  };

  const field: DialogField = {
    inputId,
    described: (path) => (problems[path] ? { 'aria-invalid': true, 'aria-describedby': `${inputId(path)}-error` } : {}),
    problem: (path) =>
      problems[path] ? (
        <p id={`${inputId(path)}-error`} role="alert" className="workbench-dialog__error case-dialog__error">
          {problems[path]}
        </p>
      ) : null,
  };

  return createPortal(
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onCancel} className="workbench-dialog case-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>{label}</h2>
        {problems.action ? (
          <p role="alert" className="workbench-dialog__error case-dialog__error">
            {problems.action}
          </p>
        ) : null}
        {children(field)}
        <div className="workbench-dialog__buttons">
          <Button buttonStyle="secondary" size="medium" type="button" onClick={onCancel}>
            {say(caseText.cancel, language)}
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
