'use client';
import { Button } from '@payloadcms/ui';
import { useEffect, useId, useRef, useState } from 'react';

type Props = {
  /** The dialog's heading, e.g. 退回修改. */
  title: string;
  prompt: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Shown at the field when the comment is left empty. */
  requiredMessage: string;
  isOpen: boolean;
  onCancel: () => void;
  onConfirm: (comment: string) => void;
};

/**
 * A modal dialog asking for the review comment (审查意见) that a return or a withdrawal
 * requires. Native <dialog>: focus is trapped and Escape closes it without extra code.
 */
export const CommentDialog = ({ title, prompt, confirmLabel, cancelLabel, requiredMessage, isOpen, onCancel, onConfirm }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) {
      setComment('');
      setError(null);
      element.showModal();
    }
    if (!isOpen && element.open) element.close();
  }, [isOpen]);
  const confirm = () => {
    if (!comment.trim()) {
      setError(requiredMessage);
      return;
    }
    onConfirm(comment.trim());
  };
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onCancel} className="workbench-dialog">
      {/* No <form> here: the dialog is rendered inside the document's form, and forms do not nest. */}
      <div>
        <h2 id={`${id}-title`}>{title}</h2>
        <label htmlFor={`${id}-comment`}>{prompt}</label>
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={5}
          value={comment}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setComment(event.target.value)}
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="workbench-dialog__error">
            {error}
          </p>
        ) : null}
        <div className="workbench-dialog__buttons">
          <Button buttonStyle="secondary" size="medium" type="button" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button buttonStyle="primary" size="medium" type="button" onClick={confirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
};
