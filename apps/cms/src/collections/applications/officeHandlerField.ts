import { caseHandlerRoles, collections, relationId } from '@xxgk/domain';
import type { RelationshipField, RelationshipFieldSingleValidation } from 'payload';
import { t } from '../../i18n/messages';

/**
 * The handler must belong to the disclosure office (reviewers and administrators, the domain's
 * `caseHandlerRoles`): reminders go to them and only they may act. Checked on the server with
 * the platform's access — Payload's own filterOptions check reads users with the saving user's
 * access, and reviewers read no account but their own, so it would refuse a reviewer's save of a
 * case an administrator handles.
 */
const validateOfficeHandler: RelationshipFieldSingleValidation = async (value, { req }) => {
  const id = relationId(value);
  if (id === null) return true;
  const user = await req.payload.findByID({ collection: collections.users, id, depth: 0, overrideAccess: true, disableErrors: true, req, select: { role: true, name: true, email: true } });
  if (user && caseHandlerRoles.includes(user.role as (typeof caseHandlerRoles)[number])) return true;
  return t(req, 'handlerNotInOffice', { name: String(user?.name || user?.email || id) });
};

/**
 * 承办人 / 处理人: a member of the disclosure office. The picker offers office members only
 * (filterOptions; a reviewer sees the accounts they may read, their own), the server refuses
 * anyone else at the field.
 */
export const officeHandlerField = (field: { name: string; label: RelationshipField['label']; index?: boolean; admin?: { components?: { Cell?: string } } }): RelationshipField =>
  ({
    ...field,
    type: 'relationship',
    relationTo: collections.users,
    hasMany: false,
    filterOptions: { role: { in: [...caseHandlerRoles] } },
    validate: validateOfficeHandler,
  }) as RelationshipField;
