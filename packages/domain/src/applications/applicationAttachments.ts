import { megabytes } from '../attachmentFile';
import type { Refusal } from '../refusal';

/**
 * What an applicant may attach to an application filed online (a copy of an identity document,
 * a power of attorney, a description of the information): each file follows the upload rules of
 * every attachment (attachmentFile.ts: types, content, at most UPLOAD_MAX_MB); together at most
 * `maxFiles` files and `maxTotalMegabytes`. Staff adding files to a case in the CMS follow the
 * upload rules file by file.
 */
export const applicationAttachmentLimits = { maxFiles: 5, maxTotalMegabytes: 20 } as const;
export type ApplicationAttachmentLimits = { maxFiles: number; maxTotalMegabytes: number };

/** Where the public form's files are refused. */
export const applicationAttachmentsPath = 'attachments';

/** The refusals of the set of files as a whole (count, total size); each file is checked on its own by `checkUploadedFile`. */
export const checkApplicationAttachments = ({
  files,
  limits = applicationAttachmentLimits,
}: {
  files: readonly { name: string; size: number }[];
  limits?: ApplicationAttachmentLimits;
}): Refusal[] => {
  const path = applicationAttachmentsPath;
  const refusals: Refusal[] = [];
  if (files.length > limits.maxFiles) refusals.push({ key: 'applicationAttachmentsTooMany', path, params: { count: files.length, max: limits.maxFiles } });
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.maxTotalMegabytes * 1024 * 1024) {
    refusals.push({ key: 'applicationAttachmentsTooLarge', path, params: { size: megabytes(total).toFixed(1), max: limits.maxTotalMegabytes } });
  }
  return refusals;
};
