import type { Labelled, Refusal } from '../refusal';
import { joinLabels, type LabelMap } from './caseModel';

/**
 * Single-field rules shared by the public forms (applications, appraisal, complaints,
 * corrections). They check and trim; they never strip or escape markup: what a citizen wrote is
 * kept as text, and rendering it safely is the renderer's job.
 *
 * Lengths are counted in characters as people count them (code points), so a rare character
 * outside the Basic Multilingual Plane counts as one.
 */
export const textLength = (text: string): number => [...text].length;

type Checked<T> = { value: T; refusal: null } | { value: null; refusal: Refusal };
const ok = <T>(value: T): Checked<T> => ({ value, refusal: null });
const refused = (refusal: Refusal): Checked<never> => ({ value: null, refusal });

const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A text field: trimmed; empty is null (or refused when required); at most `max` characters. */
export const checkText = ({
  value,
  path,
  field,
  max,
  required = false,
}: {
  value: unknown;
  path: string;
  field: Labelled;
  max: number;
  required?: boolean;
}): Checked<string | null> => {
  const text = asText(value);
  if (!text) return required ? refused({ key: 'applicationFieldRequired', path, params: { field } }) : ok(null);
  const length = textLength(text);
  if (length > max) return refused({ key: 'applicationFieldTooLong', path, params: { field, max, length } });
  return ok(text);
};

/** One value of a list; empty is null (or refused when required). */
export const checkChoice = <T extends string>({
  value,
  path,
  field,
  values,
  labels,
  required = false,
}: {
  value: unknown;
  path: string;
  field: Labelled;
  values: readonly T[];
  labels: LabelMap<T>;
  required?: boolean;
}): Checked<T | null> => {
  if (value === null || value === undefined || value === '') return required ? refused({ key: 'applicationChoiceRequired', path, params: { field } }) : ok(null);
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return ok(value as T);
  return refused({ key: 'choiceInvalid', path, params: { value: String(value), allowed: joinLabels(values, labels) } });
};

const emailMaxLength = 254;
// Deliberately loose (internationalised domains and addresses exist); the mail server is the judge.
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(\.[^\s@<>()[\]\\,;:".]+)+$/u;

export const checkEmail = ({ value, path = 'email' }: { value: unknown; path?: string }): Checked<string | null> => {
  const text = asText(value);
  if (!text) return ok(null);
  if (textLength(text) > emailMaxLength || !emailPattern.test(text)) return refused({ key: 'emailInvalid', path, params: { value: text.slice(0, 100) } });
  return ok(text);
};

// Mobile: 11 digits starting 13–19, optionally +86 / 86; landline: area code 0xx(x), 7–8 digits,
// optionally an extension after -, 转 or ext. Spaces and brackets around the area code are ignored.
const mobilePattern = /^(?:\+?86)?1[3-9]\d{9}$/;
const landlinePattern = /^0\d{2,3}-?\d{7,8}(?:(?:-|转|ext\.?)\d{1,6})?$/i;

export const isChinesePhone = (text: string): boolean => {
  const compact = text.replace(/[\s()（）]/g, '');
  return mobilePattern.test(compact.replace(/-/g, '')) || landlinePattern.test(compact);
};

// Spaces and brackets are allowed, so the pattern alone bounds nothing: 30 characters are more than any real number needs.
const phoneMaxLength = 30;

export const checkPhone = ({ value, path = 'phone' }: { value: unknown; path?: string }): Checked<string | null> => {
  const text = asText(value);
  if (!text) return ok(null);
  return textLength(text) <= phoneMaxLength && isChinesePhone(text) ? ok(text) : refused({ key: 'phoneInvalid', path, params: { value: text.slice(0, 40) } });
};
