import { channelKeyPattern, collections } from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isAdmin } from '../access/isAdmin';
import { label } from '../i18n/label';
import { keepCodeStable } from '../lib/keepCodeStable';
import { uniqueValue } from '../lib/uniqueValue';

/** The channels records go out on (公开渠道); administrators keep the list. */
export const Channels: CollectionConfig = {
  slug: collections.channels,
  labels: { singular: label('公开渠道', 'Channel'), plural: label('公开渠道', 'Channels') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', 'isActive'], group: label('基础数据', 'Reference data') },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'order',
  hooks: { beforeChange: [keepCodeStable('key')] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('名称', 'Name') },
    { name: 'nameEn', type: 'text', label: label('英文名称', 'English name') },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: label('标识', 'Key'),
      validate: uniqueValue({
        collection: collections.channels,
        field: 'key',
        label: label('渠道标识', 'Channel key'),
        format: (value: unknown) =>
          typeof value === 'string' && channelKeyPattern.test(value)
            ? true
            : '标识只能包含小写字母、数字和连字符，如 wechat / Use lower-case letters, digits and hyphens, e.g. wechat',
      }),
    },
    { name: 'isActive', type: 'checkbox', defaultValue: true, label: label('启用', 'Active') },
    { name: 'order', type: 'number', defaultValue: 100, label: label('排序', 'Order') },
  ],
};
