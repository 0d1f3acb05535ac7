import {
  applicantTypeLabels,
  chinaDate,
  applicantTypes,
  applicationChannelLabels,
  applicationChannels,
  caseStatusLabels,
  caseStatuses,
  collections,
  decisionCodes,
  decisionLabels,
  deliveryMethodLabels,
  deliveryMethods,
  informationFormLabels,
  informationForms,
} from '@xxgk/domain';
import type { CollectionConfig, Field } from 'payload';
import { handlesApplications, handlesApplicationsField, overseesApplications, hiddenUnlessOverseer } from '../../access/applicationAccess';
import { nobody, nobodyField } from '../../access/nobody';
import { caseActionsEndpoint } from '../../applications/actionsEndpoint';
import { replyLetterEndpoint } from '../../applications/replyLetters/replyLetterEndpoint';
import { refuseAnonymousApi } from '../../hooks/refuseAnonymousApi';
import { label, optionsFrom } from '../../i18n/label';
import { maxCharacters } from '../../lib/maxCharacters';
import { deriveCase } from './hooks/deriveCase';
import { notifyNewApplication } from './hooks/notifyNewApplication';
import { officeHandlerField } from './officeHandlerField';

const referenceCell = '/components/workbench/ReferenceCell#ReferenceCell';

/** Set by the case's actions alone (the domain's checkCaseAction), never typed in. */
const systemSet = (field: Field): Field => ({ ...field, access: { create: nobodyField, update: nobodyField }, admin: { ...(field.admin ?? {}), readOnly: true } } as Field);

/**
 * Applications for disclosure (依申请公开): one case per application, its life in
 * @xxgk/domain applications (the lifecycle table, the statutory clock, the outcomes). The log
 * (`events`) is the case: status, decision, fee and the statistics' facts below are derived
 * from it whenever an action is taken, and never written otherwise. The applicant's personal
 * data is in `applicants`, readable by the disclosure office alone.
 */
export const ApplicationCases: CollectionConfig = {
  slug: collections.applicationCases,
  labels: { singular: label('依申请公开申请', 'Application'), plural: label('依申请公开', 'Applications') },
  admin: {
    useAsTitle: 'caseNo',
    defaultColumns: ['caseNo', 'status', 'receivedOn', 'dueOn', 'applicantType', 'handler', 'decision'],
    listSearchableFields: ['caseNo'],
    group: label('依申请公开', 'Applications'),
    hidden: hiddenUnlessOverseer,
  },
  // A case is registered once, with its own log and receipt code; a copy of one would be neither.
  disableDuplicate: true,
  defaultSort: '-receivedOn',
  access: { read: overseesApplications, create: handlesApplications, update: handlesApplications, delete: nobody },
  hooks: {
    beforeOperation: [refuseAnonymousApi],
    beforeChange: [deriveCase],
    afterChange: [notifyNewApplication],
  },
  // POST /api/application-cases/:id/actions: one action of the lifecycle (applications/actionsEndpoint.ts).
  // POST /api/application-cases/:id/reply-letter: write the letter again, or e-mail it again (applications/replyLetters).
  endpoints: [caseActionsEndpoint, replyLetterEndpoint],
  indexes: [{ fields: ['status', 'dueOn'] }, { fields: ['receivedOn', 'applicantType'] }],
  fields: [
    // The statutory clock at a glance: received, due, working days used and left, paused or overdue.
    { name: 'clockBanner', type: 'ui', admin: { components: { Field: '/components/applications/CaseClockBanner#CaseClockBanner' } } },
    // The lifecycle's actions as buttons, each with its dialog (Save keeps the request's own fields).
    { name: 'caseActions', type: 'ui', admin: { components: { Field: '/components/applications/CaseActions#CaseActions' } } },
    systemSet({
      name: 'caseNo',
      type: 'text',
      unique: true,
      index: true,
      label: label('受理编号（回执码）', 'Case number (receipt code)'),
      admin: { description: label('登记时自动生成，申请人凭此查询', 'Given on registration; the applicant quotes it') },
    }),
    // The query code is given to the applicant once; only its hash is kept (the gateway compares hashes).
    { name: 'queryCodeHash', type: 'text', admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    // Idempotency: the key the submitting client sent (online) or a random one (registered by staff).
    { name: 'submissionKey', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    // The proof-of-work challenge an online submission solved: unique, so a solution is spent once.
    { name: 'challenge', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, create: nobodyField, update: nobodyField } },
    {
      type: 'row',
      fields: [
        { name: 'channel', type: 'select', required: true, defaultValue: 'letter', label: label('申请渠道', 'Channel'), options: optionsFrom(applicationChannels, applicationChannelLabels) },
        { name: 'applicantType', type: 'select', required: true, index: true, label: label('申请人类型', 'Applicant type'), options: optionsFrom(applicantTypes, applicantTypeLabels) },
      ],
    },
    {
      name: 'applicant',
      type: 'relationship',
      relationTo: collections.applicants,
      label: label('申请人', 'Applicant'),
      access: { read: handlesApplicationsField, create: handlesApplicationsField, update: handlesApplicationsField },
    },
    { name: 'informationRequested', type: 'textarea', required: true, validate: maxCharacters(5000, label('所需信息的内容描述', 'Information requested')), label: label('所需信息的内容描述', 'Information requested') },
    { name: 'purpose', type: 'textarea', validate: maxCharacters(1000, label('用途', 'Purpose')), label: label('用途', 'Purpose') },
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'select', required: true, defaultValue: 'electronic', label: label('获取信息的形式', 'Form'), options: optionsFrom(informationForms, informationFormLabels) },
        { name: 'delivery', type: 'select', required: true, defaultValue: 'email', label: label('获取信息的方式', 'Delivery'), options: optionsFrom(deliveryMethods, deliveryMethodLabels) },
      ],
    },
    {
      // 申请材料: the files of the application (applicationAttachments.ts), listed from their `case`;
      // the office adds one with the upload rules of every attachment. Supervisors see no field.
      name: 'attachments',
      type: 'join',
      collection: collections.applicationAttachments,
      on: 'case',
      label: label('申请材料（附件）', 'Application files'),
      access: { read: handlesApplicationsField },
      // All of them (a case has a few): without a limit the MongoDB join has no $limit stage,
      // which DocumentDB answers with no documents at all inside a $lookup.
      defaultLimit: 0,
      admin: {
        defaultColumns: ['originalName', 'mimeType', 'filesize', 'addedBy', 'createdAt'],
        description: label(
          '申请人随申请提交的材料，或信函、当面申请中收到的材料的扫描件。允许 PDF、Word、Excel、图片，单个文件不超过上传上限。',
          'Files sent with the application, or scans of those received by letter or in person: PDF, Word, Excel or images, each within the upload limit.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'department', type: 'relationship', relationTo: collections.departments, index: true, label: label('承办部门', 'Department'), admin: { components: { Cell: referenceCell } } },
        // Deadline reminders go to this person when they belong to the disclosure office. The list
        // names them from the server: reviewers cannot read other accounts in the browser.
        officeHandlerField({ name: 'handler', index: true, label: label('承办人', 'Handler'), admin: { components: { Cell: referenceCell } } }),
      ],
    },
    // --- derived from the log ---------------------------------------------------------------
    systemSet({ name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, label: label('办理状态', 'Status'), options: optionsFrom(caseStatuses, caseStatusLabels), admin: { position: 'sidebar' } }),
    {
      // Staff registering a letter, an e-mail or a visit give the day it arrived (checked by the
      // domain's `receive`: a real date, not in the future); afterwards it is the log's.
      name: 'receivedOn',
      type: 'text',
      required: true,
      index: true,
      label: label('收到申请日期', 'Received on'),
      defaultValue: () => chinaDate(new Date()),
      access: { create: handlesApplicationsField, update: nobodyField },
      admin: {
        position: 'sidebar',
        description: label('信函、电子邮件或当面申请实际送达的日期；登记后不可更改', 'The day a letter, e-mail or visit arrived; fixed once registered'),
        components: { Field: '/components/applications/DateTextField#DateTextField' },
      },
    },
    // While the case is open: today's reply deadline (null while the clock is paused); once stopped: the deadline as it stood.
    systemSet({ name: 'dueOn', type: 'text', index: true, label: label('答复期限', 'Reply due'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'isPaused', type: 'checkbox', defaultValue: false, label: label('计时暂停（补正或征求意见）', 'Clock paused'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'extended', type: 'checkbox', defaultValue: false, label: label('已延期', 'Extended'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'decision', type: 'select', index: true, label: label('办理结果', 'Decision'), options: optionsFrom(decisionCodes, decisionLabels), admin: { position: 'sidebar' } }),
    systemSet({ name: 'decidedOn', type: 'text', label: label('决定日期', 'Decided on'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'repliedOn', type: 'text', index: true, label: label('答复日期', 'Replied on'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'withdrawnOn', type: 'text', index: true, label: label('撤回日期', 'Withdrawn on'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'closedOn', type: 'text', index: true, label: label('办结日期', 'Closed on'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'workingDaysUsed', type: 'number', label: label('答复用时（工作日）', 'Working days to reply'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'feeCharged', type: 'number', defaultValue: 0, label: label('收费（分）', 'Fee charged (fen)'), admin: { position: 'sidebar' } }),
    systemSet({ name: 'feeWaived', type: 'number', defaultValue: 0, label: label('减免（分）', 'Fee waived (fen)'), admin: { position: 'sidebar' } }),
    // The log (办理记录): the domain's CaseEvent list, oldest first. The case is its fold (replayCase).
    // Shown as the timeline below, never as raw JSON.
    systemSet({ name: 'events', type: 'json', label: label('办理记录', 'Case log'), admin: { hidden: true } }),
    // The written reply (答复书): its PDF and DOCX, their state and e-mail deliveries; the office only.
    { name: 'replyLetters', type: 'ui', admin: { components: { Field: '/components/applications/CaseReplyLetters#CaseReplyLetters' } } },
    { name: 'timeline', type: 'ui', admin: { components: { Field: '/components/applications/CaseTimeline#CaseTimeline' } } },
  ],
};
