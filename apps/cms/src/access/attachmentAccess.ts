import { attachmentChangeScope, attachmentReadScope, canUploadAttachment, canWriteAttachmentField } from '@xxgk/domain';
import type { Access, FieldAccess } from 'payload';
import { actorFromReq } from '../lib/user';
import { isPublicReaderAllowed } from './publicApi';
import { toAccess } from './toWhere';

/**
 * An attachment is public only while a public record links to it (`isPublic`, kept by the
 * disclosures' afterChange hook), so files of drafts and withheld records are never served to
 * the public, not even by guessing their URL. Anonymous listing through the CMS API is closed.
 */
export const canReadAttachments: Access = ({ req, isReadingStaticFile }) => {
  const actor = actorFromReq(req);
  if (!actor && !isPublicReaderAllowed({ req, isReadingStaticFile })) return false;
  return toAccess(attachmentReadScope(actor));
};

export const canUploadAttachments: Access = ({ req }) => canUploadAttachment(actorFromReq(req));
export const canChangeAttachments: Access = ({ req }) => toAccess(attachmentChangeScope(actorFromReq(req)));

/** Field-level: `isPublic` is the system's alone, the department reviewers' and administrators'. */
export const canWriteAttachmentPublic: FieldAccess = ({ req }) => canWriteAttachmentField({ actor: actorFromReq(req), field: 'isPublic' });
export const canWriteAttachmentDepartment: FieldAccess = ({ req }) => canWriteAttachmentField({ actor: actorFromReq(req), field: 'department' });
