import { collections } from '@xxgk/domain';
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isAdmin } from '../access/isAdmin';
import { nobody } from '../access/nobody';
import { label } from '../i18n/label';
import { keepCodeStable } from '../lib/keepCodeStable';

/** The label pickers show, kept in step with the wording. */
const setLabel: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  label: `${data.seq ?? originalDoc?.seq}. ${data.name ?? originalDoc?.name}`,
});

/**
 * The 10 categories of the MOE checklist, loaded from @xxgk/checklist. Administrators may
 * correct wording; codes and the set of categories are fixed (created only by the system).
 */
export const ChecklistCategories: CollectionConfig = {
  slug: collections.checklistCategories,
  labels: { singular: label('清单类别', 'Checklist category'), plural: label('清单类别', 'Checklist categories') },
  // Pickers show "2. 招生考试信息": the official number with the name, as on the public site.
  admin: { useAsTitle: 'label', defaultColumns: ['seq', 'name', 'code'], group: label('信息公开事项清单', 'Checklist') },
  access: { read: anyone, create: nobody, update: isAdmin, delete: nobody },
  defaultSort: 'seq',
  hooks: { beforeChange: [keepCodeStable('code'), setLabel] },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: label('编码', 'Code'), admin: { readOnly: true } },
    { name: 'seq', type: 'number', required: true, label: label('序号', 'Number'), admin: { readOnly: true } },
    { name: 'name', type: 'text', required: true, label: label('名称', 'Name') },
    { name: 'nameEn', type: 'text', label: label('英文名称', 'English name') },
    { name: 'label', type: 'text', label: label('显示名称', 'Display label'), admin: { hidden: true } },
  ],
};
