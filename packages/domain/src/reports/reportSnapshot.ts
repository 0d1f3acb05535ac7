import type { Labelled } from '../refusal';
import type { ReportFigures } from './reportFigures';
import type { ReportFormat } from './reportPeriod';

/**
 * Written text of a section as plain blocks: what the rich-text editor's content becomes for the
 * site, the PDF and the DOCX. Text is always text (never HTML).
 */
export type NarrativeBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'listItem'; text: string; ordered: boolean };

/**
 * A report as it is shown: on publication this is stored as the snapshot and never recomputed,
 * so later edits to records do not change a published report; a live preview builds the same
 * shape from the data of the moment.
 */
export type ReportSnapshot = {
  format: ReportFormat;
  periodLabel: string;
  period: { from: string; to: string };
  version: number;
  institution: { name: string; nameEn: string };
  /** Sections in the format's order, with their written text (empty: rendered as 无 / None). */
  sections: { key: string; title: Labelled; narrative: NarrativeBlock[] }[];
  figures: ReportFigures;
  /** Explanations for checklist items without records, by item code. */
  itemNotes: Record<string, string>;
  /** ISO instant of publication; null in a preview. */
  publishedAt: string | null;
  /** For a correction: what it corrects ("本报告于…更正：…"). */
  correction: { note: string; correctsVersion: number } | null;
};
