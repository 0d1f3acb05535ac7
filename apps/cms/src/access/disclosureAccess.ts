import { seeEverythingRoles } from '@xxgk/domain';
import type { Access, AccessResult } from 'payload';
import { actorFromReq } from '../lib/user';
import { publicDisclosureWhere } from './publicDisclosureWhere';

/**
 * Who reads which disclosure records. Reviewers, supervisors and administrators see all;
 * a department editor sees everything of their own department plus other departments'
 * published records that are not withheld; the public sees only published public records.
 */
export const canReadDisclosures: Access = ({ req }): AccessResult => {
  const actor = actorFromReq(req);
  if (!actor) return publicDisclosureWhere;
  if (seeEverythingRoles.includes(actor.role)) return true;
  return {
    or: [
      { department: { equals: actor.departmentId } },
      { and: [{ status: { equals: 'published' } }, { attribute: { not_equals: 'withheld' } }] },
    ],
  };
};

/** Authors create records; the department boundary is checked with a clear message in a hook. */
export const canCreateDisclosures: Access = ({ req }): AccessResult => {
  const role = actorFromReq(req)?.role;
  return role === 'admin' || role === 'reviewer' || role === 'editor';
};

/** Editors change only their own department's unpublished records; the workflow hook judges each change. */
export const canUpdateDisclosures: Access = ({ req }): AccessResult => {
  const actor = actorFromReq(req);
  if (!actor) return false;
  if (actor.role === 'admin' || actor.role === 'reviewer') return true;
  if (actor.role !== 'editor') return false;
  return {
    and: [
      { department: { equals: actor.departmentId } },
      { status: { in: ['draft', 'submitted', 'returned'] } },
    ],
  };
};

/**
 * Deleting: reviewers and administrators any record, editors their own department's. Whether
 * the record's state allows deletion (never once published) is judged by the
 * refuseUnsafeDelete hook, so the user is told why rather than "not found".
 */
export const canDeleteDisclosures: Access = ({ req }): AccessResult => {
  const actor = actorFromReq(req);
  if (!actor) return false;
  if (actor.role === 'admin' || actor.role === 'reviewer') return true;
  return actor.role === 'editor' ? { department: { equals: actor.departmentId } } : false;
};
