import { collections, roleLabels, roles } from '@xxgk/domain';
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { adminOrSelf } from '../access/adminOrSelf';
import { clearLoginThrottle, throttleLogin } from '../auth/loginThrottle';
import { isAdmin, isAdminField } from '../access/isAdmin';
import { fieldError } from '../i18n/messages';
import { refuseForbiddenWrite } from '../lib/refuseForbiddenWrite';
import { label, optionsFrom } from '../i18n/label';

/** The very first account (created on the admin's welcome screen) is the administrator. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: collections.users, req, overrideAccess: true });
  return totalDocs === 0 ? { ...data, role: 'admin' } : data;
};

/** A department editor without a department could not author anything: refuse it up front. */
const editorsNeedDepartment: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const role = data.role ?? originalDoc?.role;
  const department = 'department' in data ? data.department : originalDoc?.department;
  if (role === 'editor' && !department) {
    throw fieldError({ req, collection: collections.users, refusal: { key: 'editorWithoutDepartment', path: 'department' } });
  }
  return data;
};

export const Users: CollectionConfig = {
  slug: collections.users,
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  // No per-account lock-out (anyone could lock anyone out): sign-in is throttled per account and address instead.
  auth: { maxLoginAttempts: 0, tokenExpiration: 8 * 3600 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'department'],
    group: label('系统', 'System'),
    // Staff edit their own account under 账号 (the avatar); the list is the administrators'.
    hidden: ({ user }) => user?.role !== 'admin',
  },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req }) => Boolean(req.user) },
  hooks: { beforeChange: [firstUserIsAdmin, editorsNeedDepartment], beforeOperation: [throttleLogin], afterLogin: [clearLoginThrottle] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      label: label('角色', 'Role'),
      options: optionsFrom(roles, roleLabels),
      access: { update: isAdminField },
      hooks: { beforeValidate: [refuseForbiddenWrite({ canWrite: isAdminField, refusal: { key: 'accountFieldAdminOnly', path: 'role' }, operations: ['update'] })] },
      saveToJWT: true,
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: collections.departments,
      label: label('所属部门', 'Department'),
      admin: { description: label('部门信息员只能管理本部门的条目', 'Department editors manage only their department’s records') },
      access: { update: isAdminField },
      hooks: { beforeValidate: [refuseForbiddenWrite({ canWrite: isAdminField, refusal: { key: 'accountFieldAdminOnly', path: 'department' }, operations: ['update'] })] },
      saveToJWT: true,
    },
    {
      name: 'notifyByEmail',
      type: 'checkbox',
      defaultValue: true,
      label: label('通过电子邮件接收提醒', 'Receive reminders by e-mail'),
      admin: { description: label('关闭后提醒仍显示在后台的“我的提醒”中', 'Reminders still appear under “My notifications” in the admin') },
    },
  ],
};
