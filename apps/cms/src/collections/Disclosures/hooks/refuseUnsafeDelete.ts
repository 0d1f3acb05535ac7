import { collections } from '@xxgk/domain';
import type { CollectionBeforeDeleteHook } from 'payload';
import { refusal } from '../../../i18n/messages';
import { actorFromReq } from '../../../lib/user';

/**
 * A published record is part of the public record and is never deleted: it is withdrawn or
 * repealed instead, so its history stays. A record under review is locked against its editor.
 */
export const refuseUnsafeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: collections.disclosures, id, depth: 0, req, overrideAccess: true });
  if (doc.status === 'published') throw refusal({ req, key: 'publishedCannotBeDeleted' });
  if (doc.status === 'submitted' && actorFromReq(req)?.role === 'editor') throw refusal({ req, key: 'submittedIsLocked' });
};
