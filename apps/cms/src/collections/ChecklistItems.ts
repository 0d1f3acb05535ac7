import { cadenceLabels, cadences, collections } from '@xxgk/domain';
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isAdmin } from '../access/isAdmin';
import { nobody } from '../access/nobody';
import { label, optionsFrom } from '../i18n/label';
import { keepCodeStable } from '../lib/keepCodeStable';

/** The label editors pick from: "(7) 2.1 招生章程…", kept in step with the wording. */
const setLabel: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const code = data.code ?? originalDoc?.code;
  const seq = data.seq ?? originalDoc?.seq;
  const text = data.text ?? originalDoc?.text;
  return { ...data, label: `(${seq}) ${code} ${text}` };
};

/**
 * The 50 items of the MOE checklist. Administrators correct wording and assign each item a
 * responsible department (责任部门) and an update cadence; codes never change.
 */
export const ChecklistItems: CollectionConfig = {
  slug: collections.checklistItems,
  labels: { singular: label('清单事项', 'Checklist item'), plural: label('清单事项', 'Checklist items') },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['seq', 'code', 'text', 'responsibleDepartment', 'cadence'],
    group: label('信息公开事项清单', 'Checklist'),
  },
  access: { read: anyone, create: nobody, update: isAdmin, delete: nobody },
  defaultSort: 'seq',
  hooks: { beforeChange: [keepCodeStable('code'), setLabel] },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: label('编码', 'Code'), admin: { readOnly: true } },
    { name: 'seq', type: 'number', required: true, label: label('清单序号', 'Official number'), admin: { readOnly: true } },
    {
      name: 'category',
      type: 'relationship',
      relationTo: collections.checklistCategories,
      required: true,
      index: true,
      label: label('所属类别', 'Category'),
      admin: { readOnly: true },
    },
    { name: 'text', type: 'textarea', required: true, label: label('事项内容', 'Item') },
    { name: 'textEn', type: 'textarea', label: label('英文', 'English') },
    { name: 'label', type: 'text', label: label('显示名称', 'Display label'), admin: { hidden: true } },
    {
      name: 'responsibleDepartment',
      type: 'relationship',
      relationTo: collections.departments,
      label: label('责任部门', 'Responsible department'),
    },
    {
      name: 'cadence',
      type: 'select',
      defaultValue: 'realtime',
      label: label('更新频率', 'Update cadence'),
      options: optionsFrom(cadences, cadenceLabels),
    },
    {
      // Some items do not apply to every institution (e.g. no affiliated hospital): supervision shows 不适用.
      name: 'notApplicable',
      type: 'checkbox',
      defaultValue: false,
      label: label('本校不适用', 'Not applicable to this institution'),
    },
    {
      name: 'notApplicableReason',
      type: 'textarea',
      label: label('不适用的说明', 'Why it does not apply'),
      admin: { condition: (_, siblingData) => Boolean(siblingData?.notApplicable) },
    },
    { name: 'isWordingVerified', type: 'checkbox', label: label('措辞已核对原文', 'Wording checked against the source') },
    { name: 'note', type: 'textarea', label: label('备注', 'Note') },
  ],
};
