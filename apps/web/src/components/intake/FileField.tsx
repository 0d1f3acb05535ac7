import type { Locale } from '../../i18n';
import { ErrorMessage, Hint, describedBy } from './fields';

/**
 * A file input with its label, the hint saying what may be attached (types, sizes) and the
 * gateway's messages at the field. A browser never fills a file input in again, so a form sent
 * back names the files chosen last time and asks for them again (`chosen`).
 */
export const FileField = ({
  id,
  name,
  label,
  hint,
  again,
  accept,
  locale,
  errors = [],
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  /** "Choose them again: …", when files were chosen last time. */
  again: string | null;
  accept: string;
  locale: Locale;
  errors?: string[];
}) => (
  <div className={errors.length ? 'field has-error' : 'field'}>
    <label htmlFor={id}>{label}</label>
    <Hint id={id} text={hint} />
    {again ? (
      <p id={`${id}-again`} className="hint">
        {again}
      </p>
    ) : null}
    <ErrorMessage id={id} errors={errors} locale={locale} />
    <input
      id={id}
      name={name}
      type="file"
      multiple
      accept={accept}
      aria-describedby={describedBy(id, { hint, errors }, again ? [`${id}-again`] : [])}
      aria-invalid={errors.length ? true : undefined}
    />
  </div>
);
