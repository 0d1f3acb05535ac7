import type { CollectionSlug } from '@xxgk/domain';
import type { CollectionBeforeOperationHook } from 'payload';
import { fieldError } from '../../i18n/messages';
import { inspectUpload } from '../../uploads/inspectUpload';

/**
 * Checks type, content and size before Payload touches the file, so a refused upload writes
 * nothing to disk or database and the uploader is told what to fix, in their language. Applies
 * to the admin form, REST and the Local API alike (all put the file on req.file). The rules are
 * the domain's (checkUploadedFile); used by every upload collection of attachments.
 */
export const checkAttachmentFile =
  ({ maxMegabytes, collection }: { maxMegabytes: number; collection: CollectionSlug }): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args;
    const file = req.file;
    if (!file) return args;
    const refusal = await inspectUpload({ file, maxMegabytes, path: 'file' });
    if (refusal) throw fieldError({ req, collection, refusal: { ...refusal, path: 'file' } });
    return args;
  };
