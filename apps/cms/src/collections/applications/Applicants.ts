import { collections, idDocumentTypeLabels, idDocumentTypes } from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import { handlesApplications, hiddenUnlessHandler } from '../../access/applicationAccess';
import { nobody } from '../../access/nobody';
import { refuseAnonymousApi } from '../../hooks/refuseAnonymousApi';
import { label, optionsFrom } from '../../i18n/label';
import { maxCharacters } from '../../lib/maxCharacters';
import { emailRule, phoneRule } from './contactFieldRules';

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
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'phone', 'createdAt'], group: label('依申请公开', 'Applications'), hidden: hiddenUnlessHandler },
  access: { read: handlesApplications, create: handlesApplications, update: handlesApplications, delete: nobody },
  // Anonymous REST and GraphQL readers are told why (staff only) instead of Payload's bare refusal.
  hooks: { beforeOperation: [refuseAnonymousApi] },
  fields: [
    { name: 'name', type: 'text', validate: maxCharacters(100, label('姓名或名称', 'Name')), label: label('姓名或名称', 'Name') },
    { name: 'contactPerson', type: 'text', validate: maxCharacters(100, label('联系人（法人或其他组织）', 'Contact person (organisations)')), label: label('联系人（法人或其他组织）', 'Contact person (organisations)') },
    {
      type: 'row',
      fields: [
        { name: 'idType', type: 'select', label: label('证件类型', 'Identity document'), options: optionsFrom(idDocumentTypes, idDocumentTypeLabels) },
        { name: 'idNumber', type: 'text', validate: maxCharacters(30, label('证件号码', 'Document number')), label: label('证件号码', 'Document number') },
      ],
    },
    {
      type: 'row',
      fields: [
        // The public form's format rules (and their length limits), with its messages.
        { name: 'email', type: 'text', validate: emailRule, label: label('电子邮箱', 'E-mail') },
        { name: 'phone', type: 'text', validate: phoneRule, label: label('联系电话', 'Phone') },
      ],
    },
    { name: 'address', type: 'text', validate: maxCharacters(300, label('通信地址', 'Postal address')), label: label('通信地址', 'Postal address') },
    { name: 'postcode', type: 'text', validate: maxCharacters(10, label('邮政编码', 'Postcode')), label: label('邮政编码', 'Postcode') },
    { name: 'erasedAt', type: 'date', index: true, label: label('个人信息删除时间', 'Personal data erased'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
};
