'use client';

import { useActionState } from 'react';
import { submitApplication } from '../../app/[lang]/apply/actions';
import { fill, messages, type Locale } from '../../i18n';
import type { ApplicationFormState } from '../../lib/intake/applicationForm';
import { initialFormState } from '../../lib/intake/formState';
import { links } from '../../lib/links';
import type { Option } from '../../lib/intake/vocabulary';
import { ApplicationReceipt } from './ApplicationReceipt';
import { ErrorSummary, errorsAt } from './ErrorSummary';
import { ChoiceField, ErrorMessage, Hint, SelectField, TextArea, TextField } from './fields';
import { FileField } from './FileField';
import { chosenFilesValue } from '../../lib/intake/applicationForm';
import { SubmitButton } from './SubmitButton';

export type ApplicationChoices = {
  applicantTypes: { label: string | null; options: Option[] }[];
  idTypes: Option[];
  forms: Option[];
  deliveries: Option[];
  /** What may be attached (the domain's count and total, the upload limit per file) and the file input's `accept`. */
  attachments: { maxFiles: number; maxFileMegabytes: number; maxTotalMegabytes: number; accept: string };
};

const id = (name: string) => `apply-${name}`;

/** Where the summary sends the reader for each of the gateway's paths ("contact" is the first contact field). */
const hrefOf = (path: string) =>
  ['applicantType', 'name', 'idType', 'idNumber', 'email', 'phone', 'address', 'informationRequested', 'purpose', 'form', 'delivery', 'attachments'].includes(path)
    ? `#${id(path)}`
    : path === 'contact'
      ? `#${id('email')}`
      : null;

/**
 * 信息公开申请表: a plain form POSTed to a server action (it works without JavaScript; with it,
 * the page is not reloaded and the button shows that the submission is on its way). The
 * submission key was made when the page was rendered: sending the same form twice, or refreshing
 * the receipt, files one application and shows its receipt again. The form is mounted afresh
 * for each answer (`key`): React resets a form after its action, and a select only takes its
 * default value when it is mounted, so this is how every control shows what was sent.
 */
export const ApplicationForm = ({ locale, submissionKey, choices }: { locale: Locale; submissionKey: string; choices: ApplicationChoices }) => {
  const [state, action, isPending] = useActionState<ApplicationFormState, FormData>(submitApplication, initialFormState({ submissionKey }), links.apply(locale));
  if (state.result) return <ApplicationReceipt locale={locale} receipt={state.result} attempt={state.attempt} />;
  const t = messages(locale).intake;
  const f = t.apply;
  const values = state.values;
  const at = (path: string) => errorsAt(state.errors, path);
  const contactErrors = at('contact');
  const files = choices.attachments;
  const chosen = values[chosenFilesValue]?.split('\n').filter(Boolean) ?? [];
  const contactDescription = [`${id('contact')}-hint`, contactErrors.length ? `${id('contact')}-error` : null].filter((part): part is string => part !== null);
  return (
    <>
      <h1>{f.title}</h1>
      <p>{f.intro}</p>
      <ErrorSummary locale={locale} errors={state.errors} notice={state.notice} attempt={state.attempt} hrefOf={hrefOf} />
      <p className="meta">{t.form.requiredNote}</p>
      <form key={state.attempt} action={action} noValidate className="intake-form" aria-busy={isPending || undefined}>
        <input type="hidden" name="submissionKey" value={values.submissionKey ?? submissionKey} />
        <fieldset className="group">
          <legend>{f.applicant}</legend>
          <SelectField id={id('applicantType')} name="applicantType" label={f.applicantType} locale={locale} required groups={choices.applicantTypes} defaultValue={values.applicantType} errors={at('applicantType')} />
          <TextField id={id('name')} name="name" label={f.name} hint={f.nameHint} locale={locale} required autoComplete="name" defaultValue={values.name} errors={at('name')} />
          <fieldset className="group nested" aria-describedby={`${id('identity')}-hint`}>
            <legend>{f.identity}</legend>
            <Hint id={id('identity')} text={f.identityHint} />
            <SelectField id={id('idType')} name="idType" label={f.idType} locale={locale} groups={[{ label: null, options: choices.idTypes }]} defaultValue={values.idType} errors={at('idType')} />
            <TextField id={id('idNumber')} name="idNumber" label={f.idNumber} locale={locale} autoComplete="off" defaultValue={values.idNumber} errors={at('idNumber')} />
          </fieldset>
        </fieldset>
        <fieldset className={contactErrors.length ? 'group has-error' : 'group'} aria-describedby={contactDescription.join(' ')}>
          <legend>{f.contact}</legend>
          <Hint id={id('contact')} text={f.contactHint} />
          <ErrorMessage id={id('contact')} errors={contactErrors} locale={locale} />
          <TextField id={id('email')} name="email" type="email" inputMode="email" label={f.email} hint={f.emailHint} locale={locale} autoComplete="email" defaultValue={values.email} errors={at('email')} invalid={contactErrors.length > 0} describedByExtra={contactErrors.length ? [`${id('contact')}-error`] : []} />
          <TextField id={id('phone')} name="phone" type="tel" inputMode="tel" label={f.phone} hint={f.phoneHint} locale={locale} autoComplete="tel" defaultValue={values.phone} errors={at('phone')} invalid={contactErrors.length > 0} describedByExtra={contactErrors.length ? [`${id('contact')}-error`] : []} />
          <TextArea id={id('address')} name="address" rows={2} label={f.address} hint={f.addressHint} locale={locale} autoComplete="street-address" defaultValue={values.address} errors={at('address')} invalid={contactErrors.length > 0} describedByExtra={contactErrors.length ? [`${id('contact')}-error`] : []} />
        </fieldset>
        <fieldset className="group">
          <legend>{f.request}</legend>
          <TextArea id={id('informationRequested')} name="informationRequested" label={f.informationRequested} hint={f.informationRequestedHint} locale={locale} required rows={8} defaultValue={values.informationRequested} errors={at('informationRequested')} />
          <TextArea id={id('purpose')} name="purpose" label={fill(t.optionalLabel, { label: f.purpose })} hint={f.purposeHint} locale={locale} rows={3} defaultValue={values.purpose} errors={at('purpose')} />
          <ChoiceField id={id('form')} name="form" label={f.form} locale={locale} required options={choices.forms} defaultValue={values.form} errors={at('form')} />
          <ChoiceField id={id('delivery')} name="delivery" label={f.delivery} hint={f.deliveryHint} locale={locale} required options={choices.deliveries} defaultValue={values.delivery} errors={at('delivery')} />
          <FileField
            id={id('attachments')}
            name="attachments"
            label={fill(t.optionalLabel, { label: f.attachments })}
            hint={fill(f.attachmentsHint, { count: files.maxFiles, each: files.maxFileMegabytes, total: files.maxTotalMegabytes })}
            again={chosen.length ? fill(f.attachmentsAgain, { names: chosen.join(locale === 'en' ? ', ' : '、') }) : null}
            accept={files.accept}
            locale={locale}
            errors={at('attachments')}
          />
        </fieldset>
        <p className="meta">{t.form.privacy}</p>
        <SubmitButton locale={locale} label={f.submit} isPending={isPending} />
      </form>
    </>
  );
};
