import { collections, decideDepartment } from '@xxgk/domain';
import type { CollectionBeforeValidateHook } from 'payload';
import type { Disclosure } from '../../../payload-types';
import { fieldError, refusal } from '../../../i18n/messages';
import { actorFromReq, idOf } from '../../../lib/user';

/** An editor authors only for their own department (decideDepartment in @xxgk/domain). */
export const keepDepartmentBoundary: CollectionBeforeValidateHook<Disclosure> = async ({ data = {}, operation, req }) => {
  const actor = actorFromReq(req);
  const decision = decideDepartment({ actor, operation: operation === 'create' ? 'create' : 'update', requested: idOf(data.department) });
  if ('refusal' in decision) {
    const { path } = decision.refusal;
    if (!path || !actor?.departmentId) throw refusal({ req, refusal: decision.refusal });
    const own = await req.payload.findByID({ collection: collections.departments, id: actor.departmentId, depth: 0, req, overrideAccess: true });
    throw fieldError({ req, collection: collections.disclosures, refusal: { ...decision.refusal, path, params: { department: own.name } } });
  }
  return decision.department === undefined ? data : { ...data, department: decision.department as number };
};
