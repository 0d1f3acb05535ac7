/** Roles of CMS users. Department boundaries apply to editors only; role sets live in actor.ts. */
export const roles = ['admin', 'reviewer', 'editor', 'supervisor'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  reviewer: { zh: '信息公开办公室审核员（保密审查与发布）', en: 'Disclosure-office reviewer' },
  editor: { zh: '部门信息员', en: 'Department editor' },
  supervisor: { zh: '监督员（只读）', en: 'Supervisor (read-only)' },
};
