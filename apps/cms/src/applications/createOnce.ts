import type { Payload } from 'payload';

/**
 * Files a public submission at most once per submission key, and spends a proof-of-work once.
 * The database's unique indexes (submissionKey, challenge, the receipt code) are the guarantee;
 * the reads before the write only spare the common cases a failed write. When the write fails —
 * another request with the same key won the race, a proof-of-work was spent meanwhile, a receipt
 * code collided (40 random bits), or MongoDB aborted a transaction that met another's write — the
 * outcome is read again and the write retried, a few times at most.
 *
 * `write` returns the stored document, and must leave nothing behind when it fails halfway (the
 * intake deletes an applicant whose case was not created), so a failed submission stores nothing.
 */
export type CreateOnceOutcome<T> = { kind: 'created'; doc: T } | { kind: 'existing'; doc: T } | { kind: 'proofSpent' };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const createOnce = async <T>({
  findBySubmissionKey,
  isProofSpent,
  write,
  attempts = 4,
  isFinal = () => false,
}: {
  findBySubmissionKey: () => Promise<T | null>;
  isProofSpent: () => Promise<boolean>;
  write: () => Promise<T>;
  attempts?: number;
  /** An error that another attempt would only repeat (the submission's own fault): thrown at once. */
  isFinal?: (error: unknown) => boolean;
}): Promise<CreateOnceOutcome<T>> => {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const existing = await findBySubmissionKey();
    if (existing) return { kind: 'existing', doc: existing };
    if (await isProofSpent()) return { kind: 'proofSpent' };
    try {
      return { kind: 'created', doc: await write() };
    } catch (error) {
      if (isFinal(error)) throw error;
      lastError = error;
      // A concurrent winner may not be readable at once (a MongoDB transaction still committing).
      await pause(25 * 2 ** attempt);
    }
  }
  throw lastError;
};

/** Whether a document of `collection` has `value` in `field` (read past access rules: these fields are hidden). */
export const exists = async (payload: Payload, collection: 'application-cases' | 'feedback', field: 'challenge' | 'submissionKey', value: string) =>
  (await payload.count({ collection, where: { [field]: { equals: value } }, overrideAccess: true })).totalDocs > 0;
