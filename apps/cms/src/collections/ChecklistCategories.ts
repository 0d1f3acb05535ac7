import { collections } from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isAdmin } from '../access/isAdmin';
import { nobody } from '../access/nobody';
import { label } from '../i18n/label';
import { keepCodeStable } from '../lib/keepCodeStable';

/**
 * The 10 categories of the MOE checklist, loaded from @xxgk/checklist. Administrators may
 * correct wording; codes and the set of categories are fixed (created only by the system).
 */
export const ChecklistCategories: CollectionConfig = {
  slug: collections.checklistCategories,
  labels: { singular: label('清单类别', 'Checklist category'), plural: label('清单类别', 'Checklist categories') },
  admin: { useAsTitle: 'name', defaultColumns: ['seq', 'name', 'code'], group: label('信息公开事项清单', 'Checklist') },
  access: { read: anyone, create: nobody, update: isAdmin, delete: nobody },
  defaultSort: 'seq',
  hooks: { beforeChange: [keepCodeStable('code')] },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: label('编码', 'Code'), admin: { readOnly: true } },
    { name: 'seq', type: 'number', required: true, label: label('序号', 'Number'), admin: { readOnly: true } },
    { name: 'name', type: 'text', required: true, label: label('名称', 'Name') },
    { name: 'nameEn', type: 'text', label: label('英文名称', 'English name') },
  ],
};
