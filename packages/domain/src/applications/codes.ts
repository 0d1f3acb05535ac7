/**
 * The two codes an applicant receives.
 * - The receipt code (回执编号), e.g. YSQ-2026-7KQ3-M9XD: printed on the receipt and quoted in
 *   letters; 依申请 + the year of receipt + 8 random characters (40 bits). It names the case;
 *   knowing it grants nothing.
 * - The query code (查询码), e.g. 4HTR-9WCZ-QN2E-8JBP: 16 random characters (80 bits), shown
 *   once to the applicant; with the receipt code it lets them follow, amend and withdraw the
 *   application on the public site. Store only a hash of it (SHA-256 is enough at 80 bits) and
 *   compare with `codesEqual`.
 * The alphabet has no 0/O and no 1/I, so a code read aloud or typed from paper has one reading,
 * and its 32 symbols take exactly 5 bits of a random byte each (no modulo bias).
 * Randomness is injected (`crypto.getRandomValues` or node:crypto's `randomBytes`), keeping this
 * module pure and testable.
 */
export const codeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const receiptPrefix = 'YSQ';
/**
 * Appraisals, complaints and correction requests (评议、举报、纠错) get receipts of their own,
 * FK (反馈) instead of YSQ, so that a code typed into the wrong lookup is refused as malformed
 * rather than searched for among the applications.
 */
export const feedbackReceiptPrefix = 'FK';
export const receiptRandomLength = 8;
export const queryCodeLength = 16;

export type RandomBytes = (length: number) => Uint8Array;

const randomSymbols = (count: number, randomBytes: RandomBytes): string => {
  const bytes = randomBytes(count);
  if (bytes.length < count) throw new Error(`randomBytes returned ${bytes.length} bytes, ${count} needed`);
  return Array.from(bytes.subarray(0, count), (byte) => codeAlphabet[byte & 31]).join('');
};
const groupsOfFour = (symbols: string) => symbols.match(/.{1,4}/g)!.join('-');

export const generateReceiptCode = ({ year, randomBytes, prefix = receiptPrefix }: { year: number; randomBytes: RandomBytes; prefix?: string }): string =>
  `${prefix}-${year}-${groupsOfFour(randomSymbols(receiptRandomLength, randomBytes))}`;

export const generateQueryCode = ({ randomBytes }: { randomBytes: RandomBytes }): string => groupsOfFour(randomSymbols(queryCodeLength, randomBytes));

/**
 * A code as typed, compacted: full-width forms folded (ＹＳＱ from a Chinese input method),
 * upper case, spaces, dashes and other separators removed.
 */
export const compactCode = (input: string): string =>
  input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―_·.]/gu, '');

const symbols = `[${codeAlphabet}]`;
const receiptPattern = (prefix: string) => new RegExp(`^${prefix}(\\d{4})(${symbols}{${receiptRandomLength}})$`);
const receiptPatterns = new Map([receiptPrefix, feedbackReceiptPrefix].map((prefix) => [prefix, receiptPattern(prefix)]));
const queryPattern = new RegExp(`^${symbols}{${queryCodeLength}}$`);

/** The canonical receipt code of what a user typed (an application's by default), or null when it cannot be one. */
export const parseReceiptCode = (input: string, prefix: string = receiptPrefix): string | null => {
  const pattern = receiptPatterns.get(prefix) ?? receiptPattern(prefix);
  const match = pattern.exec(compactCode(input));
  return match ? `${prefix}-${match[1]}-${groupsOfFour(match[2]!)}` : null;
};

/** The canonical query code of what a user typed, or null when it cannot be one. */
export const parseQueryCode = (input: string): string | null => {
  const compact = compactCode(input);
  return queryPattern.test(compact) ? groupsOfFour(compact) : null;
};

/**
 * Compares two codes (their canonical forms, or their hashes) in time that depends only on their lengths, not on where
 * they first differ, so a response time tells nothing about a secret's prefix.
 */
export const codesEqual = (a: string, b: string): boolean => {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let index = 0; index < length; index += 1) difference |= (a.charCodeAt(index) | 0) ^ (b.charCodeAt(index) | 0);
  return difference === 0;
};
