import { allowedAttachmentTypes, attachmentContentTypes } from './disclosure';
import type { Refusal } from './refusal';

/**
 * The upload rules every attachment follows — a disclosure record's (`attachments`) and an
 * application's (`application-attachments`, from the public form or added by staff): a plain
 * file name, an allowed extension with the type its client declared, at most `maxMegabytes`, and
 * bytes that are what the extension says. The CMS sniffs the content (file-type) and passes
 * what it found as `detected`; everything else is decided here. The refusal is at `path`.
 */
export type UploadedFileFacts = {
  name: string;
  /** The MIME type the client declared. */
  declaredType: string;
  size: number;
  /** Set when the upload parser stopped reading at its limit (the file is larger than it says). */
  truncated?: boolean;
  /** What content sniffing found (file-type's `ext` and `mime`); undefined when it found nothing it knows; null when there were no bytes to look at. */
  detected: { ext: string; mime: string } | undefined | null;
};

export const megabytes = (bytes: number) => bytes / 1024 / 1024;

export const attachmentExtensionOf = (name: string) => (name.includes('.') ? (name.split('.').pop()?.toLowerCase() ?? '') : '');

export const checkUploadedFile = ({ file, maxMegabytes, path }: { file: UploadedFileFacts; maxMegabytes: number; path: string }): Refusal | null => {
  // Control characters (a NUL would reach the file system) and path separators have no place in a file name.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f/\\]/.test(file.name)) return { key: 'attachmentNameInvalid', path, params: { name: JSON.stringify(file.name).slice(1, -1) } };
  const extension = attachmentExtensionOf(file.name);
  if (!allowedAttachmentTypes[extension]?.includes(file.declaredType)) {
    return { key: 'attachmentType', path, params: { name: file.name, type: file.declaredType || extension || '?' } };
  }
  if (file.truncated) return { key: 'attachmentOverLimit', path, params: { name: file.name, max: maxMegabytes } };
  if (file.size > maxMegabytes * 1024 * 1024) return { key: 'attachmentTooLarge', path, params: { name: file.name, size: megabytes(file.size).toFixed(1), max: maxMegabytes } };
  // The name and declared type come from the client; the bytes decide what the file really is.
  if (file.detected !== null && !attachmentContentTypes[extension]?.includes(file.detected?.ext ?? '')) {
    return { key: 'attachmentContentMismatch', path, params: { name: file.name, actual: file.detected?.mime ?? 'text/unknown' } };
  }
  return null;
};
