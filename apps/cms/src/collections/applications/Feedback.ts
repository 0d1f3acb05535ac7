import { appraisalRatingLabels, appraisalRatings, collections, feedbackKindLabels, feedbackKinds, feedbackStatusLabels, feedbackStatuses } from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import { handlesApplications, handlesApplicationsField, overseesApplications } from '../../access/applicationAccess';
import { nobody, nobodyField } from '../../access/nobody';
import { label, optionsFrom } from '../../i18n/label';
import { maxCharacters } from '../../lib/maxCharacters';

/**
 * Appraisals, complaints and correction requests (评议、举报、纠错) from the public site: the
 * same intake as applications, simpler. A correction names the public record it concerns. The
 * name and contact are personal data: the disclosure office alone reads them.
 */
export const Feedback: CollectionConfig = {
  slug: collections.feedback,
  labels: { singular: label('评议举报纠错', 'Feedback'), plural: label('评议、举报与纠错', 'Feedback') },
  admin: {
    useAsTitle: 'receiptNo',
    defaultColumns: ['receiptNo', 'kind', 'status', 'createdAt'],
    group: label('依申请公开', 'Applications'),
    hidden: ({ user }) => !user || !['admin', 'reviewer', 'supervisor'].includes(String(user.role)),
  },
  defaultSort: '-createdAt',
  access: { read: overseesApplications, create: handlesApplications, update: handlesApplications, delete: nobody },
  fields: [
    { name: 'receiptNo', type: 'text', unique: true, index: true, label: label('回执码', 'Receipt code'), access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } },
    { name: 'queryCodeHash', type: 'text', admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    { name: 'submissionKey', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    // The proof-of-work challenge the submission solved: unique, so a solution is spent once.
    { name: 'challenge', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    { name: 'kind', type: 'select', required: true, index: true, label: label('类型', 'Kind'), options: optionsFrom(feedbackKinds, feedbackKindLabels) },
    { name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, label: label('处理状态', 'Status'), options: optionsFrom(feedbackStatuses, feedbackStatusLabels) },
    { name: 'content', type: 'textarea', required: true, validate: maxCharacters(5000, label('内容', 'Content')), label: label('内容', 'Content') },
    { name: 'rating', type: 'select', label: label('评价', 'Rating'), options: optionsFrom(appraisalRatings, appraisalRatingLabels) },
    { name: 'record', type: 'relationship', relationTo: collections.disclosures, label: label('所涉公开信息', 'Record concerned') },
    { name: 'recordUrl', type: 'text', validate: maxCharacters(2000, label('所涉信息地址', 'Address of the information')), label: label('所涉信息地址', 'Address of the information') },
    { name: 'name', type: 'text', validate: maxCharacters(100, label('姓名', 'Name')), label: label('姓名', 'Name'), access: { read: handlesApplicationsField, update: handlesApplicationsField } },
    { name: 'contact', type: 'text', validate: maxCharacters(300, label('联系方式', 'Contact')), label: label('联系方式', 'Contact'), access: { read: handlesApplicationsField, update: handlesApplicationsField } },
    { name: 'handler', type: 'relationship', relationTo: collections.users, label: label('处理人', 'Handler') },
    { name: 'reply', type: 'textarea', validate: maxCharacters(5000, label('答复内容', 'Reply')), label: label('答复内容', 'Reply') },
    { name: 'repliedAt', type: 'date', label: label('答复时间', 'Replied at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
};
