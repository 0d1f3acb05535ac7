import { useEffect, useRef } from 'react';
import { fill, messages, type Locale } from '../../i18n';
import type { FieldError } from '../../lib/intake/formState';

/**
 * Above a refused form: what to fix, each message linking to its field (an in-page link, which
 * moves the focus to the control without JavaScript), or what went wrong with the whole form.
 * The focus moves here when the page arrives (autofocus, also without JavaScript) and again after
 * every refused attempt (with JavaScript the page is not reloaded). Messages without a field of
 * the form (the submission key) are listed without a link.
 */
export const ErrorSummary = ({
  locale,
  errors,
  notice,
  attempt,
  hrefOf,
}: {
  locale: Locale;
  errors: FieldError[];
  notice: string | null;
  attempt: number;
  hrefOf: (path: string) => string | null;
}) => {
  const t = messages(locale).intake.form;
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  if (!errors.length && !notice) return null;
  return (
    <div ref={summary} className="error-summary" tabIndex={-1} autoFocus>
      <div role="alert">
        <h2>{errors.length ? fill(t.summaryTitle, { count: errors.length }) : t.noticeTitle}</h2>
        {notice ? <p>{notice}</p> : null}
        {errors.length ? (
          <ul>
            {errors.map((error, index) => {
              const href = hrefOf(error.path);
              return <li key={`${error.path}-${index}`}>{href ? <a href={href}>{error.message}</a> : error.message}</li>;
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
};

/** The messages at one field. */
export const errorsAt = (errors: FieldError[], path: string) => errors.filter((error) => error.path === path).map((error) => error.message);
