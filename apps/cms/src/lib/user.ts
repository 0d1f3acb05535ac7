import { relationId, type Role } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';

/** The signed-in CMS user as the access rules see it; null for the anonymous public. */
export type Actor = { id: number | string; role: Role; departmentId: number | string | null; name?: string | null };

type UserLike = { id: number | string; role?: string | null; name?: string | null; department?: unknown } | null | undefined;

const idOf = relationId;

export const actorOf = (user: UserLike): Actor | null =>
  user && user.role ? { id: user.id, role: user.role as Role, departmentId: idOf(user.department), name: user.name } : null;

export const actorFromReq = (req: PayloadRequest): Actor | null => actorOf(req.user as UserLike);

export { idOf };
