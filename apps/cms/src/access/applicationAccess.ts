import { caseHandlerRoles, seesEverything, type Actor } from '@xxgk/domain';
import type { Access, ClientUser, FieldAccess } from 'payload';
import { actorFromReq } from '../lib/user';

/**
 * Who sees applications (依申请公开) and feedback (评议、举报、纠错). The disclosure office handles
 * them — reviewers and administrators (the domain's `caseHandlerRoles`). Supervisors read cases and feedback to oversee the
 * office, never the people behind them: applicants' personal data (their own collection, and
 * the feedback's name and contact fields) is for the office alone. Department editors see none
 * of it; the public only through the gateway's receipt and query codes.
 */
const isHandler = (actor: Actor | null) => Boolean(actor && caseHandlerRoles.includes(actor.role));
export const handlesApplications: Access = ({ req }) => isHandler(actorFromReq(req));
export const handlesApplicationsField: FieldAccess = ({ req }) => isHandler(actorFromReq(req));
export const overseesApplications: Access = ({ req }) => seesEverything(actorFromReq(req));

type AdminUser = { user: ClientUser | null };
const actorRole = (user: ClientUser | null) => (user && typeof user.role === 'string' ? user.role : null);
/** The admin navigation hides what the access rules would refuse anyway (a convenience, not the boundary). */
export const hiddenUnlessHandler = ({ user }: AdminUser) => !(caseHandlerRoles as readonly (string | null)[]).includes(actorRole(user));
export const hiddenUnlessOverseer = ({ user }: AdminUser) => !seesEverything(user ? ({ role: actorRole(user) } as Actor) : null);
