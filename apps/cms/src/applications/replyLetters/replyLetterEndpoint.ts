import { caseHandlerRoles, collections, formatMessage } from '@xxgk/domain';
import { addDataAndFileToRequest, type Endpoint } from 'payload';
import type { ApplicationCase as StoredCase } from '../../payload-types';
import { languageOf, refusal } from '../../i18n/messages';
import { actorFromReq } from '../../lib/user';
import { caseRefusalError } from '../caseRefusal';
import { deliveryMessage, emailReplyLetter } from './emailReplyLetter';
import { issueReplyLetters } from './issueReplyLetters';

/**
 * POST /api/application-cases/:id/reply-letter with `{ do: 'generate' | 'send' }`, the case
 * view's two buttons: write the letter again while the case waits for its reply (after the
 * templates or the applicant's name were corrected), or e-mail the letter that was sent again
 * (after a failed delivery). The disclosure office only; the case is read with the user's access.
 */
export const replyLetterEndpoint: Endpoint = {
  path: '/:id/reply-letter',
  method: 'post',
  handler: async (req) => {
    const actor = actorFromReq(req);
    if (!actor) throw refusal({ req, refusal: { key: 'staffApiOnly' } });
    if (!caseHandlerRoles.includes(actor.role)) throw caseRefusalError(req, { key: 'caseHandlersOnly', path: 'action' });
    await addDataAndFileToRequest(req);
    const what = (req.data as { do?: unknown } | undefined)?.do;
    const doc = (await req.payload.findByID({ collection: collections.applicationCases, id: String(req.routeParams?.id ?? ''), depth: 0, req, user: req.user, overrideAccess: false })) as StoredCase;
    const language = languageOf(req);
    const headers = { 'cache-control': 'private, no-store' };
    if (what === 'generate') {
      if (doc.status !== 'decided') throw caseRefusalError(req, doc.repliedOn ? { key: 'replyLetterFixed', params: { date: doc.repliedOn } } : { key: 'replyLetterNotDecided' });
      const issued = await issueReplyLetters({ payload: req.payload, caseId: doc.id });
      if ('refusal' in issued) throw caseRefusalError(req, issued.refusal);
      return Response.json({ message: formatMessage(language, 'replyLetterIssued') }, { headers });
    }
    if (what === 'send') {
      const outcome = await emailReplyLetter({ payload: req.payload, caseId: doc.id, by: { id: actor.id, name: actor.name } });
      if ('refusal' in outcome) throw caseRefusalError(req, outcome.refusal);
      return Response.json({ delivery: outcome.status, message: deliveryMessage(outcome, language) }, { headers });
    }
    throw caseRefusalError(req, { key: 'choiceInvalid', path: 'action', params: { value: String(what ?? ''), allowed: 'generate, send' } });
  },
};
