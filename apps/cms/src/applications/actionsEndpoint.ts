import { caseHandlerRoles, caseActionLabels, caseActions, yuanToFen, type CaseAction, type CaseActionInput } from '@xxgk/domain';
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import { languageOf, refusal } from '../i18n/messages';
import { actorFromReq } from '../lib/user';
import { caseRefusalError } from './caseRefusal';
import { afterCaseAction } from './replyLetters/afterCaseAction';
import { takeCaseAction } from './takeCaseAction';

type Body = { action?: unknown; note?: unknown; decision?: unknown; fee?: { charged?: unknown; waived?: unknown } | null; receivedOn?: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The fee as typed (yuan) in fen, or the refusal at the amount that is not one. */
const feeOf = (req: PayloadRequest, fee: Body['fee']) => {
  const charged = yuanToFen(fee?.charged);
  const waived = yuanToFen(fee?.waived);
  for (const [field, value, label] of [
    ['charged', charged, { zh: '收费金额', en: 'The fee charged' }],
    ['waived', waived, { zh: '减免金额', en: 'The fee waived' }],
  ] as const) {
    if (value === null) throw caseRefusalError(req, { key: 'caseFeeYuanInvalid', path: `fee.${field}`, params: { field: label } });
  }
  return { charged: charged!, waived: waived! };
};

/**
 * POST /api/application-cases/:id/actions with `{ action, note?, decision?, fee?: { charged,
 * waived } (yuan), receivedOn? }`: one action on a case, as the admin's buttons take it
 * (components/applications/CaseActions.tsx). The disclosure office only; the rule is
 * @xxgk/domain's checkCaseAction (applications/takeCaseAction.ts), the save goes through
 * payload.update with the user's request, so collection and field access apply as for any
 * edit. Answers `{ doc, message }`, or a refusal in the API's usual shape.
 */
export const caseActionsEndpoint: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: async (req) => {
    const actor = actorFromReq(req);
    if (!actor) throw refusal({ req, refusal: { key: 'staffApiOnly' } });
    if (!caseHandlerRoles.includes(actor.role)) throw caseRefusalError(req, { key: 'caseHandlersOnly', path: 'action' });
    await addDataAndFileToRequest(req);
    const body = (req.data ?? {}) as Body;
    const action = text(body.action) ?? '';
    const input: CaseActionInput = {
      note: text(body.note),
      decision: text(body.decision),
      receivedOn: text(body.receivedOn),
      // Only a decision takes a fee; an amount sent with another action is not looked at.
      ...(action === 'decide' ? { fee: feeOf(req, body.fee) } : {}),
    };
    const doc = await takeCaseAction({ payload: req.payload, req, id: String(req.routeParams?.id ?? ''), action, input });
    const language = languageOf(req);
    const label = (caseActions as readonly string[]).includes(action) ? caseActionLabels[action as CaseAction][language] : action;
    // The written reply (decide: the letter; reply: fixed and e-mailed), after the action is saved.
    const letter = await afterCaseAction({ payload: req.payload, doc, action, by: { id: actor.id, name: actor.name }, language });
    const done = language === 'zh' ? `已完成「${label}」。` : `Done: ${label}.`;
    return Response.json({ doc, message: letter ? `${done}${language === 'zh' ? '' : ' '}${letter}` : done }, { headers: { 'cache-control': 'private, no-store' } });
  },
};
