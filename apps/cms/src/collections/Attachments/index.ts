import { allowedAttachmentMimeTypes, collections } from '@xxgk/domain';
import type { CollectionBeforeChangeHook, CollectionConfig, FieldAccess, FieldHook } from 'payload';
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
import { actorFromReq, idOf } from '../../lib/user';
import { checkAttachmentFile } from './checkAttachmentFile';

/** An editor's upload belongs to their department, so other departments cannot see it before publication. */
const setUploaderDepartment: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const actor = actorFromReq(req);
  if (operation === 'create' && actor?.role === 'editor') return { ...data, department: actor.departmentId };
  return data;
};

/** The department an editor's uploads belong to: their own (null for other roles). */
const editorsDepartment = (user: { role?: string | null; department?: unknown } | null | undefined) => (user?.role === 'editor' ? idOf(user.department) : null);

/**
 * On upload an editor may name their own department, which the form fills in and offers alone
 * (as the records' 责任部门); moving a file to another department stays the reviewers'.
 */
const canSetUploadDepartment: FieldAccess = (args) => canWriteAttachmentDepartment(args) || editorsDepartment(args.req.user) !== null;
const refuseDepartmentChange = refuseForbiddenWrite({ canWrite: canWriteAttachmentDepartment, refusal: { key: 'attachmentDepartmentReviewerOnly', path: 'department' } });
/** An editor's upload filed under their own department (the form's default) is no change of theirs; any other is refused. */
const keepUploadDepartment: FieldHook = (args) => {
  const own = editorsDepartment(args.req.user);
  if (args.operation === 'create' && own !== null && String(idOf(args.value) ?? own) === String(own)) return args.value;
  return refuseDepartmentChange(args);
};

export const buildAttachments = ({ uploadDir, maxMegabytes }: { uploadDir: string; maxMegabytes: number }): CollectionConfig => ({
  slug: collections.attachments,
  labels: { singular: label('附件', 'Attachment'), plural: label('附件', 'Attachments') },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'mimeType', 'filesize', 'department', 'isPublic'], group: label('信息公开', 'Disclosure') },
  access: { read: canReadAttachments, create: canUploadAttachments, update: canChangeAttachments, delete: canChangeAttachments },
  upload: { staticDir: uploadDir, mimeTypes: allowedAttachmentMimeTypes, filesRequiredOnCreate: true },
  hooks: { beforeOperation: [refuseAnonymousApi, checkAttachmentFile({ maxMegabytes, collection: collections.attachments })], beforeChange: [setUploaderDepartment] },
  fields: [
    { name: 'title', type: 'text', label: label('显示名称', 'Display name') },
    {
      name: 'department',
      type: 'relationship',
      relationTo: collections.departments,
      index: true,
      label: label('上传部门', 'Department'),
      access: { create: canSetUploadDepartment, update: canWriteAttachmentDepartment },
      hooks: { beforeValidate: [keepUploadDepartment] },
      // An editor's own department is filled in and is the only choice, in the upload drawer and
      // in bulk upload too (the server files the upload there whatever is sent).
      defaultValue: ({ user }) => editorsDepartment(user) ?? undefined,
      filterOptions: ({ user }) => {
        const department = editorsDepartment(user);
        return department !== null ? { id: { equals: department } } : true;
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
