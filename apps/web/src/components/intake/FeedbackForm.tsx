'use client';

import { useActionState } from 'react';
import { submitFeedback } from '../../app/[lang]/feedback/actions';
import { fill, messages, type Locale } from '../../i18n';
import type { FeedbackFormState } from '../../lib/intake/feedbackForm';
import { initialFormState } from '../../lib/intake/formState';
import { links } from '../../lib/links';
import type { Option } from '../../lib/intake/vocabulary';
import { ErrorSummary, errorsAt } from './ErrorSummary';
import { FeedbackReceipt } from './FeedbackReceipt';
import { ChoiceField, Hint, TextArea, TextField } from './fields';
import { SubmitButton } from './SubmitButton';

export type FeedbackChoices = { kinds: Option[]; ratings: Option[] };

const id = (name: string) => `feedback-${name}`;
const hrefOf = (path: string) => (['kind', 'content', 'rating', 'record', 'name', 'email', 'phone'].includes(path) ? `#${id(path)}` : null);

/**
 * 评议、举报、纠错: the same pattern as the application form (a plain POST to a server action, a
 * submission key made with the page). Every field is shown, with or without JavaScript; the
 * hints say which kind each belongs to. A record page's 纠错 link arrives with the kind chosen and
 * the record's address filled in (`initial`), and the record's title shown.
 */
export const FeedbackForm = ({
  locale,
  initial,
  choices,
  recordTitle,
}: {
  locale: Locale;
  initial: Record<string, string>;
  choices: FeedbackChoices;
  recordTitle: string | null;
}) => {
  const [state, action, isPending] = useActionState<FeedbackFormState, FormData>(submitFeedback, initialFormState(initial), links.feedback(locale));
  if (state.result) return <FeedbackReceipt locale={locale} receipt={state.result} kinds={choices.kinds} attempt={state.attempt} />;
  const t = messages(locale).intake;
  const f = t.feedback;
  const values = state.values;
  const at = (path: string) => errorsAt(state.errors, path);
  return (
    <>
      <h1>{f.title}</h1>
      <p>{f.intro}</p>
      <ErrorSummary locale={locale} errors={state.errors} notice={state.notice} attempt={state.attempt} hrefOf={hrefOf} />
      <p className="meta">{t.form.requiredNote}</p>
      <form key={state.attempt} action={action} noValidate className="intake-form" aria-busy={isPending || undefined}>
        <input type="hidden" name="submissionKey" value={values.submissionKey ?? ''} />
        <ChoiceField id={id('kind')} name="kind" label={f.kind} locale={locale} required options={choices.kinds} defaultValue={values.kind} errors={at('kind')} />
        {recordTitle ? (
          <p className="prefilled" id={id('record-title')}>
            {fill(f.recordPrefilled, { title: recordTitle })}
          </p>
        ) : null}
        <TextField id={id('record')} name="record" label={f.record} hint={f.recordHint} locale={locale} autoComplete="off" defaultValue={values.record} errors={at('record')} describedByExtra={recordTitle ? [id('record-title')] : []} />
        <TextArea id={id('content')} name="content" label={f.content} hint={f.contentHint} locale={locale} required rows={8} defaultValue={values.content} errors={at('content')} />
        <ChoiceField id={id('rating')} name="rating" label={fill(t.optionalLabel, { label: f.rating })} hint={f.ratingHint} locale={locale} options={choices.ratings} defaultValue={values.rating} errors={at('rating')} />
        <fieldset className="group" aria-describedby={`${id('you')}-hint`}>
          <legend>{f.you}</legend>
          <Hint id={id('you')} text={f.youHint} />
          <TextField id={id('name')} name="name" label={f.name} locale={locale} autoComplete="name" defaultValue={values.name} errors={at('name')} />
          <TextField id={id('email')} name="email" type="email" inputMode="email" label={f.email} locale={locale} autoComplete="email" defaultValue={values.email} errors={at('email')} />
          <TextField id={id('phone')} name="phone" type="tel" inputMode="tel" label={f.phone} locale={locale} autoComplete="tel" defaultValue={values.phone} errors={at('phone')} />
        </fieldset>
        <p className="meta">{t.form.privacy}</p>
        <SubmitButton locale={locale} label={f.submit} isPending={isPending} />
      </form>
    </>
  );
};
