import type { CaseActor } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';
import { actorFromReq } from '../lib/user';

/**
 * Who acts on a case in this request. The public intake (and the applicant's own amend or
 * withdraw) writes without a user, with overrideAccess and `context.caseActor = 'applicant'`;
 * a signed-in member of staff acts as themselves; anything else (a scheduled job, an import,
 * a seed) is the system. Context is set by server code only: no HTTP client can claim it.
 */
export const caseActorOf = (req: PayloadRequest): CaseActor => {
  if (req.context?.caseActor === 'applicant') return 'applicant';
  return actorFromReq(req) ?? 'system';
};
