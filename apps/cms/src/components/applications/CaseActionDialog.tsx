'use client';
import { Button } from '@payloadcms/ui';
import {
  caseActionInputs,
  caseActionLabels,
  decisionChoicesFor,
  decisionGroupLabels,
  decisionGroupOf,
  decisionGroups,
  decisionLabels,
  decisionNoteFor,
  decisionRowOf,
  isDecisionCode,
  type ApplicationCase,
  type CaseAction,
  type CaseActor,
  type Language,
} from '@xxgk/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { caseText, say } from './caseWording';

type Props = {
  caseId: number | string;
  /** The action being taken; null: the dialog is closed. */
  action: CaseAction | null;
  current: ApplicationCase;
  actor: CaseActor;
  language: Language;
  onCancel: () => void;
  onDone: (message: string) => void;
};

type Problems = Record<string, string>;
type Refused = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] };

/** The refusal's messages by input (`action` for the action itself), as the API lists them. */
const problemsOf = (body: Refused, fallback: string): Problems => {
  const [first] = body.errors ?? [];
  const listed = (first?.data?.errors ?? []).filter((problem) => problem.path && problem.message);
  if (listed.length === 0) return { action: first?.message || fallback };
  return Object.fromEntries(listed.map((problem) => [problem.path === 'fee' ? 'fee.charged' : problem.path!, problem.message!]));
};

/**
 * The dialog of one case action: the inputs the action asks for (caseActionInputs: the note and
 * what it must say; the decision as the government table's rows, grouped; the fee in yuan; the
 * date received), sent to POST /api/application-cases/:id/actions. The server's rule
 * (checkCaseAction) is the only judge: its refusal is shown at the input it concerns.
 * A native <dialog> in a portal: its own <form> cannot nest in the document's, and Enter
 * confirms the action rather than saving the document.
 */
export const CaseActionDialog = ({ caseId, action, current, actor, language, onCancel, onDone }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [isMounted, setMounted] = useState(false);
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState('');
  const [charged, setCharged] = useState('');
  const [waived, setWaived] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [isBusy, setBusy] = useState(false);

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (action && !element.open) {
      setNote('');
      setDecision('');
      setCharged('');
      setWaived('');
      setReceivedOn('');
      setProblems({});
      element.showModal();
    }
    if (!action && element.open) element.close();
  }, [action, isMounted]);

  if (!isMounted) return null;
  const inputs = action ? caseActionInputs({ action, actor }) : null;
  const label = action ? caseActionLabels[action][language] : '';
  const notePrompt = !inputs
    ? ''
    : action === 'decide' && isDecisionCode(decision)
      ? `${decisionNoteFor(decision)[language]}${say(caseText.noteRequired, language)}`
      : inputs.note.isRequired
        ? `${inputs.note.what[language]}${say(caseText.noteRequired, language)}`
        : say(caseText.noteOptional, language);
  const choices = decisionChoicesFor(current);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action || isBusy) return;
    setBusy(true);
    try {
      const response = await fetch(`/api/application-cases/${caseId}/actions`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({
          action,
          note,
          ...(inputs?.decision ? { decision } : {}),
          ...(inputs?.fee ? { fee: { charged, waived } } : {}),
          ...(inputs?.receivedOn ? { receivedOn } : {}),
        }),
      });
      const body = (await response.json().catch(() => ({}))) as Refused & { message?: string };
      if (response.ok) onDone(body.message ?? label);
      else {
        const found = problemsOf(body, say(caseText.failed, language));
        setProblems(found);
        // The first input to correct takes the focus, as a form's first invalid field would.
        const first = ['receivedOn', 'decision', 'fee.charged', 'fee.waived', 'note'].find((path) => found[path]);
        if (first) requestAnimationFrame(() => document.getElementById(`${id}-${first.replace('.', '-')}`)?.focus());
      }
    } catch {
      setProblems({ action: say(caseText.failed, language) });
    } finally {
      setBusy(false);
    }
  };

  /** Props tying an input to its message, when the server put one there. */
  const described = (path: string) =>
    problems[path] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${path.replace('.', '-')}-error` } : {};
  const Problem = ({ path }: { path: string }) =>
    problems[path] ? (
      <p id={`${id}-${path.replace('.', '-')}-error`} role="alert" className="workbench-dialog__error case-dialog__error">
        {problems[path]}
      </p>
    ) : null;

  return createPortal(
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onCancel} className="workbench-dialog case-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>{label}</h2>
        {problems.action ? (
          <p role="alert" className="workbench-dialog__error case-dialog__error">
            {problems.action}
          </p>
        ) : null}
        {inputs?.receivedOn ? (
          <div className="case-dialog__field">
            <label htmlFor={`${id}-receivedOn`}>{say(caseText.receivedOn, language)}</label>
            <input id={`${id}-receivedOn`} name="receivedOn" type="date" value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} {...described('receivedOn')} />
            <Problem path="receivedOn" />
          </div>
        ) : null}
        {inputs?.decision ? (
          <div className="case-dialog__field">
            <label htmlFor={`${id}-decision`}>{say(caseText.decision, language)}</label>
            <select id={`${id}-decision`} name="decision" value={decision} onChange={(event) => setDecision(event.target.value)} {...described('decision')}>
              <option value="">{say(caseText.chooseDecision, language)}</option>
              {decisionGroups.map((group) => {
                const rows = choices.filter((code) => decisionGroupOf(code) === group);
                return rows.length === 0 ? null : (
                  <optgroup key={group} label={decisionGroupLabels[group][language]}>
                    {rows.map((code) => (
                      <option key={code} value={code}>
                        {decisionRowOf(code)} {decisionLabels[code][language]}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
            <Problem path="decision" />
          </div>
        ) : null}
        {inputs?.fee ? (
          <div className="case-dialog__fees">
            {(
              [
                ['fee.charged', caseText.feeCharged, charged, setCharged],
                ['fee.waived', caseText.feeWaived, waived, setWaived],
              ] as const
            ).map(([path, text, value, setValue]) => (
              <div className="case-dialog__field" key={path}>
                <label htmlFor={`${id}-${path.replace('.', '-')}`}>{say(text, language)}</label>
                <input
                  id={`${id}-${path.replace('.', '-')}`}
                  name={path}
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder="0.00"
                  value={value}
                  onChange={(event) => setValue(event.target.value)}
                  {...described(path)}
                />
                <Problem path={path} />
              </div>
            ))}
            <p className="case-dialog__hint">{say(caseText.feeHint, language)}</p>
          </div>
        ) : null}
        <div className="case-dialog__field">
          <label htmlFor={`${id}-note`}>{notePrompt}</label>
          <textarea id={`${id}-note`} name="note" rows={5} value={note} onChange={(event) => setNote(event.target.value)} {...described('note')} />
          <Problem path="note" />
        </div>
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
