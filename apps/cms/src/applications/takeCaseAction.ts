import { checkCaseAction, collections, type CaseActionInput } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import type { ApplicationCase as StoredCase } from '../payload-types';
import { caseActorOf } from './caseActor';
import { caseTodayOf, type CaseContext } from './caseContext';
import { caseRefusalError } from './caseRefusal';
import { loadCaseSettings } from './caseSettings';
import { storedCase } from './storedCase';

/**
 * Takes one action on a stored case: reads it (with the user's access when there is a user),
 * lets @xxgk/domain's checkCaseAction judge the action for the actor of the request on `today`
 * (Beijing; the scheduled jobs pass their own), and saves the allowed event through
 * payload.update, whose hook appends it to the log and derives the columns
 * (collections/applications/hooks/deriveCase.ts). A refusal is thrown in the API's shape.
 *
 * Used by the actions endpoint (staff), the scheduled jobs (the system) and, with
 * `context.caseActor = 'applicant'` on `req`, by the public intake for the applicant's own
 * amendment or withdrawal.
 */
export const takeCaseAction = async ({
  payload,
  req,
  id,
  action,
  input = {},
  today,
}: {
  payload: Payload;
  req: PayloadRequest;
  id: number | string;
  action: string;
  input?: CaseActionInput;
  today?: string;
}): Promise<StoredCase> => {
  const collection = collections.applicationCases;
  // Staff act within their access; the system and the applicant (whose code the caller checked) act as the platform.
  const access = req.user ? { user: req.user, overrideAccess: false } : { overrideAccess: true };
  const doc = (await payload.findByID({ collection, id, depth: 0, req, ...access })) as StoredCase;
  const current = storedCase(doc);
  if (!current) throw caseRefusalError(req, { key: 'caseStoredLogInvalid', path: 'action' }, { status: 409 });
  const day = today ?? caseTodayOf(req);
  const settings = await loadCaseSettings(payload, req);
  const verdict = checkCaseAction({ case: current, action, actor: caseActorOf(req), input, settings, today: day });
  if (!verdict.isAllowed) throw caseRefusalError(req, verdict.refusal);
  const context: CaseContext = { caseEvent: { id: doc.id, event: verdict.event, after: current.events.length }, caseToday: day };
  return (await payload.update({ collection, id: doc.id, data: {}, depth: 0, req, context, ...access })) as StoredCase;
};
