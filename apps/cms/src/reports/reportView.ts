import {
  chinaDate,
  checkReportCompleteness,
  collections,
  flattenFigures,
  globals,
  reportFigures,
  type Completeness,
  type FlatFigures,
  type ReportFigures,
  type ReportSnapshot,
} from '@xxgk/domain';
import type { Payload } from 'payload';
import { buildSnapshot } from './buildSnapshot';
import { loadReportInputs, type ReportChecklistItem } from './loadReportInputs';
import { narrativeText } from './narrativeBlocks';
import type { StoredReport } from './storedReport';

export type ReportView = {
  /** The figures as they are now (computed from the data, with the entered ones beside them). */
  figures: ReportFigures;
  flat: FlatFigures;
  /** The report as it would be published now. */
  preview: ReportSnapshot;
  completeness: Completeness;
  items: ReportChecklistItem[];
};

/** The institution's names from the site settings, as the report's heading gives them. */
export const loadInstitution = async (payload: Payload): Promise<ReportSnapshot['institution']> => {
  const settings = (await payload.findGlobal({ slug: globals.siteSettings, depth: 0, overrideAccess: true })) as { institution?: { name?: string | null; nameEn?: string | null } };
  const name = settings.institution?.name ?? '';
  return { name, nameEn: settings.institution?.nameEn || name };
};

/**
 * Explanations for items without records, by item code: the office's, else the checklist's own
 * reason when the item does not apply to the institution (不适用), so it need not be written twice.
 */
const itemNotesByCode = (report: StoredReport, items: ReportChecklistItem[]) =>
  Object.fromEntries(
    items.flatMap((item) => {
      const note = report.itemNotesById[item.id] ?? (item.notApplicableReason ? `不适用：${item.notApplicableReason}` : null);
      return note ? [[item.code, note]] : [];
    }),
  ) as Record<string, string>;

/**
 * A report as it stands now: its figures computed from the data of its period (loadReportInputs)
 * with the office's entered figures, the report as it would be published, and the completeness
 * check (@xxgk/domain's checkReportCompleteness) on `today` (Beijing). The one place the admin's
 * panels, the actions and the tests get a live report from.
 */
export const loadReportView = async ({ payload, report, today = chinaDate(new Date()) }: { payload: Payload; report: StoredReport; today?: string }): Promise<ReportView> => {
  const [{ inputs, items }, institution, correctsVersion] = await Promise.all([
    loadReportInputs({ payload, period: report.period }),
    loadInstitution(payload),
    report.correctsId === null
      ? Promise.resolve(null)
      : payload
          .findByID({ collection: collections.annualReports, id: report.correctsId, depth: 0, overrideAccess: true, disableErrors: true, select: { version: true } })
          .then((doc) => Number((doc as { version?: number } | null)?.version ?? report.version - 1)),
  ]);
  const figures = reportFigures(inputs, report.entered);
  const flat = flattenFigures(figures);
  const itemNotes = itemNotesByCode(report, items);
  const completeness = checkReportCompleteness({
    period: report.period,
    narratives: Object.fromEntries(Object.entries(report.narratives).map(([key, blocks]) => [key, narrativeText(blocks)])),
    checklist: inputs.checklist.map((item) => ({ code: item.code, text: item.text.zh, count: item.count })),
    itemNotes,
    figures: flat,
    previewedFigures: report.previewedFigures,
    today,
  });
  return { figures, flat, preview: buildSnapshot({ report, figures, itemNotes, institution, publishedAt: null, correctsVersion }), completeness, items };
};
