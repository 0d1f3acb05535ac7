import { collections } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';
import { loadReportView, type ReportView } from '../../reports/reportView';
import { storedReport, type StoredReport, type StoredReportDoc } from '../../reports/storedReport';

export type ReportPanel = { report: StoredReport; view: ReportView | null };

// The check, the figures and the log of one page share one load: keyed by the request.
const loads = new WeakMap<PayloadRequest, Map<string, Promise<ReportPanel | null>>>();

/**
 * The saved report of the edit view, read with the viewer's own access, and for a report not yet
 * published its live view (figures and completeness as of now); a published one shows its snapshot.
 */
export const loadReportPanel = (req: PayloadRequest, id: number | string | undefined): Promise<ReportPanel | null> => {
  if (id === undefined || id === null || id === '') return Promise.resolve(null);
  const byId = loads.get(req) ?? new Map<string, Promise<ReportPanel | null>>();
  loads.set(req, byId);
  const key = String(id);
  if (!byId.has(key)) {
    byId.set(
      key,
      (async () => {
        const doc = await req.payload.findByID({ collection: collections.annualReports, id, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true });
        const report = storedReport(doc as unknown as StoredReportDoc);
        if (!report) return null;
        const isLive = report.status === 'draft' || report.status === 'inReview';
        return { report, view: isLive ? await loadReportView({ payload: req.payload, report }) : null };
      })(),
    );
  }
  return byId.get(key)!;
};
