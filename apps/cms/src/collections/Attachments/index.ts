import { allowedAttachmentMimeTypes, collections } from '@xxgk/domain';
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import {
  canChangeAttachments,
  canReadAttachments,
  canUploadAttachments,
  canWriteAttachmentDepartment,
  canWriteAttachmentPublic,
} from '../../access/attachmentAccess';
import { refuseAnonymousApi } from '../../hooks/refuseAnonymousApi';
import { refuseForbiddenWrite } from '../../lib/refuseForbiddenWrite';
import { label } from '../../i18n/label';
import { actorFromReq } from '../../lib/user';
import { checkAttachmentFile } from './checkAttachmentFile';

/** An editor's upload belongs to their department, so other departments cannot see it before publication. */
const setUploaderDepartment: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const actor = actorFromReq(req);
  if (operation === 'create' && actor?.role === 'editor') return { ...data, department: actor.departmentId };
  return data;
};

export const buildAttachments = ({ uploadDir, maxMegabytes }: { uploadDir: string; maxMegabytes: number }): CollectionConfig => ({
  slug: collections.attachments,
  labels: { singular: label('附件', 'Attachment'), plural: label('附件', 'Attachments') },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'mimeType', 'filesize', 'department', 'isPublic'], group: label('信息公开', 'Disclosure') },
  access: { read: canReadAttachments, create: canUploadAttachments, update: canChangeAttachments, delete: canChangeAttachments },
  upload: { staticDir: uploadDir, mimeTypes: allowedAttachmentMimeTypes, filesRequiredOnCreate: true },
  hooks: { beforeOperation: [refuseAnonymousApi, checkAttachmentFile({ maxMegabytes })], beforeChange: [setUploaderDepartment] },
  fields: [
    { name: 'title', type: 'text', label: label('显示名称', 'Display name') },
    {
      name: 'department',
      type: 'relationship',
      relationTo: collections.departments,
      index: true,
      label: label('上传部门', 'Department'),
      access: { create: canWriteAttachmentDepartment, update: canWriteAttachmentDepartment },
      hooks: {
        beforeValidate: [refuseForbiddenWrite({ canWrite: canWriteAttachmentDepartment, refusal: { key: 'attachmentDepartmentReviewerOnly', path: 'department' } })],
      },
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('已随公开条目发布', 'Published with a public record'),
      // Maintained by the system alone (syncAttachmentVisibility), from the records that link the file.
      access: { create: canWriteAttachmentPublic, update: canWriteAttachmentPublic },
      hooks: {
        beforeValidate: [refuseForbiddenWrite({ canWrite: canWriteAttachmentPublic, refusal: { key: 'attachmentPublicSystemOnly', path: 'isPublic' }, fallback: false })],
      },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
});
