import { loadReportView, storedReport, takeReportAction, type StoredReportDoc } from '@xxgk/cms/reportOffice';
import { collections, type ReportFormat } from '@xxgk/domain';
import { createLocalReq, type Payload } from 'payload';
import { richTextFromParagraphs } from './richText';

type UserId = number | string;

/** A member of staff as the CMS's Local API takes them (the user's own document). */
const requestOf = async (payload: Payload, id: UserId) => {
  const user = await payload.findByID({ collection: collections.users, id, depth: 0, overrideAccess: true });
  return createLocalReq({ user: { ...user, collection: collections.users } as never }, payload);
};

export type ReportToPublish = {
  format: ReportFormat;
  periodLabel: string;
  /** Paragraphs of each written section, by section key. */
  narratives: Record<string, readonly string[]>;
  /** Figures held outside the platform (填报), by key. */
  entered?: Record<string, number>;
  /** The explanation for a checklist item without a public record in the period (items the checklist marks 不适用 explain themselves). */
  noteFor: (itemCode: string) => string;
  /** The disclosure office member who writes and submits it, and the administrator who publishes it. */
  writerId: UserId;
  publisherId: UserId;
  today?: string;
};

/**
 * Writes an annual report and takes it through the office's steps as the admin's buttons do
 * (reports/takeReportAction.ts): create, write, preview, submit, publish — the figures computed
 * from the data by the CMS's own functions, the explanations written for every item that has no
 * record. Returns the published report's id.
 */
export const publishReport = async (payload: Payload, report: ReportToPublish) => {
  const writer = await requestOf(payload, report.writerId);
  const created = (await payload.create({
    collection: collections.annualReports,
    data: {
      format: report.format,
      periodLabel: report.periodLabel,
      narratives: { [report.format]: Object.fromEntries(Object.entries(report.narratives).map(([key, paragraphs]) => [key, richTextFromParagraphs(paragraphs)])) },
      enteredFigures: Object.entries(report.entered ?? {}).map(([key, value]) => ({ key, value })),
    } as never,
    depth: 0,
    req: writer,
    user: writer.user,
    overrideAccess: false,
  })) as unknown as StoredReportDoc;
  const view = await loadReportView({ payload, report: storedReport(created)!, ...(report.today ? { today: report.today } : {}) });
  // Ids as the database keeps them: numbers on SQLite, strings on MongoDB.
  const uncovered = view.items.filter((item) => !item.notApplicableReason && view.figures.checklist.find((entry) => entry.code === item.code)?.count === 0);
  if (uncovered.length > 0) {
    await payload.update({
      collection: collections.annualReports,
      id: created.id,
      data: { itemNotes: uncovered.map((item) => ({ item: /^\d+$/.test(item.id) ? Number(item.id) : item.id, note: report.noteFor(item.code) })) } as never,
      depth: 0,
      req: writer,
      user: writer.user,
      overrideAccess: false,
    });
  }
  const act = async (req: typeof writer, action: string) => takeReportAction({ payload, req, id: created.id, action, ...(report.today ? { today: report.today } : {}) });
  await act(writer, 'preview');
  await act(writer, 'submit');
  await act(await requestOf(payload, report.publisherId), 'publish');
  return created.id;
};
