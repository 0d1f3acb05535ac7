import type { FlatFigures, ReportEvent, ReportSnapshot, ReportStatus } from '@xxgk/domain';
import type { RequestContext } from 'payload';

/**
 * What the report's actions tell its hook through `context` (server code only; no HTTP client
 * can set it): the change an allowed action makes to report `id`, which had `after` log entries
 * when it was judged. Without it a write is an edit of the text, allowed on drafts alone.
 * `correctionOf` creates the new version of a published report (reports/takeReportAction.ts).
 */
export type PendingReportChange = {
  id: number | string;
  after: number;
  event: ReportEvent;
  status: ReportStatus;
  previewedFigures?: FlatFigures;
  snapshot?: ReportSnapshot;
  publishedAt?: string;
  supersededAt?: string;
};
export type ReportCorrection = { correctsId: number | string; version: number; note: string; event: ReportEvent };
export type ReportContext = { reportChange?: PendingReportChange; reportCorrection?: ReportCorrection };

export const reportContextOf = (context: RequestContext | undefined): ReportContext => (context ?? {}) as ReportContext;
