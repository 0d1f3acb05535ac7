import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a result (a receipt, a status) that replaces or follows a form: the focus moves
 * to it when the page arrives (autofocus, without JavaScript) and after each new answer (with
 * JavaScript, where nothing is reloaded), so that a screen reader starts reading there.
 */
export const FocusedHeading = ({ level = 1, id, attempt, children }: { level?: 1 | 2; id: string; attempt: number; children: ReactNode }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (attempt > 0) heading.current?.focus();
  }, [attempt]);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={heading} id={id} tabIndex={-1} autoFocus className="focus-target">
      {children}
    </Tag>
  );
};
