'use client';
import { Button } from '@payloadcms/ui';
import type { Language } from '@xxgk/domain';
import { caseText, say } from './caseWording';

export type ActionButton<A extends string> = { action: A; label: string; isPrimary: boolean };

/**
 * The actions a lifecycle offers this user now, as buttons (`case-action-<action>`) in a group
 * named 办理操作. While the form has unsaved edits they wait ("请先保存"), so an action — which
 * refreshes the view from the server — never drops them.
 */
export const ActionButtons = <A extends string>({ buttons, isModified, language, onPick }: { buttons: ActionButton<A>[]; isModified: boolean; language: Language; onPick: (action: A) => void }) => {
  const hintId = 'case-actions-hint';
  return (
    <>
      <div className="case-actions__buttons">
        {buttons.map(({ action, label, isPrimary }) => (
          <Button
            key={action}
            id={`case-action-${action}`}
            buttonStyle={isPrimary ? 'primary' : 'secondary'}
            size="medium"
            type="button"
            disabled={isModified}
            extraButtonProps={isModified ? { 'aria-describedby': hintId } : undefined}
            onClick={() => onPick(action)}
          >
            {label}
          </Button>
        ))}
      </div>
      {isModified ? (
        <p id={hintId} className="case-actions__hint">
          {say(caseText.saveFirst, language)}
        </p>
      ) : null}
    </>
  );
};
