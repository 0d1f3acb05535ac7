import { collections, type Actor, type Role } from '@xxgk/domain';
import type { Payload } from 'payload';

/** The disclosure office as actors of the log: a reviewer handles cases, an administrator approves extensions. */
export type Office = { reviewer: Actor; admin: Actor };

export const loadOffice = async (payload: Payload): Promise<Office> => {
  const first = async (role: Role): Promise<Actor> => {
    const [user] = (await payload.find({ collection: collections.users, where: { role: { equals: role } }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })).docs;
    if (!user) throw new Error(`没有${role === 'admin' ? '管理员' : '审核员'}账号，无法办理申请：请先运行演示数据初始化。/ No ${role} account to handle cases: seed the demo first.`);
    return { id: user.id, role, departmentId: (user.department as number | string | null | undefined) ?? null, name: user.name ?? null };
  };
  return { reviewer: await first('reviewer'), admin: await first('admin') };
};
