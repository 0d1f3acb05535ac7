import { applicationStatistics, collections, feedbackStatistics, periodInstants, type ComputedReportInputs, type ReportPeriod } from '@xxgk/domain';
import type { Payload } from 'payload';
import { createStatistics, loadCaseFacts, loadFeedbackFacts, type StatisticsStore } from '../statistics';

/** A checklist item as the report's section 8 needs it: its id (for the office's notes) and code. */
export type ReportChecklistItem = { id: string; code: string; notApplicableReason: string | null };

export type LoadedReportInputs = { inputs: ComputedReportInputs; items: ReportChecklistItem[] };

const all = async (payload: Payload, collection: string, sort: string) =>
  (await payload.find({ collection: collection as never, limit: 0, pagination: false, depth: 0, sort, overrideAccess: true })).docs as unknown as Record<string, unknown>[];

const countOf = (counts: { id: string; count: number }[], id: unknown) => counts.find((row) => row.id === String(id))?.count ?? 0;

/**
 * What a report computes from the data of its period, as @xxgk/domain's `reportFigures` takes it:
 * public records per channel, category and checklist item (the public statistics store, the
 * same counts as the gateway's `statistics`), and the application and feedback figures (the
 * domain's `applicationStatistics` / `feedbackStatistics` over the non-personal facts). Works on
 * SQLite and MongoDB alike: the store counts in the database.
 *
 * Channels: the active ones, and an inactive one only when records of the period went out on it.
 */
export const loadReportInputs = async ({ payload, period, store = createStatistics(payload) }: { payload: Payload; period: ReportPeriod; store?: StatisticsStore }): Promise<LoadedReportInputs> => {
  const [summary, cases, feedback, channels, categories, items] = await Promise.all([
    store.summarize(periodInstants(period.dates)),
    loadCaseFacts(payload, period.dates),
    loadFeedbackFacts(payload, period.dates),
    all(payload, collections.channels, 'order'),
    all(payload, collections.checklistCategories, 'seq'),
    all(payload, collections.checklistItems, 'seq'),
  ]);
  const name = (doc: Record<string, unknown>, zh: string, en: string) => ({ zh: String(doc[zh] ?? ''), en: String(doc[en] || doc[zh] || '') });
  return {
    inputs: {
      channels: channels
        .map((doc) => ({ key: String(doc.key), name: name(doc, 'name', 'nameEn'), count: countOf(summary.byChannel, doc.id), isActive: doc.isActive !== false }))
        .filter((channel) => channel.isActive || channel.count > 0)
        .map(({ isActive: _, ...channel }) => channel),
      categories: categories.map((doc) => ({ code: String(doc.code), name: name(doc, 'name', 'nameEn'), count: countOf(summary.byCategory, doc.id) })),
      applications: applicationStatistics({ cases, period: period.dates }),
      feedback: feedbackStatistics({ feedback, period: period.dates }),
      checklist: items.map((doc) => ({ code: String(doc.code), text: name(doc, 'text', 'textEn'), count: countOf(summary.byChecklistItem, doc.id) })),
    },
    items: items.map((doc) => ({
      id: String(doc.id),
      code: String(doc.code),
      notApplicableReason: doc.notApplicable === true ? String(doc.notApplicableReason ?? '').trim() || null : null,
    })),
  };
};
