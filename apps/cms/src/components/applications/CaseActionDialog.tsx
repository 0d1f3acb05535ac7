'use client';
import {
  caseActionInputs,
  caseActionLabels,
  collections,
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
import { useState } from 'react';
import { ActionDialog } from './ActionDialog';
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

/**
 * The dialog of one case action (ActionDialog): the inputs the action asks for
 * (caseActionInputs: the note and what it must say; the decision as the government table's
 * rows, grouped; the fee in yuan; the date received), sent to
 * POST /api/application-cases/:id/actions, where checkCaseAction judges it.
 */
export const CaseActionDialog = ({ caseId, action, current, actor, language, onCancel, onDone }: Props) => {
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState('');
  const [charged, setCharged] = useState('');
  const [waived, setWaived] = useState('');
  const [receivedOn, setReceivedOn] = useState('');

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

  return (
    <ActionDialog
      url={`/api/${collections.applicationCases}/${caseId}/actions`}
      label={label}
      isOpen={action !== null}
      language={language}
      onOpen={() => {
        setNote('');
        setDecision('');
        setCharged('');
        setWaived('');
        setReceivedOn('');
      }}
      body={() => ({
        action,
        note,
        ...(inputs?.decision ? { decision } : {}),
        ...(inputs?.fee ? { fee: { charged, waived } } : {}),
        ...(inputs?.receivedOn ? { receivedOn } : {}),
      })}
      focusOrder={['receivedOn', 'decision', 'fee.charged', 'fee.waived', 'note']}
      onCancel={onCancel}
      onDone={onDone}
    >
      {({ inputId, described, problem }) => (
        <>
          {inputs?.receivedOn ? (
            <div className="case-dialog__field">
              <label htmlFor={inputId('receivedOn')}>{say(caseText.receivedOn, language)}</label>
              <input id={inputId('receivedOn')} name="receivedOn" type="date" value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} {...described('receivedOn')} />
              {problem('receivedOn')}
            </div>
          ) : null}
          {inputs?.decision ? (
            <div className="case-dialog__field">
              <label htmlFor={inputId('decision')}>{say(caseText.decision, language)}</label>
              <select id={inputId('decision')} name="decision" value={decision} onChange={(event) => setDecision(event.target.value)} {...described('decision')}>
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
              {problem('decision')}
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
                  <label htmlFor={inputId(path)}>{say(text, language)}</label>
                  <input
                    id={inputId(path)}
                    name={path}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="0.00"
                    value={value}
                    onChange={(event) => setValue(event.target.value)}
                    {...described(path)}
                  />
                  {problem(path)}
                </div>
              ))}
              <p className="case-dialog__hint">{say(caseText.feeHint, language)}</p>
            </div>
          ) : null}
          <div className="case-dialog__field">
            <label htmlFor={inputId('note')}>{notePrompt}</label>
            <textarea id={inputId('note')} name="note" rows={5} value={note} onChange={(event) => setNote(event.target.value)} {...described('note')} />
            {problem('note')}
          </div>
        </>
      )}
    </ActionDialog>
  );
};
