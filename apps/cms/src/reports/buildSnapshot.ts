import { reportSections, type ReportFigures, type ReportSnapshot } from '@xxgk/domain';
import type { StoredReport } from './storedReport';

/**
 * The report as it is shown (@xxgk/domain's ReportSnapshot): every section of the format in
 * order with its written text, the figures, the explanations for items without records and, for
 * a correction, what it corrects. A preview has no publication time; on publication the same
 * shape is stored and never rebuilt.
 */
export const buildSnapshot = ({
  report,
  figures,
  itemNotes,
  institution,
  publishedAt,
  correctsVersion,
}: {
  report: StoredReport;
  figures: ReportFigures;
  itemNotes: Record<string, string>;
  institution: ReportSnapshot['institution'];
  publishedAt: string | null;
  correctsVersion: number | null;
}): ReportSnapshot => ({
  format: report.period.format,
  periodLabel: report.period.label,
  period: { ...report.period.dates },
  version: report.version,
  institution,
  sections: reportSections[report.period.format].map((section) => ({ key: section.key, title: section.title, narrative: report.narratives[section.key] ?? [] })),
  figures,
  itemNotes,
  publishedAt,
  correction: correctsVersion !== null ? { note: report.correctionNote ?? '', correctsVersion } : null,
});
