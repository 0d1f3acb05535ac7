import type { ReactNode } from 'react';
import { messages, type Locale } from '../../i18n';
import type { Option } from '../../lib/intake/vocabulary';

/**
 * The controls of the intake forms, each with its label, hint and the gateway's message at the
 * field: the message and the hint describe the control (aria-describedby), the control says it is
 * invalid (aria-invalid), and a required one is marked with an asterisk and `required` (the
 * forms are `noValidate`: the gateway's messages, not the browser's, say what to fix).
 * Values are defaults (uncontrolled), so that the forms work without JavaScript; a refused form
 * comes back with what was typed.
 */
type Common = { id: string; name: string; label: string; locale: Locale; hint?: string; errors?: string[]; required?: boolean };

export const describedBy = (id: string, { hint, errors }: { hint?: string; errors?: string[] }, extra: string[] = []) =>
  [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null, ...extra].filter(Boolean).join(' ') || undefined;

/** The asterisk the form's note explains; assistive technology hears "required" from the control itself. */
export const RequiredMark = () => (
  <span className="required-mark" aria-hidden="true">
    {' *'}
  </span>
);

export const Hint = ({ id, text }: { id: string; text?: string }) => (text ? <p id={`${id}-hint`} className="hint">{text}</p> : null);

export const ErrorMessage = ({ id, errors, locale }: { id: string; errors?: string[]; locale: Locale }) =>
  errors?.length ? (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">{locale === 'en' ? 'Error: ' : '错误：'}</span>
      {errors.join(' ')}
    </p>
  ) : null;

const FieldFrame = ({ id, label, locale, hint, errors, required, children }: Omit<Common, 'name'> & { children: ReactNode }) => (
  <div className={errors?.length ? 'field has-error' : 'field'}>
    <label htmlFor={id}>
      {label}
      {required ? <RequiredMark /> : null}
    </label>
    <Hint id={id} text={hint} />
    <ErrorMessage id={id} errors={errors} locale={locale} />
    {children}
  </div>
);

export const TextField = ({
  type = 'text',
  defaultValue,
  autoComplete,
  inputMode,
  describedByExtra = [],
  invalid,
  ...common
}: Common & { type?: 'text' | 'email' | 'tel'; defaultValue?: string; autoComplete?: string; inputMode?: 'text' | 'email' | 'tel'; describedByExtra?: string[]; invalid?: boolean }) => (
  <FieldFrame {...common}>
    <input
      id={common.id}
      name={common.name}
      type={type}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      inputMode={inputMode}
      required={common.required}
      aria-describedby={describedBy(common.id, common, describedByExtra)}
      aria-invalid={invalid || common.errors?.length ? true : undefined}
    />
  </FieldFrame>
);

export const TextArea = ({
  defaultValue,
  rows = 6,
  autoComplete,
  describedByExtra = [],
  invalid,
  ...common
}: Common & { defaultValue?: string; rows?: number; autoComplete?: string; describedByExtra?: string[]; invalid?: boolean }) => (
  <FieldFrame {...common}>
    <textarea
      id={common.id}
      name={common.name}
      rows={rows}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      required={common.required}
      aria-describedby={describedBy(common.id, common, describedByExtra)}
      aria-invalid={invalid || common.errors?.length ? true : undefined}
    />
  </FieldFrame>
);

export const SelectField = ({ groups, defaultValue, ...common }: Common & { groups: { label: string | null; options: Option[] }[]; defaultValue?: string }) => (
  <FieldFrame {...common}>
    <select
      id={common.id}
      name={common.name}
      defaultValue={defaultValue ?? ''}
      required={common.required}
      aria-describedby={describedBy(common.id, common)}
      aria-invalid={common.errors?.length ? true : undefined}
    >
      <option value="">{messages(common.locale).intake.choose}</option>
      {groups.map((group) =>
        group.label === null ? (
          group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))
        ) : (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </select>
  </FieldFrame>
);

/**
 * A choice among a few (radio buttons) in a fieldset whose legend names it. The first button
 * carries the field's id, so that the error summary's link lands on the choice.
 */
export const ChoiceField = ({ options, defaultValue, ...common }: Common & { options: Option[]; defaultValue?: string }) => (
  <fieldset className={common.errors?.length ? 'field choices has-error' : 'field choices'} aria-describedby={describedBy(common.id, common)}>
    <legend>
      {common.label}
      {common.required ? <RequiredMark /> : null}
    </legend>
    <Hint id={common.id} text={common.hint} />
    <ErrorMessage id={common.id} errors={common.errors} locale={common.locale} />
    <div className="choice-list">
      {options.map((option, index) => {
        const id = index === 0 ? common.id : `${common.id}-${option.value.toLowerCase()}`;
        return (
          <div key={option.value} className="choice">
            <input
              id={id}
              type="radio"
              name={common.name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              required={common.required}
              aria-invalid={common.errors?.length ? true : undefined}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </div>
  </fieldset>
);
