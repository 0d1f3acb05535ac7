import { applicationAttachmentLimits, applicationAttachmentsPath, checkApplicationAttachments, collections, type Refusal } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { ApplicationAttachmentsCustom } from '../collections/applications/ApplicationAttachments';
import { inspectUpload } from '../uploads/inspectUpload';

/** A file sent with the public application form, read into memory by the caller (the gateway's multipart parser). */
export type SubmittedFile = { name: string; type: string; size: number; data: Buffer };

/** What the public form may attach: the domain's count and total, and each file's size limit (UPLOAD_MAX_MB, the upload rules'). */
export const applicationAttachmentLimitsOf = (payload: Payload) => {
  const custom = payload.collections[collections.applicationAttachments].config.custom as ApplicationAttachmentsCustom;
  return { ...applicationAttachmentLimits, maxFileMegabytes: custom.maxMegabytes };
};

/**
 * Every refusal of the files, before anything is written: the set (count, total size) and each
 * file by the upload rules every attachment follows, all at the form's `attachments` field and
 * each naming its file.
 */
export const checkSubmittedAttachments = async (payload: Payload, files: readonly SubmittedFile[]): Promise<Refusal[]> => {
  const { maxFileMegabytes } = applicationAttachmentLimitsOf(payload);
  const refusals = checkApplicationAttachments({ files });
  for (const file of files) {
    const refusal = await inspectUpload({ file: { name: file.name, mimetype: file.type, size: file.size, data: file.data }, maxMegabytes: maxFileMegabytes, path: applicationAttachmentsPath });
    if (refusal) refusals.push(refusal);
  }
  return refusals;
};

/**
 * A file that passed the rules but that Payload could not process (an image whose header says
 * PNG but whose dimensions cannot be read): the applicant's to fix, not a failure to retry.
 */
export class AttachmentUnreadable extends Error {
  constructor(readonly fileName: string) {
    super(`The attached file "${fileName}" cannot be read`);
  }
}

/**
 * Stores the files of a case just filed, as the applicant (the collection's hooks check each
 * file again and store it under a random name). When one cannot be stored, those already
 * stored are deleted (with their files) and the error goes on, so that the intake can remove
 * the case too: a failed submission leaves nothing.
 */
export const storeSubmittedAttachments = async (payload: Payload, caseId: number | string, files: readonly SubmittedFile[]): Promise<string[]> => {
  const stored: (number | string)[] = [];
  let current: SubmittedFile | undefined;
  try {
    for (const file of files) {
      current = file;
      const doc = await payload.create({
        collection: collections.applicationAttachments,
        data: { case: caseId as number },
        file: { name: file.name, mimetype: file.type, size: file.size, data: file.data },
        context: { caseActor: 'applicant' },
        depth: 0,
        overrideAccess: true,
      });
      stored.push(doc.id);
    }
  } catch (error) {
    if (stored.length) await payload.delete({ collection: collections.applicationAttachments, where: { id: { in: stored } }, overrideAccess: true });
    throw current && (error as Error | undefined)?.name === 'FileUploadError' ? new AttachmentUnreadable(current.name) : error;
  }
  return files.map((file) => file.name);
};

/** The names of a case's files as they were sent, oldest first: what a receipt lists. */
export const attachmentNamesOf = async (payload: Payload, caseId: number | string): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: collections.applicationAttachments,
    where: { case: { equals: caseId } },
    select: { originalName: true },
    sort: 'id',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  });
  return docs.map((doc) => doc.originalName ?? '');
};

export { applicationAttachmentsPath };
