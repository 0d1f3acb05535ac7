import { relationId, reportPeriod, reportSections, reportStatuses, type FlatFigures, type NarrativeBlock, type ReportEvent, type ReportFormat, type ReportPeriod, type ReportSnapshot, type ReportStatus } from '@xxgk/domain';
import { narrativeBlocks } from './narrativeBlocks';

/** A stored annual report as the report's code reads it (the collection's fields, loosely typed: JSON columns come back as text on some adapters). */
export type StoredReportDoc = {
  id: number | string;
  format?: string | null;
  periodLabel?: string | null;
  status?: string | null;
  version?: number | null;
  corrects?: unknown;
  correctionNote?: string | null;
  narratives?: Partial<Record<ReportFormat, Record<string, unknown> | null>> | null;
  enteredFigures?: { key?: string | null; value?: number | null; note?: string | null }[] | null;
  itemNotes?: { item?: unknown; note?: string | null }[] | null;
  previewedFigures?: unknown;
  previewedAt?: string | null;
  snapshot?: unknown;
  publishedAt?: string | null;
  events?: unknown;
};

export type StoredReport = {
  id: number | string;
  period: ReportPeriod;
  status: ReportStatus;
  version: number;
  correctsId: string | null;
  correctionNote: string | null;
  /** Each section's written text, by section key (sections without a narrative absent). */
  narratives: Record<string, NarrativeBlock[]>;
  entered: Record<string, number>;
  /** The office's explanations for items without records, by checklist item id. */
  itemNotesById: Record<string, string>;
  previewedFigures: FlatFigures | null;
  snapshot: ReportSnapshot | null;
  events: ReportEvent[];
};

const json = <T>(value: unknown): T | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return null;
    }
  }
  return value as T;
};

/** The narrative fields of a format: its sections that have a written part. */
export const narrativeSections = (format: ReportFormat) => reportSections[format].filter((section) => section.narrative !== 'none');

/** A stored report read for the rules, or null when its format and period name no period (never stored so: the hooks refuse it). */
export const storedReport = (doc: StoredReportDoc | null | undefined): StoredReport | null => {
  if (!doc) return null;
  const result = reportPeriod(String(doc.format ?? ''), String(doc.periodLabel ?? ''));
  if (!result.ok) return null;
  const { period } = result;
  const texts = doc.narratives?.[period.format] ?? {};
  const entered: Record<string, number> = {};
  for (const row of doc.enteredFigures ?? []) if (row.key && typeof row.value === 'number') entered[row.key] = row.value;
  const itemNotesById: Record<string, string> = {};
  for (const row of doc.itemNotes ?? []) {
    const id = relationId(row.item);
    if (id !== null && row.note?.trim()) itemNotesById[String(id)] = row.note.trim();
  }
  return {
    id: doc.id,
    period,
    status: (reportStatuses as readonly string[]).includes(String(doc.status)) ? (doc.status as ReportStatus) : 'draft',
    version: typeof doc.version === 'number' ? doc.version : 1,
    correctsId: relationId(doc.corrects) === null ? null : String(relationId(doc.corrects)),
    correctionNote: doc.correctionNote?.trim() || null,
    narratives: Object.fromEntries(narrativeSections(period.format).map((section) => [section.key, narrativeBlocks(texts?.[section.key])])),
    entered,
    itemNotesById,
    previewedFigures: json<FlatFigures>(doc.previewedFigures),
    snapshot: json<ReportSnapshot>(doc.snapshot),
    events: json<ReportEvent[]>(doc.events) ?? [],
  };
};
