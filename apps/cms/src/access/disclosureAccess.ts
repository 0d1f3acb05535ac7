import { canCreateDisclosure, disclosureDeleteScope, disclosureReadScope, disclosureUpdateScope, disclosureVersionScope } from '@xxgk/domain';
import type { Access } from 'payload';
import { actorFromReq } from '../lib/user';
import { isPublicReaderAllowed } from './publicApi';
import { bothScopes, toAccess } from './toWhere';

/** Access to disclosure records: the scopes of @xxgk/domain, translated into where-clauses. */
export const canReadDisclosures: Access = ({ req }) => {
  const actor = actorFromReq(req);
  if (!actor && !isPublicReaderAllowed({ req })) return false;
  return toAccess(disclosureReadScope(actor));
};

/** A version is readable when its own content and its record as it is now are both readable. */
export const canReadDisclosureVersions: Access = ({ req }) => {
  const { version, current } = disclosureVersionScope(actorFromReq(req));
  return bothScopes(toAccess(version, 'version.'), toAccess(current, 'parent.'));
};

export const canCreateDisclosures: Access = ({ req }) => canCreateDisclosure(actorFromReq(req));
export const canUpdateDisclosures: Access = ({ req }) => toAccess(disclosureUpdateScope(actorFromReq(req)));
/** Whether the record's state allows deletion (never once published) is judged by a hook, so the user is told why. */
export const canDeleteDisclosures: Access = ({ req }) => toAccess(disclosureDeleteScope(actorFromReq(req)));
