import type { Role } from './roles';

/** A signed-in CMS user as the rules see them; `null` stands for the public (or the system, where said). */
export type Actor = { id: number | string; role: Role; departmentId: number | string | null; name?: string | null };

/** Roles that author records (create, edit their drafts, submit). */
export const authoringRoles: readonly Role[] = ['admin', 'reviewer', 'editor'];
/** Roles that perform the confidentiality review (保密审查) and may publish. */
export const publishingRoles: readonly Role[] = ['admin', 'reviewer'];
/** Roles that see every record, whatever its department or status. */
export const seeEverythingRoles: readonly Role[] = ['admin', 'reviewer', 'supervisor'];

export const isAuthor = (actor: Actor | null): actor is Actor => Boolean(actor && authoringRoles.includes(actor.role));
export const isPublisher = (actor: Actor | null): actor is Actor => Boolean(actor && publishingRoles.includes(actor.role));
export const seesEverything = (actor: Actor | null): actor is Actor => Boolean(actor && seeEverythingRoles.includes(actor.role));
export const isAdministrator = (actor: Actor | null): actor is Actor => actor?.role === 'admin';
export const isEditor = (actor: Actor | null): actor is Actor => actor?.role === 'editor';
