import { collections } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import type { User } from '../payload-types';

export type OfficeMember = Pick<User, 'id' | 'name' | 'email' | 'notifyByEmail'>;

const usersWithRole = async (payload: Payload, role: 'reviewer' | 'admin', req?: PayloadRequest) =>
  (
    await payload.find({
      collection: collections.users,
      where: { role: { equals: role } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { name: true, email: true, notifyByEmail: true },
    })
  ).docs as OfficeMember[];

/**
 * Who is told about applications: the disclosure office's reviewers, who handle them day to day.
 * Administrators handle them too, but are told only when there is no reviewer account, as for the
 * review reminders (docs/WORKBENCH.md): the notice always reaches someone without copying every
 * administrator on every case.
 */
export const officeRecipients = async (payload: Payload, req?: PayloadRequest): Promise<OfficeMember[]> => {
  const reviewers = await usersWithRole(payload, 'reviewer', req);
  return reviewers.length > 0 ? reviewers : usersWithRole(payload, 'admin', req);
};
