import { renderDocx, renderPdf } from '@xxgk/documents';
import type { ReportSnapshot } from '@xxgk/domain';
import { reportCsv, reportJson } from './reportCsv';
import { reportDocument, reportTitle } from './reportDocument';

/**
 * The annual report's outputs, all from one snapshot (published, or a live preview): PDF (Noto
 * Serif SC embedded and subset, headings as the outline, page numbers), DOCX the office can
 * edit, the figures as CSV and the whole report as JSON. Used by the gateway's downloads and the
 * CMS's preview.
 */
export const reportFileKinds = ['pdf', 'docx', 'csv', 'json'] as const;
export type ReportFileKind = (typeof reportFileKinds)[number];

export const reportContentTypes: Record<ReportFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const renderReportFile = async (snapshot: ReportSnapshot, kind: ReportFileKind): Promise<Uint8Array> => {
  if (kind === 'pdf') return renderPdf(reportDocument(snapshot));
  if (kind === 'docx') return renderDocx(reportDocument(snapshot));
  return new TextEncoder().encode(kind === 'csv' ? reportCsv(snapshot) : reportJson(snapshot));
};

/** The file's name as the reader saves it: the report's title, the version when corrected, the extension. */
export const reportFileName = (snapshot: ReportSnapshot, kind: ReportFileKind) =>
  `${reportTitle(snapshot)}${snapshot.version > 1 ? `（第${snapshot.version}版）` : ''}${kind === 'csv' ? '（统计数据）' : ''}.${kind}`;

/** Content-Disposition with the Chinese name as RFC 6266/5987 filename* and an ASCII fallback. */
export const contentDisposition = (snapshot: ReportSnapshot, kind: ReportFileKind) =>
  `attachment; filename="annual-report-${snapshot.format}-${snapshot.periodLabel}-v${snapshot.version}.${kind}"; filename*=UTF-8''${encodeURIComponent(reportFileName(snapshot, kind))}`;

export { reportDocument, reportTitle, correctionText, chineseDate } from './reportDocument';
export { reportCsv, reportJson, figureRows, type FigureRow, type FigureSource } from './reportCsv';
export { sectionTables, type ReportTable, type ReportTableRow } from './reportTables';
