import {
  chinaDate,
  checkReportAction,
  collections,
  isPublisher,
  mayPreviewReport,
  reportActions,
  reportStatusLabels,
  reportTransitions,
  type ReportAction,
  type ReportEvent,
} from '@xxgk/domain';
import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload';
import { actorFromReq } from '../lib/user';
import { buildSnapshot } from './buildSnapshot';
import type { PendingReportChange, ReportContext } from './reportContext';
import { reportActionError, reportFieldsError } from './reportRefusal';
import { loadReportView } from './reportView';
import { storedReport, type StoredReport, type StoredReportDoc } from './storedReport';

export const reportActionNames = ['preview', ...reportActions] as const;
export type ReportActionName = (typeof reportActionNames)[number];

const collection = collections.annualReports;

/** Applies one allowed change through payload.update with the user's request: the hook (guardReport) writes it. */
const write = async (payload: Payload, req: PayloadRequest, change: PendingReportChange) => {
  (req.context as ReportContext).reportChange = change;
  return (await payload.update({ collection, id: change.id, data: {}, depth: 0, req, user: req.user, overrideAccess: false })) as unknown as StoredReportDoc;
};

/** Who submitted the version last (its latest `submit`), if anyone. */
const submitterOf = (report: StoredReport) => [...report.events].reverse().find((event) => event.action === 'submit')?.by?.id ?? null;

/** Whether an administrator other than `id` exists, who could approve instead of the one who submitted. */
const hasOtherAdministrator = async (payload: Payload, req: PayloadRequest, id: number | string) =>
  (await payload.count({ collection: collections.users, where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] }, req, overrideAccess: true })).totalDocs > 0;

/** The versions of a report's chain (same format and period), newest first. */
const chainOf = async (payload: Payload, req: PayloadRequest, report: StoredReport) =>
  (
    await payload.find({
      collection,
      where: { and: [{ format: { equals: report.period.format } }, { periodLabel: { equals: report.period.label } }] },
      sort: '-version',
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
  ).docs as unknown as StoredReportDoc[];

/**
 * One action on an annual report, for the signed-in member of staff of `req`:
 * - `preview`: the figures as they are now become the ones the office checked;
 * - `submit`, `return`: the lifecycle's transitions (@xxgk/domain's checkReportAction);
 * - `publish`: the completeness check on `today` must find nothing missing (else every missing
 *   thing is refused at its field); the snapshot is then written, once; publishing a correction
 *   marks the version it corrects as superseded (it stays readable);
 * - `correct`: a new draft version of a published report, its text, entered figures and
 *   explanations copied; the published version stays published until the correction is.
 * All writes go through payload.update / create with the user's request (access applies), in
 * one transaction where the database has them. Returns the report acted on (for `correct`, the new version).
 */
export const takeReportAction = async ({
  payload,
  req,
  id,
  action,
  comment = null,
  today = chinaDate(new Date()),
}: {
  payload: Payload;
  req: PayloadRequest;
  id: number | string;
  action: string;
  comment?: string | null;
  today?: string;
}): Promise<StoredReportDoc> => {
  const actor = actorFromReq(req);
  if (!actor) throw reportActionError(req, { key: 'staffApiOnly' });
  if (!(reportActionNames as readonly string[]).includes(action)) throw reportActionError(req, { key: 'reportActionUnknown', path: 'action', params: { action: action.slice(0, 40) } }, 400);
  const doc = (await payload.findByID({ collection, id, depth: 0, req, user: req.user, overrideAccess: false })) as unknown as StoredReportDoc;
  const report = storedReport(doc);
  if (!report) throw reportActionError(req, { key: 'reportStoredInvalid' }, 409);
  const at = new Date().toISOString();
  const by = { id: actor.id, name: actor.name ?? null };
  const note = comment?.trim() || null;
  const event = (name: ReportEvent['action'], to: ReportEvent['to'], extra: Partial<ReportEvent> = {}): ReportEvent => ({ action: name, at, by, from: report.status, to, comment: note, ...extra });
  const base = { id: report.id, after: report.events.length };

  if (action === 'preview') {
    if (!mayPreviewReport(report.status, actor.role)) {
      throw reportActionError(req, isPublisher(actor) ? { key: 'reportPreviewNotNow', params: { status: reportStatusLabels[report.status] } } : { key: 'reportsOfficeOnly' });
    }
    const view = await loadReportView({ payload, report, today });
    return write(payload, req, { ...base, status: report.status, event: event('preview', report.status, { comment: null }), previewedFigures: view.flat });
  }

  const typed = action as ReportAction;
  const isSubmitter = typed === 'publish' && String(submitterOf(report)) === String(actor.id) && (await hasOtherAdministrator(payload, req, actor.id));
  const refused = checkReportAction({ action: typed, status: report.status, role: actor.role, comment: note, isSubmitter });
  if (refused) throw reportActionError(req, refused.path === 'comment' ? refused : { ...refused, path: undefined }, refused.path === 'comment' ? 400 : 403);

  if (typed === 'submit' || typed === 'return') return write(payload, req, { ...base, status: reportTransitions[typed].to, event: event(typed, reportTransitions[typed].to) });

  const ownsTransaction = await initTransaction(req);
  try {
    let result: StoredReportDoc;
    if (typed === 'publish') {
      const view = await loadReportView({ payload, report, today });
      if (view.completeness.missing.length > 0) throw reportFieldsError(req, view.completeness.missing, report.period.format);
      const snapshot = { ...view.preview, publishedAt: at };
      result = await write(payload, req, { ...base, status: 'published', event: event('publish', 'published'), snapshot, publishedAt: at });
      if (report.correctsId !== null) {
        const older = storedReport((await payload.findByID({ collection, id: report.correctsId, depth: 0, req, overrideAccess: true })) as unknown as StoredReportDoc);
        if (older && older.status === 'published') {
          await write(payload, req, {
            id: older.id,
            after: older.events.length,
            status: 'superseded',
            event: { action: 'superseded', at, by, from: 'published', to: 'superseded', comment: report.correctionNote, version: report.version },
            supersededAt: at,
          });
        }
      }
    } else {
      // correct: one correction at a time, numbered after the newest version of the chain.
      const chain = await chainOf(payload, req, report);
      const pending = chain.find((version) => version.status === 'draft' || version.status === 'inReview');
      if (pending) throw reportActionError(req, { key: 'reportCorrectionPending', params: { version: pending.version ?? 0 } }, 409);
      const version = Math.max(...chain.map((entry) => entry.version ?? 1)) + 1;
      (req.context as ReportContext).reportCorrection = {
        correctsId: report.id,
        version,
        note: note ?? '',
        event: { action: 'correct', at, by, from: null, to: 'draft', comment: note, version: report.version },
      };
      const copyRows = <T extends Record<string, unknown>>(rows: T[] | null | undefined) => (rows ?? []).map(({ id: _, ...row }) => row);
      result = (await payload.create({
        collection,
        data: {
          format: report.period.format,
          periodLabel: report.period.label,
          narratives: doc.narratives,
          enteredFigures: copyRows(doc.enteredFigures as Record<string, unknown>[]),
          itemNotes: copyRows(doc.itemNotes as Record<string, unknown>[]),
        } as never,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      })) as unknown as StoredReportDoc;
      await write(payload, req, { ...base, status: 'published', event: event('correct', 'published', { version }) });
    }
    if (ownsTransaction) await commitTransaction(req);
    return result;
  } catch (error) {
    if (ownsTransaction) await killTransaction(req);
    throw error;
  }
};
