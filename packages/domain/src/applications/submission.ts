import type { Refusal } from '../refusal';

/**
 * The key a client sends with a public submission (an application, or an appraisal, complaint or
 * correction request) so that sending it again — a double click, a retry after a lost answer —
 * files nothing new and answers the same receipt and query codes. Because resending it returns
 * the query code, the key is as secret as the code: it must be random and unguessable (a browser's
 * `crypto.randomUUID()`, or 16+ random bytes in base64url), made once per filled-in form.
 */
export const submissionKeyPattern = /^[A-Za-z0-9_-]{22,128}$/;

export const checkSubmissionKey = (value: unknown): Refusal | null =>
  typeof value === 'string' && submissionKeyPattern.test(value) ? null : { key: 'submissionKeyInvalid', path: 'submissionKey' };
