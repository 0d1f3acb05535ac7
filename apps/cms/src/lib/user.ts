import { relationId, type Actor, type Role } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';

type UserLike = { id: number | string; role?: string | null; name?: string | null; department?: unknown } | null | undefined;

const idOf = relationId;

/** The signed-in CMS user as the domain rules see them; null for the public (and for the system, in hooks run without a user). */
export const actorOf = (user: UserLike): Actor | null =>
  user && user.role ? { id: user.id, role: user.role as Role, departmentId: idOf(user.department), name: user.name } : null;

export const actorFromReq = (req: PayloadRequest): Actor | null => actorOf(req.user as UserLike);

export { idOf };
