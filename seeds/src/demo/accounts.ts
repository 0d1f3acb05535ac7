import type { Role } from '@xxgk/domain';

/** Demo accounts, one per role, printed by `npm start`. Demo data only: change them in production. */
export type DemoAccount = { email: string; password: string; name: string; role: Role; departmentCode?: string };

export const demoAccounts: readonly DemoAccount[] = [
  { email: 'admin@demo.edu.cn', password: 'Admin#2022', name: '系统管理员', role: 'admin' },
  { email: 'reviewer@demo.edu.cn', password: 'Review#2022', name: '李审核（信息公开办公室）', role: 'reviewer', departmentCode: 'president-office' },
  { email: 'editor@demo.edu.cn', password: 'Editor#2022', name: '王编辑（招生就业处）', role: 'editor', departmentCode: 'admissions' },
  { email: 'finance@demo.edu.cn', password: 'Editor#2022', name: '张编辑（财务处）', role: 'editor', departmentCode: 'finance' },
  { email: 'supervisor@demo.edu.cn', password: 'Watch#2022', name: '赵监督（纪检监察室）', role: 'supervisor', departmentCode: 'discipline' },
];
