import {
  attributeLabels,
  attributes,
  audienceLabels,
  audiences,
  collections,
  needsReason,
  reviewOutcomeLabels,
  reviewOutcomes,
  statusLabels,
  statuses,
  validities,
  validityLabels,
} from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import { canCreateDisclosures, canDeleteDisclosures, canReadDisclosures, canReadDisclosureVersions, canUpdateDisclosures } from '../../access/disclosureAccess';
import { nobodyField } from '../../access/nobody';
import { isSignedInField } from '../../access/isSignedIn';
import { isPublisherField } from '../../access/isPublisher';
import { refuseForbiddenWrite } from '../../lib/refuseForbiddenWrite';
import { idOf } from '../../lib/user';
import { label, optionsFrom } from '../../i18n/label';
import { refuseAnonymousApi } from '../../hooks/refuseAnonymousApi';
import { applyWorkflow } from './hooks/applyWorkflow';
import { assignIndexNo } from './hooks/assignIndexNo';
import { keepDepartmentBoundary } from './hooks/keepDepartmentBoundary';
import { notifyAuthor } from './hooks/notifyAuthor';
import { refuseUnsafeDelete } from './hooks/refuseUnsafeDelete';
import { syncAttachmentVisibilityAfterChange, syncAttachmentVisibilityAfterDelete } from './hooks/syncAttachmentVisibility';
import { forgetTouchedFacts } from '../../supervision/keptFacts';
import {
  validateCategory,
  validateChecklistItem,
  validateDepartment,
  validateTitle,
  validateFormedAt,
  validateIndexNo,
  validatePublishedAt,
  validateReason,
} from './validators';

const referenceCell = '/components/workbench/ReferenceCell#ReferenceCell';
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } };

/**
 * A disclosure record (信息公开条目), typed by the MOE checklist. Every version is kept; the
 * workflow, derived fields and access rules are those of @xxgk/domain (hooks/, ../../access).
 */
export const Disclosures: CollectionConfig = {
  slug: collections.disclosures,
  labels: { singular: label('信息公开条目', 'Disclosure record'), plural: label('信息公开条目', 'Disclosure records') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['indexNo', 'title', 'checklistItem', 'department', 'status', 'submittedAt', 'publishedAt'],
    listSearchableFields: ['title', 'indexNo'],
    group: label('信息公开', 'Disclosure'),
    components: {
      // The workflow's buttons take the place of Payload's Save button.
      edit: { SaveButton: '/components/workbench/WorkflowActions#WorkflowActions' },
      // Reviewers approve or return the selected records in one go.
      beforeListTable: ['/components/workbench/BulkReview#BulkReview'],
    },
  },
  enableQueryPresets: true,
  versions: { drafts: false, maxPerDoc: 0 },
  access: {
    read: canReadDisclosures,
    readVersions: canReadDisclosureVersions,
    create: canCreateDisclosures,
    update: canUpdateDisclosures,
    delete: canDeleteDisclosures,
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeOperation: [refuseAnonymousApi],
    beforeValidate: [keepDepartmentBoundary],
    beforeChange: [applyWorkflow, assignIndexNo],
    beforeDelete: [refuseUnsafeDelete],
    afterChange: [syncAttachmentVisibilityAfterChange, notifyAuthor, forgetTouchedFacts],
    afterDelete: [syncAttachmentVisibilityAfterDelete, forgetTouchedFacts],
  },
  // Every public query filters on the three public criteria and orders by publication time;
  // each common filter gets an index that leads with it, so pages and counts stay index-only.
  indexes: [
    // …then department and date formed, so that the public supervision figures (publications by
    // department, formed, published) come from the index alone.
    { fields: ['status', 'attribute', 'audience', 'publishedAt', 'department', 'formedAt'] },
    { fields: ['category', 'status', 'attribute', 'audience', 'publishedAt'] },
    { fields: ['checklistItem', 'status', 'attribute', 'audience', 'publishedAt'] },
    { fields: ['department', 'status', 'attribute', 'audience', 'publishedAt'] },
    { fields: ['academicYear', 'status', 'attribute', 'audience', 'publishedAt'] },
    // The workbench queues: a status in the order the queue shows it (待审核 oldest submission first,
    // the others last changed first), so the first rows come straight from the index.
    { fields: ['status', 'submittedAt'] },
    { fields: ['status', 'updatedAt'] },
    // The supervision view, answered from these indexes alone (no record read): the period's
    // publications by (department, formed, published) and the records in the workflow per item.
    { fields: ['status', 'publishedAt', 'department', 'formedAt'] },
    { fields: ['checklistItem', 'status', 'formedAt'] },
  ],
  fields: [
    {
      name: 'returnNotice',
      type: 'ui',
      admin: { components: { Field: '/components/workbench/ReturnNotice#ReturnNotice' } },
    },
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('标题', 'Title'), validate: validateTitle },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'relationship',
          relationTo: collections.checklistCategories,
          required: true,
          index: true,
          label: label('清单类别', 'Checklist category'),
          validate: validateCategory,
          admin: { components: { Cell: referenceCell } },
        },
        {
          name: 'checklistItem',
          type: 'relationship',
          relationTo: collections.checklistItems,
          index: true,
          label: label('清单事项', 'Checklist item'),
          validate: validateChecklistItem,
          admin: { components: { Field: '/components/workbench/ChecklistItemField#ChecklistItemField', Cell: referenceCell } },
          filterOptions: ({ siblingData }) => {
            const category = (siblingData as { category?: unknown }).category;
            return category ? { category: { equals: category } } : true;
          },
        },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: collections.departments,
      required: true,
      index: true,
      label: label('责任部门', 'Responsible department'),
      validate: validateDepartment,
      admin: { components: { Cell: referenceCell } },
      // An editor's own department is filled in and is the only choice (the server enforces it too).
      defaultValue: ({ user }) => (user?.role === 'editor' ? (idOf(user.department) ?? undefined) : undefined),
      filterOptions: ({ user }) => {
        const department = user?.role === 'editor' ? idOf(user.department) : null;
        return department !== null ? { id: { equals: department } } : true;
      },
    },
    {
      type: 'row',
      fields: [
        {
          // 文号: the number of the document the record publishes, when it has one; searchable.
          name: 'documentNo',
          type: 'text',
          maxLength: 100,
          index: true,
          label: label('文号', 'Document number'),
          admin: { placeholder: '例如 桂工职院〔2022〕12号' },
        },
        {
          // 发布机构: empty means the responsible department (the usual case); may name the institution.
          name: 'issuer',
          type: 'text',
          maxLength: 100,
          label: label('发布机构', 'Issued by'),
          admin: { description: label('留空即为责任部门', 'Leave empty for the responsible department') },
        },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      maxRows: 10,
      maxLength: 30,
      // The site's keyword filter looks records up by keyword.
      index: true,
      label: label('关键词', 'Keywords'),
    },
    { name: 'body', type: 'richText', label: label('正文', 'Body') },
    {
      // Derived from the body for full-text search (deriveRecord); never edited by hand.
      name: 'bodyText',
      type: 'textarea',
      label: label('正文纯文本', 'Body as plain text'),
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true, readOnly: true },
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: collections.attachments,
      hasMany: true,
      label: label('附件', 'Attachments'),
      admin: { description: label('PDF、Word、Excel 或图片', 'PDF, Word, Excel or images') },
    },
    {
      name: 'channels',
      type: 'relationship',
      relationTo: collections.channels,
      hasMany: true,
      index: true,
      label: label('公开渠道', 'Channels'),
      filterOptions: { isActive: { equals: true } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'attribute',
          type: 'select',
          required: true,
          defaultValue: 'active',
          index: true,
          label: label('公开属性', 'Disclosure attribute'),
          options: optionsFrom(attributes, attributeLabels),
        },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'public',
          index: true,
          label: label('公开范围', 'Audience'),
          options: optionsFrom(audiences, audienceLabels),
        },
      ],
    },
    {
      name: 'reason',
      type: 'textarea',
      label: label('不予公开或校内公开的理由', 'Reason for withholding or campus-only'),
      validate: validateReason,
      access: { read: isSignedInField },
      admin: { condition: (_, siblingData) => needsReason(siblingData) },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'formedAt',
          type: 'date',
          required: true,
          index: true,
          label: label('生成日期', 'Date formed'),
          validate: validateFormedAt,
          defaultValue: () => new Date().toISOString(),
          admin: dayOnly,
        },
        {
          name: 'publishedAt',
          type: 'date',
          index: true,
          label: label('发布日期', 'Publication date'),
          validate: validatePublishedAt,
          // Reviewers may date a publication (e.g. one made on paper first); for others it is read-only.
          access: { create: isPublisherField, update: isPublisherField },
          hooks: { beforeValidate: [refuseForbiddenWrite({ canWrite: isPublisherField, refusal: { key: 'publishedAtRequiresReviewer', path: 'publishedAt' } })] },
          admin: { ...dayOnly, description: label('发布时自动记录', 'Recorded on publication') },
        },
      ],
    },
    {
      name: 'indexNo',
      type: 'text',
      unique: true,
      label: label('索引号', 'Index number'),
      validate: validateIndexNo,
      // Assigned by the system; administrators importing older records set it through the API.
      admin: { readOnly: true, position: 'sidebar', description: label('保存时自动分配，此后不变', 'Assigned on first save; never changes') },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('流程状态', 'Workflow status'),
      options: optionsFrom(statuses, statusLabels),
      // Changed by the workflow buttons only (components/workbench/WorkflowActions).
      admin: { position: 'sidebar', hidden: true },
    },
    {
      name: 'validity',
      type: 'select',
      required: true,
      defaultValue: 'valid',
      index: true,
      label: label('有效性', 'Validity'),
      options: optionsFrom(validities, validityLabels),
      admin: { position: 'sidebar', hidden: true },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      label: label('审查意见', 'Review comment'),
      access: { read: isSignedInField },
      // Entered in the dialog of 退回修改 / 撤回发布; moves into the review log on save.
      admin: { hidden: true },
    },
    {
      // Set by the workflow on each submission; the reviewers' queue waits from it.
      name: 'submittedAt',
      type: 'date',
      index: true,
      access: { create: nobodyField, update: nobodyField },
      label: label('提交时间', 'Submitted at'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
    },
    {
      // Who created the record: the author the return comment and notifications go to.
      name: 'author',
      type: 'relationship',
      relationTo: collections.users,
      index: true,
      access: { read: isSignedInField, create: nobodyField, update: nobodyField },
      label: label('录入人', 'Author'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'academicYear',
      type: 'text',
      index: true,
      access: { create: nobodyField, update: nobodyField },
      label: label('统计学年', 'Academic year'),
      admin: { position: 'sidebar', readOnly: true, description: label('按发布日期自动计算', 'Computed from the publication date') },
    },
    {
      name: 'reviews',
      type: 'array',
      label: label('保密审查记录', 'Confidentiality review log'),
      // Written by the workflow alone (and by system imports that bring their history).
      access: { read: isSignedInField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, initCollapsed: true, components: { RowLabel: '/components/ReviewRowLabel#ReviewRowLabel' } },
      fields: [
        { name: 'reviewer', type: 'relationship', relationTo: collections.users, label: label('审查人', 'Reviewer') },
        { name: 'reviewerName', type: 'text', label: label('审查人姓名', 'Reviewer name') },
        { name: 'reviewedAt', type: 'date', label: label('审查时间', 'Reviewed at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        // Indexed: the 已撤回发布 queue looks records up by a withdrawal in their log.
        { name: 'outcome', type: 'select', index: true, label: label('审查结论', 'Outcome'), options: optionsFrom(reviewOutcomes, reviewOutcomeLabels) },
        { name: 'fromStatus', type: 'select', label: label('原状态', 'From'), options: optionsFrom(statuses, statusLabels) },
        { name: 'toStatus', type: 'select', label: label('新状态', 'To'), options: optionsFrom(statuses, statusLabels) },
        { name: 'note', type: 'textarea', label: label('审查意见', 'Comment') },
      ],
    },
  ],
};
