/**
 * What a form of the public intake shows after it was sent: the values as typed (so nothing is
 * lost on a refusal), the gateway's messages at their fields, a message about the whole form, and
 * the result (a receipt, a status). Plain data, so that it travels from the server action to the
 * page with or without JavaScript. Shared by the server actions and the client forms.
 */
export type FieldError = { path: string; message: string };

export type FormState<Result> = {
  values: Record<string, string>;
  errors: FieldError[];
  /** A problem with the whole form (too many submissions, the service unavailable). */
  notice: string | null;
  result: Result | null;
  /** How many times the form was sent: each answer moves the focus again (to the summary, or the result). */
  attempt: number;
};

export const initialFormState = <Result>(values: Record<string, string> = {}): FormState<Result> => ({ values, errors: [], notice: null, result: null, attempt: 0 });

/** The form's text fields among `names`; anything else the request carried is ignored. */
export const readValues = (formData: FormData, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );

/** An empty field is no answer; anything else is sent exactly as typed (the gateway trims and checks). */
export const textOrNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);
