import { allowedAttachmentTypes, attachmentContentTypes, collections, type MessageKey } from '@xxgk/domain';
import { fileTypeFromBuffer } from 'file-type';
import type { CollectionBeforeOperationHook } from 'payload';
import { fieldError } from '../../i18n/messages';

/**
 * Checks type, content and size before Payload touches the file, so a refused upload writes
 * nothing to disk or database and the uploader is told what to fix, in their language. Applies
 * to the admin form, REST and the Local API alike (all put the file on req.file).
 */
export const checkAttachmentFile =
  ({ maxMegabytes }: { maxMegabytes: number }): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args;
    const file = req.file;
    if (!file) return args;
    const collection = collections.attachments;
    const refuse = (key: MessageKey, params: Record<string, string | number>) => fieldError({ req, collection, refusal: { key, path: 'file', params } });

    // Control characters (a NUL would reach the file system) and path separators have no place in a file name.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f/\\]/.test(file.name)) throw refuse('attachmentNameInvalid', { name: JSON.stringify(file.name).slice(1, -1) });

    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    if (!allowedAttachmentTypes[extension]?.includes(file.mimetype)) {
      throw refuse('attachmentType', { name: file.name, type: file.mimetype || extension });
    }
    const size = file.size ?? file.data?.length ?? 0;
    if ((file as { truncated?: boolean }).truncated) throw refuse('attachmentOverLimit', { name: file.name, max: maxMegabytes });
    if (size > maxMegabytes * 1024 * 1024) {
      throw refuse('attachmentTooLarge', { name: file.name, size: (size / 1024 / 1024).toFixed(1), max: maxMegabytes });
    }
    // The name and declared type come from the client; the bytes decide what the file really is.
    const detected = file.data?.length ? await fileTypeFromBuffer(file.data) : undefined;
    if (file.data?.length && !attachmentContentTypes[extension]?.includes(detected?.ext ?? '')) {
      throw refuse('attachmentContentMismatch', { name: file.name, actual: detected?.mime ?? 'text/unknown' });
    }
    return args;
  };
