import type { Access } from 'payload';
import { actorFromReq } from '../lib/user';

/** Administrators manage accounts; everyone else sees and edits only their own. */
export const adminOrSelf: Access = ({ req }) => {
  const actor = actorFromReq(req);
  if (!actor) return false;
  return actor.role === 'admin' ? true : { id: { equals: actor.id } };
};
