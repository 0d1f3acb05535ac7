// Created through graphql-yoga so the error class is the one its masking recognises (graphql
// ships both CommonJS and ESM builds, and instanceof differs between them).
import { createGraphQLError } from 'graphql-yoga';

/**
 * Errors a client caused, with a bilingual message that says what to fix. They are the only
 * errors shown to clients; anything else is masked by graphql-yoga.
 */
export const badInput = (zh: string, en: string, field?: string) =>
  createGraphQLError(`${zh} / ${en}`, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });

/**
 * A refusal of the public intake (a submission or a status lookup): BAD_USER_INPUT with every
 * problem at its field (`extensions.fieldErrors: [{ path, message }]`), all in the request's
 * language, and a `reason` saying which kind: INVALID_INPUT, or PROOF_MISSING, PROOF_INVALID,
 * PROOF_EXPIRED, PROOF_SPENT for the proof of work (the client should solve a new challenge).
 */
export type IntakeRefusal = { message: string; fieldErrors: { path: string; message: string }[] };
export type RefusalReason = 'INVALID_INPUT' | 'PROOF_MISSING' | 'PROOF_INVALID' | 'PROOF_EXPIRED' | 'PROOF_SPENT';

export const refusedInput = (refusal: IntakeRefusal, reason: RefusalReason) =>
  createGraphQLError(refusal.message, { extensions: { code: 'BAD_USER_INPUT', reason, fieldErrors: refusal.fieldErrors } });

/** Runs an expensive resolver under a time limit, so one costly query cannot hold the server. */
export const withTimeout = async <T>(work: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(createGraphQLError(`查询超时（${what}，上限 ${ms} 毫秒），请缩小范围后重试 / Query timed out (${what}, limit ${ms} ms); narrow it and retry`, { extensions: { code: 'TIMEOUT' } })),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
