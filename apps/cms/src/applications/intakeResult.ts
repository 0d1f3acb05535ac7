import { formatMessage, refusalMessage, type Language, type Refusal } from '@xxgk/domain';

/** A refusal as the public intake answers it: the field (or argument) concerned and the message in the request's language. */
export type FieldError = { path: string; message: string };

export type Refused = {
  ok: false;
  /** `invalid`: the input (fix and send again); `proofSpent`: the proof-of-work was used by another submission. */
  reason: 'invalid' | 'proofSpent';
  /** One line for the whole answer, e.g. 「提交的内容有 2 处需要修改…」. */
  message: string;
  fieldErrors: FieldError[];
};

export type Accepted<T> = {
  ok: true;
  receipt: T;
  /** True when this submission key had already been filed: the answer is that first submission's. */
  replayed: boolean;
};

export const refused = (refusals: Refusal[], language: Language, reason: Refused['reason'] = 'invalid'): Refused => {
  const fieldErrors = refusals.map((refusal) => ({ path: refusal.path ?? 'input', message: refusalMessage(refusal, language) }));
  return {
    ok: false,
    reason,
    // One refusal is its own summary; several are counted.
    message: fieldErrors.length === 1 ? fieldErrors[0]!.message : formatMessage(language, 'submissionRefused', { count: fieldErrors.length }),
    fieldErrors,
  };
};

/** The refusal of a proof-of-work that another submission already spent. */
export const proofSpent = (language: Language): Refused => refused([{ key: 'submissionProofSpent', path: 'proof' }], language, 'proofSpent');
