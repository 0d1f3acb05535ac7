import { seeEverythingRoles } from '@xxgk/domain';
import type { Access, AccessResult } from 'payload';
import { actorFromReq } from '../lib/user';

/**
 * An attachment is public only while a public record links to it (`isPublic` is kept up to
 * date by the disclosures' afterChange hook), so files of drafts and withheld records are
 * never served to the public, not even by guessing their URL.
 */
export const canReadAttachments: Access = ({ req }): AccessResult => {
  const actor = actorFromReq(req);
  if (!actor) return { isPublic: { equals: true } };
  if (seeEverythingRoles.includes(actor.role)) return true;
  return { or: [{ isPublic: { equals: true } }, { department: { equals: actor.departmentId } }] };
};

export const canUploadAttachments: Access = ({ req }): AccessResult => {
  const role = actorFromReq(req)?.role;
  return role === 'admin' || role === 'reviewer' || role === 'editor';
};

export const canChangeAttachments: Access = ({ req }): AccessResult => {
  const actor = actorFromReq(req);
  if (!actor) return false;
  if (actor.role === 'admin' || actor.role === 'reviewer') return true;
  if (actor.role !== 'editor') return false;
  return { and: [{ department: { equals: actor.departmentId } }, { isPublic: { equals: false } }] };
};
