import { collections } from '@xxgk/domain';
import type { Endpoint } from 'payload';
import { refusal } from '../../i18n/messages';
import { actorFromReq } from '../../lib/user';
import { loadReportView } from '../reportView';
import { storedReport, type StoredReportDoc } from '../storedReport';
import { contentDisposition, renderReportFile } from './index';

/**
 * GET /api/annual-report-files/:id/:kind (kind pdf or docx): the staff's preview of a report as
 * it would be published now — the live snapshot (@xxgk/cms reportView: figures computed from the
 * data of the moment, the text as saved) — or, for a published version, its frozen snapshot.
 * Read with the user's access (the disclosure office and supervisors; the public never); never
 * cached, since the figures move with the data.
 */
export const reportPreviewEndpoint: Endpoint = {
  path: '/annual-report-files/:id/:kind',
  method: 'get',
  handler: async (req) => {
    if (!actorFromReq(req)) throw refusal({ req, refusal: { key: 'staffApiOnly' } });
    const kind = String(req.routeParams?.kind ?? '');
    if (kind !== 'pdf' && kind !== 'docx') throw refusal({ req, refusal: { key: 'choiceInvalid', path: 'kind', params: { value: kind.slice(0, 20), allowed: 'pdf, docx' } }, status: 400 });
    const doc = (await req.payload.findByID({ collection: collections.annualReports, id: String(req.routeParams?.id ?? ''), depth: 0, req, user: req.user, overrideAccess: false })) as unknown as StoredReportDoc;
    const report = storedReport(doc);
    if (!report) throw refusal({ req, refusal: { key: 'reportStoredInvalid' }, status: 409 });
    const snapshot = report.snapshot ?? (await loadReportView({ payload: req.payload, report })).preview;
    const body = await renderReportFile(snapshot, kind);
    return new Response(body as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': kind === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        // A preview opens in the browser's viewer; a DOCX downloads.
        'content-disposition': kind === 'pdf' ? contentDisposition(snapshot, kind).replace(/^attachment/, 'inline') : contentDisposition(snapshot, kind),
        'cache-control': 'private, no-store',
      },
    });
  },
};
