import { appraisalRatingLabels, appraisalRatings, collections, feedbackKindLabels, feedbackKinds, feedbackStatusLabels, feedbackStatuses } from '@xxgk/domain';
import type { CollectionConfig, Field } from 'payload';
import { handlesApplications, handlesApplicationsField, overseesApplications, hiddenUnlessOverseer } from '../../access/applicationAccess';
import { nobody, nobodyField } from '../../access/nobody';
import { feedbackActionsEndpoint } from '../../applications/feedbackActionsEndpoint';
import { label, optionsFrom } from '../../i18n/label';
import { maxCharacters } from '../../lib/maxCharacters';
import { deriveFeedback } from './hooks/deriveFeedback';
import { notifyNewFeedback } from './hooks/notifyNewFeedback';
import { officeHandlerField } from './officeHandlerField';

/** Set by the item's actions alone (the domain's checkFeedbackAction), never typed in. */
const systemSet = (field: Field): Field => ({ ...field, access: { create: nobodyField, update: nobodyField }, admin: { ...(field.admin ?? {}), readOnly: true } } as Field);

/**
 * Appraisals, complaints and correction requests (评议、举报、纠错) from the public site: the
 * same intake as applications, simpler. A correction names the public record it concerns. The
 * name and contact are personal data: the disclosure office alone reads them. The handling is a
 * lifecycle of its own (@xxgk/domain feedbackLifecycle.ts): the log (`events`) is the item, and
 * the status and the answer in force are derived from it by the hook, never typed in; the office
 * acts with the buttons (POST /api/feedback/:id/actions).
 */
export const Feedback: CollectionConfig = {
  slug: collections.feedback,
  labels: { singular: label('评议举报纠错', 'Feedback'), plural: label('评议、举报与纠错', 'Feedback') },
  admin: {
    useAsTitle: 'receiptNo',
    defaultColumns: ['receiptNo', 'kind', 'status', 'createdAt', 'handler'],
    listSearchableFields: ['receiptNo'],
    group: label('依申请公开', 'Applications'),
    hidden: hiddenUnlessOverseer,
  },
  // An item is filed once, with its own log and receipt code; a copy would be neither.
  disableDuplicate: true,
  defaultSort: '-createdAt',
  access: { read: overseesApplications, create: handlesApplications, update: handlesApplications, delete: nobody },
  hooks: { beforeChange: [deriveFeedback], afterChange: [notifyNewFeedback] },
  // POST /api/feedback/:id/actions: one action of the handling (applications/feedbackActionsEndpoint.ts).
  endpoints: [feedbackActionsEndpoint],
  fields: [
    // The handling as buttons, each with its dialog (Save keeps the item's own fields).
    { name: 'feedbackActions', type: 'ui', admin: { components: { Field: '/components/applications/FeedbackActions#FeedbackActions' } } },
    { name: 'receiptNo', type: 'text', unique: true, index: true, label: label('回执码', 'Receipt code'), access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } },
    { name: 'queryCodeHash', type: 'text', admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    { name: 'submissionKey', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    // The proof-of-work challenge the submission solved: unique, so a solution is spent once.
    { name: 'challenge', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    { name: 'kind', type: 'select', required: true, index: true, label: label('类型', 'Kind'), options: optionsFrom(feedbackKinds, feedbackKindLabels) },
    { name: 'content', type: 'textarea', required: true, validate: maxCharacters(5000, label('内容', 'Content')), label: label('内容', 'Content') },
    { name: 'rating', type: 'select', label: label('评价', 'Rating'), options: optionsFrom(appraisalRatings, appraisalRatingLabels) },
    { name: 'record', type: 'relationship', relationTo: collections.disclosures, label: label('所涉公开信息', 'Record concerned') },
    { name: 'recordUrl', type: 'text', validate: maxCharacters(2000, label('所涉信息地址', 'Address of the information')), label: label('所涉信息地址', 'Address of the information') },
    { name: 'name', type: 'text', validate: maxCharacters(100, label('姓名', 'Name')), label: label('姓名', 'Name'), access: { read: handlesApplicationsField, update: handlesApplicationsField } },
    { name: 'contact', type: 'text', validate: maxCharacters(300, label('联系方式', 'Contact')), label: label('联系方式', 'Contact'), access: { read: handlesApplicationsField, update: handlesApplicationsField } },
    // The list names the handler from the server: reviewers cannot read other accounts in the browser.
    officeHandlerField({ name: 'handler', label: label('处理人', 'Handler'), index: true, admin: { components: { Cell: '/components/workbench/ReferenceCell#ReferenceCell' } } }),
    // --- derived from the log ---------------------------------------------------------------
    systemSet({ name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, label: label('处理状态', 'Status'), options: optionsFrom(feedbackStatuses, feedbackStatusLabels), admin: { position: 'sidebar' } }),
    // The answer in force: the reply, or the reason for not accepting; the submitter reads it on the status page.
    systemSet({ name: 'reply', type: 'textarea', label: label('答复内容', 'Reply'), admin: { description: label('通过「答复」或「不予受理」填写，提交人可凭回执编号和查询码查看', 'Given with Reply or Do not accept; the submitter reads it with the receipt and query codes') } }),
    systemSet({ name: 'repliedAt', type: 'date', label: label('答复时间', 'Replied at'), admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }),
    // The log (办理记录): the domain's FeedbackEvent list, oldest first; shown as the timeline below.
    systemSet({ name: 'events', type: 'json', label: label('办理记录', 'Log'), admin: { hidden: true } }),
    { name: 'timeline', type: 'ui', admin: { components: { Field: '/components/applications/FeedbackTimeline#FeedbackTimeline' } } },
  ],
};
