import { isPublisher, seesEverything } from '@xxgk/domain';
import type { Access, FieldAccess } from 'payload';
import { actorFromReq } from '../lib/user';

/**
 * Who works on annual reports: the disclosure office (reviewers and administrators, the
 * domain's `publishingRoles`) writes them; supervisors read them; department editors and the
 * public see none — the public reads published reports through the gateway.
 */
export const writesReports: Access = ({ req }) => isPublisher(actorFromReq(req));
export const writesReportsField: FieldAccess = ({ req }) => isPublisher(actorFromReq(req));
export const readsReports: Access = ({ req }) => seesEverything(actorFromReq(req));
/** Only drafts may be deleted (a mistaken period, an abandoned correction); published versions are kept. */
export const deletesDraftReports: Access = ({ req }) => (isPublisher(actorFromReq(req)) ? { status: { equals: 'draft' } } : false);
