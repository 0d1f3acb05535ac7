import {
  checkSubmissionKey,
  chinaDate,
  collections,
  receiptPrefix,
  validateApplication,
  type ApplicationSubmission,
  type Language,
  type Refusal,
} from '@xxgk/domain';
import type { Payload } from 'payload';
import type { ApplicationCase } from '../payload-types';
import { AttachmentUnreadable, attachmentNamesOf, checkSubmittedAttachments, storeSubmittedAttachments, type SubmittedFile } from './attachmentIntake';
import { loadCaseSettings } from './caseSettings';
import { createOnce, exists } from './createOnce';
import { proofSpent, refused, type Accepted, type Refused } from './intakeResult';
import { deriveQueryCode, hashQueryCode, newReceiptCode } from './submissionCodes';
import { deriveSubmissionKey } from './submissionSecrets';

/** What the applicant is given once the application is filed: the two codes and the dates that start the clock. */
export type ApplicationReceipt = {
  receiptCode: string;
  /** Shown once: only its hash is stored. Resending the same submission key gives it again. */
  queryCode: string;
  receivedOn: string;
  /** The reply deadline as the case's hooks derived it (null if they did not). */
  dueOn: string | null;
  /** The names of the files attached, as sent. */
  attachments: string[];
};

const receiptColumns = { caseNo: true, receivedOn: true, dueOn: true } as const;
type FiledCase = Pick<ApplicationCase, 'id' | 'caseNo' | 'receivedOn' | 'dueOn'>;

/**
 * Files an application from the public site (网上申请): validated with the domain's rules and
 * the institution's settings, then the applicant's personal data (their own collection, for the
 * disclosure office alone) and the case, written as the applicant (`context.caseActor`), so the
 * case's hooks log its receipt and start the clock. Nothing is stored for a refused submission,
 * and the answer comes only once both writes are done (SQLite: WAL with synchronous FULL;
 * MongoDB: the driver's acknowledged write).
 *
 * `challenge` is the proof-of-work the caller verified (its signature): stored with the case, so
 * that one solution files one submission. The same `submissionKey` again answers the first
 * submission's receipt, also when two arrive at once (docs/APPLICATIONS.md, "Public intake").
 *
 * `attachments` are the files sent with the form: checked with the rest before anything is
 * written (count, total size, each file by the upload rules), stored after the case and before
 * the answer, and never stored twice (a replay answers the first submission's files).
 */
export const submitApplication = async ({
  payload,
  input,
  submissionKey,
  challenge,
  language,
  attachments = [],
}: {
  payload: Payload;
  input: Record<string, unknown>;
  submissionKey: string;
  challenge: string;
  language: Language;
  attachments?: readonly SubmittedFile[];
}): Promise<Accepted<ApplicationReceipt> | Refused> => {
  const settings = await loadCaseSettings(payload);
  const keyRefusal = checkSubmissionKey(submissionKey);
  const verdict = validateApplication({ input, settings });
  const fileRefusals = await checkSubmittedAttachments(payload, attachments);
  const refusals: Refusal[] = [...(keyRefusal ? [keyRefusal] : []), ...(verdict.isValid ? [] : verdict.refusals), ...fileRefusals];
  if (refusals.length > 0 || !verdict.isValid) return refused(refusals, language);
  if (!challenge) throw new Error('submitApplication needs the verified proof-of-work (challenge)');

  const queryCode = deriveQueryCode({ key: deriveSubmissionKey(payload, 'query-code'), label: 'query-code:', submissionKey });
  const outcome = await createOnce<FiledCase>({
    isFinal: (error) => error instanceof AttachmentUnreadable,
    findBySubmissionKey: async () => {
      const { docs } = await payload.find({ collection: collections.applicationCases, where: { submissionKey: { equals: submissionKey } }, select: receiptColumns, depth: 0, limit: 1, pagination: false, overrideAccess: true });
      return (docs[0] as FiledCase | undefined) ?? null;
    },
    isProofSpent: () => exists(payload, collections.applicationCases, 'challenge', challenge),
    write: () => fileCase({ payload, submission: verdict.value, submissionKey, challenge, queryCodeHash: hashQueryCode(queryCode), attachments }),
  }).catch((error: unknown) => {
    if (error instanceof AttachmentUnreadable) return { kind: 'unreadable' as const, name: error.fileName };
    throw error;
  });
  if (outcome.kind === 'unreadable') return refused([{ key: 'attachmentUnreadable', path: 'attachments', params: { name: outcome.name } }], language);
  if (outcome.kind === 'proofSpent') return proofSpent(language);
  const { doc } = outcome;
  return {
    ok: true,
    replayed: outcome.kind === 'existing',
    receipt: { receiptCode: doc.caseNo!, queryCode, receivedOn: doc.receivedOn, dueOn: doc.dueOn ?? null, attachments: await attachmentNamesOf(payload, doc.id) },
  };
};

/** The applicant, then the case, then its files; what was written is removed again when a later write fails. */
const fileCase = async ({
  payload,
  submission,
  submissionKey,
  challenge,
  queryCodeHash,
  attachments,
}: {
  payload: Payload;
  submission: ApplicationSubmission;
  submissionKey: string;
  challenge: string;
  queryCodeHash: string;
  attachments: readonly SubmittedFile[];
}): Promise<FiledCase> => {
  const { name, idType, idNumber, email, phone, address } = submission;
  const applicant = await payload.create({
    collection: collections.applicants,
    data: { name, idType, idNumber, email, phone, address },
    depth: 0,
    overrideAccess: true,
  });
  try {
    const filed = await payload.create({
      collection: collections.applicationCases,
      data: {
        caseNo: newReceiptCode({ prefix: receiptPrefix }),
        queryCodeHash,
        submissionKey,
        challenge,
        channel: 'online',
        applicantType: submission.applicantType,
        applicant: applicant.id,
        informationRequested: submission.informationRequested,
        purpose: submission.purpose,
        form: submission.form,
        delivery: submission.delivery,
        // Required by the type: the case's hooks derive both from the receipt they log (an applicant's is always today).
        status: 'received',
        receivedOn: chinaDate(new Date()),
      },
      context: { caseActor: 'applicant' },
      depth: 0,
      overrideAccess: true,
    });
    try {
      await storeSubmittedAttachments(payload, filed.id, attachments);
    } catch (error) {
      await payload.delete({ collection: collections.applicationCases, id: filed.id, overrideAccess: true });
      throw error;
    }
    return { id: filed.id, caseNo: filed.caseNo, receivedOn: filed.receivedOn, dueOn: filed.dueOn };
  } catch (error) {
    await payload.delete({ collection: collections.applicants, id: applicant.id, overrideAccess: true });
    throw error;
  }
};
