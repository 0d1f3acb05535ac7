import { collections } from '@xxgk/domain';
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isAdmin } from '../access/isAdmin';
import { fieldError } from '../i18n/messages';
import { label } from '../i18n/label';
import { idOf } from '../lib/user';
import { findReference } from '../lib/findReference';
import { uniqueValue } from '../lib/uniqueValue';

/** Departments have at most two levels: school-level units and their sub-units. */
const keepTwoLevels: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const parentId = idOf(data?.parent ?? originalDoc?.parent);
  if (!parentId) return data;
  const collection = collections.departments;
  if (originalDoc && parentId === originalDoc.id) throw fieldError({ req, collection, refusal: { key: 'departmentOwnParent', path: 'parent' } });
  // An unknown parent is reported by the relationship field's own validation.
  const parent = await findReference(req, collection, parentId);
  if (parent?.parent) throw fieldError({ req, collection, refusal: { key: 'departmentTooDeep', path: 'parent', params: { parent: parent.name } } });
  return data;
};

export const Departments: CollectionConfig = {
  slug: collections.departments,
  labels: { singular: label('责任部门', 'Department'), plural: label('责任部门', 'Departments') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'kind', 'parent'], group: label('基础数据', 'Reference data') },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'order',
  hooks: { beforeValidate: [keepTwoLevels] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('名称', 'Name') },
    { name: 'nameEn', type: 'text', label: label('英文名称', 'English name') },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: label('编码', 'Code'),
      admin: { description: label('小写字母、数字和连字符，如 finance', 'Lower-case letters, digits and hyphens, e.g. finance') },
      validate: uniqueValue({
        collection: collections.departments,
        field: 'code',
        label: label('部门编码', 'Department code'),
        format: (value: unknown) =>
          typeof value === 'string' && /^[a-z][a-z0-9-]{1,40}$/.test(value)
            ? true
            : '编码只能包含小写字母、数字和连字符（2–41 位）/ Use lower-case letters, digits and hyphens',
      }),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'office',
      label: label('类型', 'Kind'),
      options: [
        { value: 'office', label: label('职能部门', 'Administrative office') },
        { value: 'college', label: label('二级学院', 'College') },
        { value: 'other', label: label('其他', 'Other') },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: collections.departments,
      label: label('上级部门', 'Parent department'),
      filterOptions: { parent: { exists: false } },
    },
    { name: 'order', type: 'number', defaultValue: 100, label: label('排序', 'Order') },
  ],
};
