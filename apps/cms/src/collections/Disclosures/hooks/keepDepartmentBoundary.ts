import { collections } from '@xxgk/domain';
import type { CollectionBeforeValidateHook } from 'payload';
import { fieldError, refusal } from '../../../i18n/messages';
import { actorFromReq, idOf } from '../../../lib/user';

/**
 * A department editor authors only for their own department (责任部门): the department
 * defaults to theirs, and any other is refused with a message rather than silently replaced.
 */
export const keepDepartmentBoundary: CollectionBeforeValidateHook = async ({ data = {}, operation, req }) => {
  const actor = actorFromReq(req);
  if (actor?.role !== 'editor') return data;
  if (!actor.departmentId) throw refusal({ req, key: 'editorWithoutDepartment' });
  const requested = idOf(data.department);
  if (operation === 'create' && !requested) return { ...data, department: actor.departmentId };
  if (requested && String(requested) !== String(actor.departmentId)) {
    const own = await req.payload.findByID({ collection: collections.departments, id: actor.departmentId, depth: 0, req, overrideAccess: true });
    throw fieldError({ req, collection: collections.disclosures, path: 'department', key: 'editorOwnDepartmentOnly', params: { department: own.name } });
  }
  return data;
};
