import type { Refusal } from '../refusal';
import type { ReportPeriod } from './reportPeriod';
import { reportSections } from './reportStructure';

/** Figures flattened to stable keys (e.g. "channels.portal", "applications.received"). */
export type FlatFigures = Readonly<Record<string, number>>;

export type CompletenessInput = {
  period: ReportPeriod;
  /** The plain text of each section's narrative, by section key (missing = empty). */
  narratives: Readonly<Record<string, string | null | undefined>>;
  /** Checklist items and how many public records each has in the period. */
  checklist: readonly { code: string; text: string; count: number }[];
  /** The office's explanations for items without records (section 8), by item code. */
  itemNotes: Readonly<Record<string, string | null | undefined>>;
  /** The figures as computed now, and as they were at the last preview (null: never previewed). */
  figures: FlatFigures;
  previewedFigures: FlatFigures | null;
  today: string;
  /** Days before the due date from which the report is flagged as due soon. */
  dueSoonDays?: number;
};

export type Completeness = {
  /** What must be fixed before publishing; empty when the report may be published. */
  missing: Refusal[];
  /** What the office should know (due date); never blocks. */
  notices: Refusal[];
};

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const isBlank = (text: string | null | undefined) => !text || text.trim() === '';

/** The keys whose values differ between two sets of figures, in a stable order. */
export const changedFigures = (before: FlatFigures, after: FlatFigures): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => (before[key] ?? 0) !== (after[key] ?? 0)).sort();

/**
 * Whether a report may be published, and what is missing if not (完整性检查): every required
 * narrative written; every checklist item with a record in the period or an explanation; the
 * period over; the figures previewed as they are now (a record published after the preview
 * changes them, and the office must see what it signs). The due date is a notice only: a late
 * report must still be publishable.
 */
export const checkReportCompleteness = (input: CompletenessInput): Completeness => {
  const { period, narratives, checklist, itemNotes, figures, previewedFigures, today, dueSoonDays = 30 } = input;
  const missing: Refusal[] = [];
  const notices: Refusal[] = [];
  if (today <= period.dates.to) missing.push({ key: 'reportPeriodRunning', path: 'period', params: { to: period.dates.to } });
  for (const section of reportSections[period.format]) {
    if (section.narrative === 'required' && isBlank(narratives[section.key])) {
      missing.push({ key: 'reportSectionEmpty', path: `narratives.${section.key}`, params: { section: section.title } });
    }
  }
  for (const item of checklist) {
    if (item.count === 0 && isBlank(itemNotes[item.code])) {
      missing.push({ key: 'reportItemUncovered', path: `itemNotes.${item.code}`, params: { code: item.code, item: item.text } });
    }
  }
  if (previewedFigures === null) missing.push({ key: 'reportNotPreviewed', path: 'preview' });
  else {
    const changes = changedFigures(previewedFigures, figures);
    if (changes.length > 0) missing.push({ key: 'reportFiguresChanged', path: 'preview', params: { changes: changes.slice(0, 5).join(', ') + (changes.length > 5 ? ' …' : '') } });
  }
  // A period without a single record or entered figure gives a valid, empty report; say so, so
  // that nobody publishes zeros believing the data was there.
  if (Object.values(figures).every((value) => value === 0)) notices.push({ key: 'reportPeriodEmpty', params: { from: period.dates.from, to: period.dates.to } });
  const due = reportDueNotice(period, today, dueSoonDays);
  if (due) notices.push(due);
  return { missing, notices };
};

/**
 * The due-date notice of a report not yet published (期限提醒): overdue, or due within
 * `dueSoonDays`; null when there is time. The dashboard shows it as the completeness check does.
 */
export const reportDueNotice = (period: ReportPeriod, today: string, dueSoonDays = 30): Refusal | null => {
  const daysLeft = dayNumber(period.dueOn) - dayNumber(today);
  if (daysLeft < 0) return { key: 'reportOverdue', params: { dueOn: period.dueOn, days: -daysLeft } };
  if (daysLeft <= dueSoonDays) return { key: 'reportDueSoon', params: { dueOn: period.dueOn, days: daysLeft } };
  return null;
};
