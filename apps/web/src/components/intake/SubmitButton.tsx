import { messages, type Locale } from '../../i18n';

/**
 * The form's button. While a submission is on its way (with JavaScript) it says so and cannot be
 * pressed again; without JavaScript a second press sends the same submission key, which files
 * nothing twice.
 */
export const SubmitButton = ({ locale, label, isPending }: { locale: Locale; label: string; isPending: boolean }) => (
  <div className="form-actions">
    <button type="submit" className="primary" disabled={isPending}>
      {isPending ? messages(locale).intake.form.submitting : label}
    </button>
    <p className="visually-hidden" role="status">
      {isPending ? messages(locale).intake.form.submitting : ''}
    </p>
  </div>
);
