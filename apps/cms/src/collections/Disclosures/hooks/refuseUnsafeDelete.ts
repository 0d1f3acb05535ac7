import { collections, decideDeletion } from '@xxgk/domain';
import type { CollectionBeforeDeleteHook } from 'payload';
import { refusal } from '../../../i18n/messages';
import { actorFromReq } from '../../../lib/user';

/** Published records are withdrawn or repealed, never deleted; a submitted one is locked against its editor (decideDeletion). */
export const refuseUnsafeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: collections.disclosures, id, depth: 0, req, overrideAccess: true });
  const reason = decideDeletion({ actor: actorFromReq(req), status: doc.status });
  if (reason) throw refusal({ req, refusal: reason });
};
