import { messages, type Locale } from '../../i18n';
import type { FormState } from '../../lib/intake/formState';
import { ErrorSummary, errorsAt } from './ErrorSummary';
import { SubmitButton } from './SubmitButton';
import { TextField } from './fields';

/**
 * The two codes of a status lookup and its button, POSTed (never GET: the query code must not
 * end up in an address, a log or the history). `prefix` keeps the ids apart on each page.
 */
export const LookupFields = ({
  locale,
  prefix,
  state,
  action,
  isPending,
  receiptCodeHint,
}: {
  locale: Locale;
  prefix: string;
  state: FormState<unknown>;
  action: (formData: FormData) => void;
  isPending: boolean;
  receiptCodeHint: string;
}) => {
  const t = messages(locale).intake.applyStatus;
  const id = (name: string) => `${prefix}-${name}`;
  const hrefOf = (path: string) => (path === 'receiptCode' || path === 'queryCode' ? `#${id(path)}` : null);
  return (
    <>
      <ErrorSummary locale={locale} errors={state.errors} notice={state.notice} attempt={state.attempt} hrefOf={hrefOf} />
      <form key={state.attempt} action={action} noValidate className="intake-form lookup-form" aria-busy={isPending || undefined}>
        <TextField id={id('receiptCode')} name="receiptCode" label={t.receiptCode} hint={receiptCodeHint} locale={locale} required autoComplete="off" defaultValue={state.values.receiptCode} errors={errorsAt(state.errors, 'receiptCode')} />
        <TextField id={id('queryCode')} name="queryCode" label={t.queryCode} hint={t.queryCodeHint} locale={locale} required autoComplete="off" defaultValue={state.values.queryCode} errors={errorsAt(state.errors, 'queryCode')} />
        <SubmitButton locale={locale} label={t.submit} isPending={isPending} />
      </form>
    </>
  );
};
