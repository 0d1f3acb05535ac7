import { collections, idDocumentTypeLabels, idDocumentTypes } from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import { handlesApplications } from '../../access/applicationAccess';
import { nobody } from '../../access/nobody';
import { label, optionsFrom } from '../../i18n/label';

/**
 * Applicants' personal data (申请人信息), kept apart from their cases so that one access rule
 * guards it: only the disclosure office reads or corrects it (supervisors, editors, the gateway
 * and every statistic see cases without it). Created with the case, never deleted: after the
 * retention period the scheduled job erases the fields and sets `erasedAt`, and the case stays,
 * anonymised.
 */
export const Applicants: CollectionConfig = {
  slug: collections.applicants,
  labels: { singular: label('申请人', 'Applicant'), plural: label('申请人信息', 'Applicants') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'phone', 'createdAt'], group: label('依申请公开', 'Applications'), hidden: ({ user }) => !user || !['admin', 'reviewer'].includes(String(user.role)) },
  access: { read: handlesApplications, create: handlesApplications, update: handlesApplications, delete: nobody },
  fields: [
    { name: 'name', type: 'text', maxLength: 100, label: label('姓名或名称', 'Name') },
    { name: 'contactPerson', type: 'text', maxLength: 100, label: label('联系人（法人或其他组织）', 'Contact person (organisations)') },
    {
      type: 'row',
      fields: [
        { name: 'idType', type: 'select', label: label('证件类型', 'Identity document'), options: optionsFrom(idDocumentTypes, idDocumentTypeLabels) },
        { name: 'idNumber', type: 'text', maxLength: 30, label: label('证件号码', 'Document number') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'text', maxLength: 254, label: label('电子邮箱', 'E-mail') },
        { name: 'phone', type: 'text', maxLength: 30, label: label('联系电话', 'Phone') },
      ],
    },
    { name: 'address', type: 'text', maxLength: 300, label: label('通信地址', 'Postal address') },
    { name: 'postcode', type: 'text', maxLength: 10, label: label('邮政编码', 'Postcode') },
    { name: 'erasedAt', type: 'date', index: true, label: label('个人信息删除时间', 'Personal data erased'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
};
