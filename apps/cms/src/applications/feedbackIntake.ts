import { checkSubmissionKey, chinaDate, collections, feedbackReceiptPrefix, validateFeedback, type Language, type Refusal } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { Feedback } from '../payload-types';
import { createOnce, exists } from './createOnce';
import type { FeedbackContext } from './feedbackContext';
import { proofSpent, refused, type Accepted, type Refused } from './intakeResult';
import { resolveRecordReference } from './recordReference';
import { deriveQueryCode, hashQueryCode, newReceiptCode } from './submissionCodes';
import { deriveSubmissionKey } from './submissionSecrets';

export type FeedbackReceipt = { receiptCode: string; queryCode: string; receivedOn: string };

type FiledFeedback = Pick<Feedback, 'id' | 'receiptNo' | 'createdAt'>;
const feedbackColumns = { receiptNo: true, createdAt: true } as const;

/**
 * Files an appraisal, complaint or correction request (评议、举报、纠错) from the public site, as
 * `submitApplication` files an application: validated by the domain, a correction's record
 * checked against what is public, stored once per submission key and proof-of-work, answered
 * with a receipt code (FK-…) and a query code derived from the key. The name and the contact are
 * kept in the fields only the disclosure office reads; e-mail and phone share the one contact field.
 */
export const submitFeedback = async ({
  payload,
  input,
  submissionKey,
  challenge,
  language,
  siteUrl,
}: {
  payload: Payload;
  input: Record<string, unknown>;
  submissionKey: string;
  challenge: string;
  language: Language;
  siteUrl?: string;
}): Promise<Accepted<FeedbackReceipt> | Refused> => {
  const keyRefusal = checkSubmissionKey(submissionKey);
  const verdict = validateFeedback({ input });
  const refusals: Refusal[] = [...(keyRefusal ? [keyRefusal] : []), ...(verdict.isValid ? [] : verdict.refusals)];
  if (refusals.length > 0 || !verdict.isValid) return refused(refusals, language);
  if (!challenge) throw new Error('submitFeedback needs the verified proof-of-work (challenge)');
  const submission = verdict.value;
  const reference = submission.record ? await resolveRecordReference({ payload, reference: submission.record, siteUrl }) : { record: null, recordUrl: null };
  if ('key' in reference) return refused([reference], language);

  const queryCode = deriveQueryCode({ key: deriveSubmissionKey(payload, 'query-code'), label: 'feedback-query-code:', submissionKey });
  const contact = [submission.email, submission.phone].filter(Boolean).join(' / ') || null;
  const outcome = await createOnce<FiledFeedback>({
    findBySubmissionKey: async () => {
      const { docs } = await payload.find({ collection: collections.feedback, where: { submissionKey: { equals: submissionKey } }, select: feedbackColumns, depth: 0, limit: 1, pagination: false, overrideAccess: true });
      return (docs[0] as FiledFeedback | undefined) ?? null;
    },
    isProofSpent: () => exists(payload, collections.feedback, 'challenge', challenge),
    write: async () => {
      const filed = await payload.create({
        collection: collections.feedback,
        data: {
          receiptNo: newReceiptCode({ prefix: feedbackReceiptPrefix }),
          queryCodeHash: hashQueryCode(queryCode),
          submissionKey,
          challenge,
          kind: submission.kind,
          // Derived from the log by the hook (deriveFeedback); given because the type requires it.
          status: 'received',
          content: submission.content,
          rating: submission.rating,
          record: reference.record as number | null,
          recordUrl: reference.recordUrl,
          name: submission.name,
          contact,
        },
        depth: 0,
        overrideAccess: true,
        // Filed by the member of the public: the hook logs `receive` by the submitter and tells the office.
        context: { feedbackActor: 'submitter' } satisfies FeedbackContext,
      });
      return { id: filed.id, receiptNo: filed.receiptNo, createdAt: filed.createdAt };
    },
  });
  if (outcome.kind === 'proofSpent') return proofSpent(language);
  const { doc } = outcome;
  return { ok: true, replayed: outcome.kind === 'existing', receipt: { receiptCode: doc.receiptNo!, queryCode, receivedOn: chinaDate(new Date(doc.createdAt)) } };
};
