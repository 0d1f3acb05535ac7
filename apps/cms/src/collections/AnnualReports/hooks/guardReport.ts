import {
  checkEnteredFigures,
  collections,
  relationId,
  reportFormatLabels,
  reportPeriod,
  reportPeriodRefusal,
  reportStatusLabels,
  type Refusal,
  type ReportEvent,
  type ReportFormat,
} from '@xxgk/domain';
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload';
import { refusal } from '../../../i18n/messages';
import { actorFromReq } from '../../../lib/user';
import { reportContextOf } from '../../../reports/reportContext';
import { reportActionError, reportFieldsError } from '../../../reports/reportRefusal';
import { storedReport, type StoredReportDoc } from '../../../reports/storedReport';

type Data = Partial<StoredReportDoc> & Record<string, unknown>;

/** The report's title in lists and the browser tab: its period, format and version. */
const titleOf = (format: ReportFormat, label: string, version: number) =>
  `${label}${format === 'moe' ? '学年' : '年度'}信息公开工作年度报告（${format === 'moe' ? '教育部格式' : '政务公开格式'}）${version > 1 ? `·第${version}版（更正）` : ''}`;

/**
 * The office's entered figures and explanations, checked row by row: each key a figure the report
 * knows (@xxgk/domain's checkEnteredFigures), entered once, as a whole number; one explanation per item.
 */
const contentRefusals = async (req: PayloadRequest, data: Data, original: Data | undefined): Promise<Refusal[]> => {
  const rows = data.enteredFigures ?? original?.enteredFigures ?? [];
  const notes = data.itemNotes ?? original?.itemNotes ?? [];
  const refusals: Refusal[] = [];
  if (rows.length > 0) {
    const channels = await req.payload.find({ collection: collections.channels, limit: 0, pagination: false, depth: 0, select: { key: true }, req, overrideAccess: true });
    const channelKeys = channels.docs.map((doc) => String((doc as { key?: string }).key));
    const firstRow = new Map<string, number>();
    rows.forEach((row, index) => {
      const key = String(row.key ?? '').trim();
      const seen = firstRow.get(key);
      if (seen !== undefined) {
        refusals.push({ key: 'reportEnteredKeyDuplicate', path: `enteredFigures.${index}.key`, params: { key, row: seen + 1 } });
        return;
      }
      firstRow.set(key, index);
      for (const problem of checkEnteredFigures({ [key]: row.value ?? null }, channelKeys)) {
        refusals.push({ ...problem, path: `enteredFigures.${index}.${problem.key === 'reportEnteredKeyUnknown' ? 'key' : 'value'}` });
      }
    });
  }
  const firstNote = new Map<string, number>();
  for (const [index, row] of notes.entries()) {
    const id = relationId(row.item);
    if (id === null) continue;
    const seen = firstNote.get(String(id));
    if (seen === undefined) firstNote.set(String(id), index);
    else {
      const item = await req.payload.findByID({ collection: collections.checklistItems, id, depth: 0, req, overrideAccess: true, disableErrors: true, select: { code: true } });
      refusals.push({ key: 'reportItemNoteDuplicate', path: `itemNotes.${index}.item`, params: { code: String((item as { code?: string } | null)?.code ?? id), row: seen + 1 } });
    }
  }
  return refusals;
};

const eventsOf = (doc: Data | undefined): ReportEvent[] => storedReport(doc as StoredReportDoc)?.events ?? [];

/**
 * Every write of an annual report, as the domain's report rules allow it.
 *
 * - Creating: the format and period must name a period (reportPeriod), and a period has one
 *   report per format — further versions come only from the correct action, which passes
 *   `reportCorrection` in the context. The report starts as a draft, version 1, with its log.
 * - An action (reports/takeReportAction.ts) passes `reportChange`: its status, log entry and the
 *   figures or snapshot it writes are applied here, and nothing else (the text is not touched by
 *   an action; the snapshot is written once, on publication).
 * - Any other write is an edit of the text and figures, allowed while the report is a draft.
 * Status, version, log, preview and snapshot are system fields: what a client sends for them was
 * dropped by their field access before this hook.
 */
export const guardReport: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const context = reportContextOf(req.context);
  const actor = actorFromReq(req);
  const incoming = data as Data;
  if (operation === 'create') {
    const correction = context.reportCorrection;
    // Consumed here, so that a later write with the same request cannot use it again.
    delete (req.context as Record<string, unknown>).reportCorrection;
    const result = reportPeriod(String(incoming.format ?? ''), String(incoming.periodLabel ?? '').trim());
    if (!result.ok) throw reportFieldsError(req, [reportPeriodRefusal(result.problem)], null);
    const { format, label } = result.period;
    if (!correction) {
      const existing = await req.payload.find({
        collection: collections.annualReports,
        where: { and: [{ format: { equals: format } }, { periodLabel: { equals: label } }] },
        sort: '-version',
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      });
      const latest = existing.docs[0] as { version?: number } | undefined;
      if (latest) throw reportFieldsError(req, [{ key: 'reportPeriodTaken', path: 'period', params: { label, format: reportFormatLabels[format], version: latest.version ?? 1 } }], format);
    }
    const refusals = await contentRefusals(req, incoming, undefined);
    if (refusals.length > 0) throw reportFieldsError(req, refusals, format);
    const version = correction?.version ?? 1;
    const created: ReportEvent = correction?.event ?? { action: 'create', at: new Date().toISOString(), by: actor ? { id: actor.id, name: actor.name ?? null } : null, from: null, to: 'draft', comment: null };
    return {
      ...incoming,
      periodLabel: label,
      title: titleOf(format, label, version),
      status: 'draft',
      version,
      corrects: correction?.correctsId ?? null,
      correctionNote: correction?.note ?? null,
      events: [created],
      previewedFigures: null,
      previewedAt: null,
      snapshot: null,
      publishedAt: null,
      supersededAt: null,
    };
  }

  const original = originalDoc as Data;
  const change = context.reportChange;
  if (change && String(change.id) === String(original.id)) {
    delete (req.context as Record<string, unknown>).reportChange;
    const events = eventsOf(original);
    if (events.length !== change.after) {
      throw reportActionError(req, { key: 'reportChangedMeanwhile', params: { status: reportStatusLabels[storedReport(original as StoredReportDoc)?.status ?? 'draft'] } }, 409);
    }
    return {
      // The report as stored (actions send no data), with the action's change: never its text or entered figures.
      ...incoming,
      format: original.format,
      periodLabel: original.periodLabel,
      status: change.status,
      events: [...events, change.event],
      ...(change.previewedFigures ? { previewedFigures: change.previewedFigures, previewedAt: change.event.at } : {}),
      ...(change.snapshot && !original.snapshot ? { snapshot: change.snapshot, publishedAt: change.publishedAt } : {}),
      ...(change.supersededAt ? { supersededAt: change.supersededAt } : {}),
    };
  }

  const status = storedReport(original as StoredReportDoc)?.status ?? 'draft';
  if (status !== 'draft') throw refusal({ req, refusal: { key: 'reportNotEditable', path: 'status', params: { status: reportStatusLabels[status] } } });
  const refusals = await contentRefusals(req, incoming, original);
  if (refusals.length > 0) throw reportFieldsError(req, refusals, (original.format as ReportFormat) ?? null);
  return incoming;
};
