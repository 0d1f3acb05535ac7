import type { Refusal } from '@xxgk/domain';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Challenge, Payload as Solution } from 'altcha-lib/v1/types';

/**
 * The proof of work a public submission carries (ALTCHA, https://altcha.org): the gateway hands
 * out a challenge — a SHA-256 hash of a random salt and a secret number below `maxNumber`, signed
 * with the server's HMAC key, valid `validForMs`, and bound to what it may be spent on — and the
 * browser finds the number (about a second on a phone at the default 50,000). Nothing is kept
 * per challenge: the signature proves it is ours, and the case or feedback that spends it stores
 * the signature under a unique index, so a solution files one submission at most.
 *
 * The payload a client sends back is the ALTCHA widget's: base64 of
 * `{ algorithm, challenge, number, salt, signature }`.
 */
export type SubmissionPurpose = 'application' | 'feedback';

export type IssuedChallenge = Challenge & { maxnumber: number; expiresAt: Date };

export type ProofVerdict = { ok: true; signature: string } | { ok: false; refusal: Refusal };

const maxProofLength = 4_096;

const isSolution = (value: unknown): value is Solution => {
  const solution = value as Record<string, unknown> | null;
  return (
    typeof solution === 'object' &&
    solution !== null &&
    solution.algorithm === 'SHA-256' &&
    typeof solution.challenge === 'string' &&
    typeof solution.salt === 'string' &&
    typeof solution.signature === 'string' &&
    Number.isSafeInteger(solution.number) &&
    (solution.number as number) >= 0
  );
};

const decode = (proof: string): Solution | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(proof, 'base64').toString('utf8'));
    return isSolution(value) ? value : null;
  } catch {
    return null;
  }
};

export type ProofOfWork = ReturnType<typeof createProofOfWork>;

export const createProofOfWork = ({ hmacKey, maxNumber, validForMs = 10 * 60_000 }: { hmacKey: string; maxNumber: number; validForMs?: number }) => {
  const minutes = Math.round(validForMs / 60_000);
  const invalid: ProofVerdict = { ok: false, refusal: { key: 'submissionProofInvalid', path: 'proof' } };
  return {
    challenge: async (purpose: SubmissionPurpose): Promise<IssuedChallenge> => {
      const expiresAt = new Date(Date.now() + validForMs);
      const challenge = await createChallenge({ hmacKey, maxnumber: maxNumber, expires: expiresAt, params: { purpose } });
      return { ...challenge, maxnumber: maxNumber, expiresAt };
    },
    /** Whether `proof` solves a challenge this server issued for `purpose` and that has not expired. */
    verify: async (proof: string | null | undefined, purpose: SubmissionPurpose): Promise<ProofVerdict> => {
      if (!proof?.trim()) return { ok: false, refusal: { key: 'submissionProofMissing', path: 'proof' } };
      const solution = proof.length <= maxProofLength ? decode(proof.trim()) : null;
      if (!solution) return invalid;
      const params = extractParams(solution);
      // Genuine first (our signature, the right number), so that "expired" is said of our challenges only.
      if (params.purpose !== purpose || !(await verifySolution(solution, hmacKey, false))) return invalid;
      const expires = Number(params.expires);
      if (!Number.isFinite(expires) || expires * 1000 <= Date.now()) return { ok: false, refusal: { key: 'submissionProofExpired', path: 'proof', params: { minutes } } };
      return { ok: true, signature: solution.signature };
    },
  };
};
