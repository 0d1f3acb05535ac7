import { attachmentExtensionOf, allowedAttachmentMimeTypes, collections } from '@xxgk/domain';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload';
import { handlesApplications, handlesApplicationsField, hiddenUnlessHandler } from '../../access/applicationAccess';
import { refuseAnonymousApi } from '../../hooks/refuseAnonymousApi';
import { label } from '../../i18n/label';
import { checkAttachmentFile } from '../Attachments/checkAttachmentFile';

/** The per-file limit (UPLOAD_MAX_MB), kept in the collection's config for the public intake (applications/attachmentIntake.ts). */
export type ApplicationAttachmentsCustom = { maxMegabytes: number };

export const addedByOptions = [
  { value: 'applicant', label: label('申请人（网上申请）', 'The applicant (online)') },
  { value: 'staff', label: label('工作人员', 'Staff') },
];

/**
 * A file is stored under a random name: the applicant's file name (which may itself be personal
 * data, 「张三身份证.jpg」) stays in the document, readable by the office alone, and never shows
 * in a path, an address or another applicant's renamed duplicate. Who added it is recorded
 * from the request (the public intake sets `context.caseActor`), never taken from the client.
 */
const nameStoredFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const data = { ...(args.data ?? {}) } as Record<string, unknown>;
  delete data.originalName;
  delete data.addedBy;
  const file = req.file;
  if (file) {
    data.originalName = file.name;
    const extension = attachmentExtensionOf(file.name);
    file.name = `${randomUUID()}${extension ? `.${extension}` : ''}`;
  }
  if (operation === 'create') data.addedBy = req.context?.caseActor === 'applicant' ? 'applicant' : 'staff';
  return { ...args, data };
};

/**
 * Files attached to an application (申请材料): sent with the public form or added by the office to a
 * case registered from a letter or a visit. They are the applicant's material, so they are
 * guarded like personal data: only the disclosure office (reviewers, administrators) reads,
 * downloads or changes them; supervisors, editors and anonymous callers get nothing, the file
 * route included (Payload checks this collection's read access before serving a file). They
 * follow the upload rules of every attachment (checkAttachmentFile: types, content, size), are
 * stored apart from the public attachments, and are deleted with the applicant's personal data
 * when the retention period ends (applications/retentionJob.ts).
 */
export const buildApplicationAttachments = ({ uploadDir, maxMegabytes }: { uploadDir: string; maxMegabytes: number }): CollectionConfig => ({
  slug: collections.applicationAttachments,
  labels: { singular: label('申请材料', 'Application file'), plural: label('申请材料', 'Application files') },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'case', 'mimeType', 'filesize', 'addedBy', 'createdAt'],
    group: label('依申请公开', 'Applications'),
    hidden: hiddenUnlessHandler,
  },
  access: { read: handlesApplications, create: handlesApplications, update: handlesApplications, delete: handlesApplications },
  custom: { maxMegabytes } satisfies ApplicationAttachmentsCustom,
  upload: { staticDir: path.join(uploadDir, 'application-attachments'), mimeTypes: allowedAttachmentMimeTypes, filesRequiredOnCreate: true },
  hooks: { beforeOperation: [refuseAnonymousApi, checkAttachmentFile({ maxMegabytes, collection: collections.applicationAttachments }), nameStoredFile] },
  fields: [
    {
      name: 'case',
      type: 'relationship',
      relationTo: collections.applicationCases,
      required: true,
      index: true,
      label: label('所属申请', 'Application'),
      access: { read: handlesApplicationsField },
    },
    { name: 'originalName', type: 'text', label: label('文件名', 'File name'), admin: { readOnly: true, description: label('上传时的文件名', 'The name the file was uploaded with') } },
    { name: 'addedBy', type: 'select', options: addedByOptions, label: label('提交方', 'Added by'), admin: { readOnly: true, position: 'sidebar' } },
  ],
});
