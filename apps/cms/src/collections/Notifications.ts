import { collections, deliveryStateLabels, deliveryStates, notificationKindLabels, notificationKinds } from '@xxgk/domain';
import type { Access, CollectionConfig } from 'payload';
import { nobody } from '../access/nobody';
import { label, optionsFrom } from '../i18n/label';
import { actorFromReq } from '../lib/user';

/** Each user reads their own notifications; administrators read all of them. */
const ownOrAdmin: Access = ({ req }) => {
  const actor = actorFromReq(req);
  if (!actor) return false;
  return actor.role === 'admin' ? true : { recipient: { equals: actor.id } };
};

/**
 * Notifications (提醒) sent to staff: one row per recipient and occasion, written by the system
 * alone. `key` makes each occasion notify once, even when several processes notice it.
 */
export const Notifications: CollectionConfig = {
  slug: collections.notifications,
  labels: { singular: label('提醒', 'Notification'), plural: label('我的提醒', 'My notifications') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'recipient', 'delivery', 'createdAt'],
    group: label('工作台', 'Workbench'),
  },
  defaultSort: '-createdAt',
  access: { read: ownOrAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'kind', type: 'select', required: true, index: true, label: label('类型', 'Kind'), options: optionsFrom(notificationKinds, notificationKindLabels) },
    { name: 'recipient', type: 'relationship', relationTo: collections.users, required: true, index: true, label: label('接收人', 'Recipient') },
    { name: 'email', type: 'email', label: label('邮箱', 'E-mail') },
    { name: 'subject', type: 'text', required: true, label: label('标题', 'Subject') },
    { name: 'text', type: 'textarea', label: label('内容', 'Text') },
    { name: 'disclosure', type: 'relationship', relationTo: collections.disclosures, label: label('相关条目', 'Record') },
    { name: 'checklistItem', type: 'relationship', relationTo: collections.checklistItems, label: label('相关清单事项', 'Checklist item') },
    { name: 'applicationCase', type: 'relationship', relationTo: collections.applicationCases, index: true, label: label('相关申请', 'Application') },
    { name: 'feedback', type: 'relationship', relationTo: collections.feedback, index: true, label: label('相关评议、举报或纠错', 'Feedback') },
    { name: 'delivery', type: 'select', required: true, label: label('发送情况', 'Delivery'), options: optionsFrom(deliveryStates, deliveryStateLabels) },
    { name: 'error', type: 'text', label: label('发送错误', 'Delivery error') },
  ],
};
