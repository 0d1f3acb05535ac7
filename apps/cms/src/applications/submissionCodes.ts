import { chinaDate, generateQueryCode, generateReceiptCode, type RandomBytes } from '@xxgk/domain';
import { createHash, createHmac, randomBytes } from 'node:crypto';

const nodeRandom: RandomBytes = (length) => new Uint8Array(randomBytes(length));

/** A new receipt code for a submission received today (Beijing time). */
export const newReceiptCode = ({ prefix, now = new Date() }: { prefix: string; now?: Date }) =>
  generateReceiptCode({ year: Number(chinaDate(now).slice(0, 4)), prefix, randomBytes: nodeRandom });

/**
 * The query code of a submission, derived from its submission key instead of drawn and stored:
 * HMAC-SHA-256(key, label + submission key) gives the bytes `generateQueryCode` turns into
 * symbols. Sending the same submission again thus answers the same query code, although only
 * its hash is kept. Applications and feedback use different labels, so one key sent to both
 * gives two unrelated codes.
 */
export const deriveQueryCode = ({ key, label, submissionKey }: { key: Buffer; label: 'query-code:' | 'feedback-query-code:'; submissionKey: string }): string => {
  const bytes = new Uint8Array(createHmac('sha256', key).update(label + submissionKey).digest());
  return generateQueryCode({ randomBytes: (length) => bytes.subarray(0, length) });
};

/** What is stored of a query code: the SHA-256 of its canonical form (80 random bits need no slow hash). */
export const hashQueryCode = (canonical: string): string => createHash('sha256').update(canonical).digest('hex');

/**
 * Compared against when no submission has the receipt code, so that an unknown receipt code and
 * a wrong query code cost the same work and answer alike.
 */
export const absentQueryCodeHash = hashQueryCode('no submission has this receipt code');
