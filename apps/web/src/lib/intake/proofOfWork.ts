import { createHash } from 'node:crypto';

/**
 * Solves the gateway's proof-of-work challenge (ALTCHA v1) on the site's server, so that the
 * forms work without JavaScript: find `number` in 0…maxnumber with
 * hex(SHA-256(salt + number)) == challenge, and answer the payload the ALTCHA widget would send,
 * base64 of {algorithm, challenge, number, salt, signature}. At the default difficulty (50,000)
 * this takes a few milliseconds of CPU here; the site limits how often a visitor may make it do
 * so (lib/intake/submissionLimit.ts).
 */
export type Challenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };

/** Hashes between two yields to the event loop, so that other requests are served meanwhile. */
const hashesPerSlice = 5_000;
/** More than the gateway allows (GATEWAY_PROOF_OF_WORK_MAX_NUMBER ≤ 10,000,000): a bound on the work, whatever the answer says. */
const largestNumber = 10_000_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The ALTCHA payload for the challenge, or null when it has no solution within its bound. */
export const solveChallenge = async (challenge: Challenge): Promise<string | null> => {
  if (challenge.algorithm !== 'SHA-256') return null;
  const target = challenge.challenge.toLowerCase();
  const bound = Math.min(challenge.maxnumber, largestNumber);
  for (let number = 0; number <= bound; number += 1) {
    if (createHash('sha256').update(`${challenge.salt}${number}`).digest('hex') === target) {
      const { algorithm, salt, signature } = challenge;
      return Buffer.from(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature })).toString('base64');
    }
    if (number % hashesPerSlice === hashesPerSlice - 1) await yieldToEventLoop();
  }
  return null;
};
