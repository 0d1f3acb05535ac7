import { reportActionLabels, reportLogLabels, type ReportLogAction } from '@xxgk/domain';
import { addDataAndFileToRequest, type Endpoint } from 'payload';
import { languageOf, refusal } from '../i18n/messages';
import { actorFromReq } from '../lib/user';
import { takeReportAction } from './takeReportAction';

type Body = { action?: unknown; comment?: unknown };
const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * POST /api/annual-reports/:id/actions with `{ action, comment? }`: preview, submit, return
 * (comment required), publish, correct (comment required: what is corrected and why), as the
 * report's buttons take them (components/reports/ReportActions.tsx). The rules are
 * @xxgk/domain's (reports/takeReportAction.ts); the writes go through the Local API with the
 * user's request. Answers `{ doc, message }` (for `correct`, the new version), or the refusal
 * in the API's usual shape — an incomplete report's publication lists everything missing.
 */
export const reportActionsEndpoint: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: async (req) => {
    if (!actorFromReq(req)) throw refusal({ req, refusal: { key: 'staffApiOnly' } });
    await addDataAndFileToRequest(req);
    const body = (req.data ?? {}) as Body;
    const action = text(body.action) ?? '';
    const doc = await takeReportAction({ payload: req.payload, req, id: String(req.routeParams?.id ?? ''), action, comment: text(body.comment) });
    const language = languageOf(req);
    const label = action in reportActionLabels || action === 'preview' ? reportLogLabels[action as ReportLogAction][language] : action;
    const message = language === 'zh' ? `已完成「${label}」。` : `Done: ${label}.`;
    return Response.json({ doc, message }, { headers: { 'cache-control': 'private, no-store' } });
  },
};
