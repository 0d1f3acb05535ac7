import { caseHandlerRoles, feedbackActionLabels, feedbackActions, type FeedbackAction } from '@xxgk/domain';
import { addDataAndFileToRequest, type Endpoint } from 'payload';
import { languageOf, refusal } from '../i18n/messages';
import { actorFromReq } from '../lib/user';
import { feedbackRefusalError } from './feedbackContext';
import { takeFeedbackAction } from './takeFeedbackAction';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * POST /api/feedback/:id/actions with `{ action, reply?, note? }`: one action on an appraisal,
 * complaint or correction request, as the admin's buttons take it
 * (components/applications/FeedbackActions.tsx). The disclosure office only; the rule is
 * @xxgk/domain's checkFeedbackAction, the save goes through payload.update with the user's
 * request. Answers `{ doc, message }`, or a refusal in the API's usual shape (an input to fix:
 * 400 at it; the action refused: 403 at `action`).
 */
export const feedbackActionsEndpoint: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: async (req) => {
    const actor = actorFromReq(req);
    if (!actor) throw refusal({ req, refusal: { key: 'staffApiOnly' } });
    if (!caseHandlerRoles.includes(actor.role)) throw feedbackRefusalError(req, { key: 'feedbackHandlersOnly', path: 'action' });
    await addDataAndFileToRequest(req);
    const body = (req.data ?? {}) as { action?: unknown; reply?: unknown; note?: unknown };
    const action = text(body.action) ?? '';
    const doc = await takeFeedbackAction({ payload: req.payload, req, id: String(req.routeParams?.id ?? ''), action, input: { reply: text(body.reply), note: text(body.note) } });
    const label = (feedbackActions as readonly string[]).includes(action) ? feedbackActionLabels[action as FeedbackAction][languageOf(req)] : action;
    return Response.json({ doc, message: languageOf(req) === 'zh' ? `已完成「${label}」。` : `Done: ${label}.` }, { headers: { 'cache-control': 'private, no-store' } });
  },
};
