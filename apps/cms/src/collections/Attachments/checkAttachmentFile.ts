import { allowedAttachmentTypes, collections } from '@xxgk/domain';
import type { CollectionBeforeOperationHook } from 'payload';
import { fieldError } from '../../i18n/messages';

/**
 * Checks type and size before Payload touches the file, so a refused upload writes nothing
 * to disk or database and the uploader is told what to fix, in their language. Applies to the
 * admin form, REST and the Local API alike (all put the file on req.file).
 */
export const checkAttachmentFile =
  ({ maxMegabytes }: { maxMegabytes: number }): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args;
    const file = req.file;
    if (!file) return args;
    const collection = collections.attachments;
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    const mimeTypes = allowedAttachmentTypes[extension];
    if (!mimeTypes || !mimeTypes.includes(file.mimetype)) {
      throw fieldError({ req, collection, path: 'file', key: 'attachmentType', params: { name: file.name, type: file.mimetype || extension } });
    }
    const size = file.size ?? file.data?.length ?? 0;
    if (size > maxMegabytes * 1024 * 1024) {
      throw fieldError({
        req,
        collection,
        path: 'file',
        key: 'attachmentTooLarge',
        params: { name: file.name, size: (size / 1024 / 1024).toFixed(1), max: maxMegabytes },
      });
    }
    return args;
  };
