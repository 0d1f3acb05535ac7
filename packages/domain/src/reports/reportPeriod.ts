import { parseAcademicYear } from '../academicYear';
import type { Labelled, Refusal } from '../refusal';
import type { DatePeriod } from '../supervision';

/**
 * The two report formats an institution may use (see docs/REPORTS.md):
 * - `moe`: the Ministry of Education's structure of eight sections over an academic year
 *   (1 September – 31 August), published by 31 October after it ends;
 * - `government`: the format of 国办公开办函〔2021〕30号 over a calendar year, with its tables,
 *   published by 31 January of the following year (条例 第五十条).
 * The format fixes the kind of period: a format with the other kind of period is refused.
 */
export const reportFormats = ['moe', 'government'] as const;
export type ReportFormat = (typeof reportFormats)[number];
export const reportFormatLabels: Record<ReportFormat, Labelled> = {
  moe: { zh: '教育部格式（学年，八个部分）', en: 'Ministry of Education format (academic year, eight sections)' },
  government: { zh: '政务公开格式（自然年，国办公开办函〔2021〕30号）', en: 'Government format (calendar year, 国办公开办函〔2021〕30号)' },
};

export type ReportPeriodKind = 'academicYear' | 'calendarYear';
export const periodKindOf: Record<ReportFormat, ReportPeriodKind> = { moe: 'academicYear', government: 'calendarYear' };

export type ReportPeriod = {
  format: ReportFormat;
  /** "2021-2022" for an academic year, "2022" for a calendar year. */
  label: string;
  /** First and last day, both included, Beijing dates. */
  dates: DatePeriod;
  /** The last day the report may be published on. */
  dueOn: string;
};

export type ReportPeriodProblem =
  | { kind: 'unknownFormat'; format: string }
  | { kind: 'malformed'; format: ReportFormat; label: string }
  | { kind: 'formatMismatch'; format: ReportFormat; label: string; expected: ReportPeriodKind };

const calendarYearPattern = /^(\d{4})$/;
const isYear = (year: number) => year >= 2000 && year <= 2999;

/**
 * The period a report covers, or why the pair (format, label) names none. An academic-year label
 * given for the government format (or a calendar year for the Ministry's) is a format mismatch,
 * so the caller can say which kind of period the format needs.
 */
export const reportPeriod = (format: string, label: string): { ok: true; period: ReportPeriod } | { ok: false; problem: ReportPeriodProblem } => {
  if (!(reportFormats as readonly string[]).includes(format)) return { ok: false, problem: { kind: 'unknownFormat', format } };
  const typed = format as ReportFormat;
  const academicStart = parseAcademicYear(label);
  const calendarMatch = calendarYearPattern.exec(label);
  const calendarYear = calendarMatch ? Number(calendarMatch[1]) : null;
  if (typed === 'moe') {
    if (academicStart !== null && isYear(academicStart)) {
      return { ok: true, period: { format: typed, label, dates: { from: `${academicStart}-09-01`, to: `${academicStart + 1}-08-31` }, dueOn: `${academicStart + 1}-10-31` } };
    }
    if (calendarYear !== null) return { ok: false, problem: { kind: 'formatMismatch', format: typed, label, expected: 'academicYear' } };
    return { ok: false, problem: { kind: 'malformed', format: typed, label } };
  }
  if (calendarYear !== null && isYear(calendarYear)) {
    return { ok: true, period: { format: typed, label, dates: { from: `${calendarYear}-01-01`, to: `${calendarYear}-12-31` }, dueOn: `${calendarYear + 1}-01-31` } };
  }
  if (academicStart !== null) return { ok: false, problem: { kind: 'formatMismatch', format: typed, label, expected: 'calendarYear' } };
  return { ok: false, problem: { kind: 'malformed', format: typed, label } };
};

export const periodKindLabels: Record<ReportPeriodKind, Labelled> = {
  academicYear: { zh: '学年（如 2021-2022）', en: 'an academic year (e.g. 2021-2022)' },
  calendarYear: { zh: '自然年（如 2022）', en: 'a calendar year (e.g. 2022)' },
};

/** Why (format, label) names no period, as a refusal at the field to correct (`format` or `period`). */
export const reportPeriodRefusal = (problem: ReportPeriodProblem): Refusal => {
  if (problem.kind === 'unknownFormat') return { key: 'reportFormatUnknown', path: 'format', params: { format: problem.format.slice(0, 40) } };
  if (problem.kind === 'malformed') return { key: 'reportPeriodMalformed', path: 'period', params: { label: problem.label.slice(0, 40) } };
  return { key: 'reportPeriodMismatch', path: 'period', params: { label: problem.label, format: reportFormatLabels[problem.format], expected: periodKindLabels[problem.expected] } };
};

/** Whether a period has ended by `today` (a report of a running period is a preview only). */
export const periodHasEnded = (period: ReportPeriod, today: string): boolean => today > period.dates.to;

/**
 * The latest period of a format that has ended by `today` (Beijing date): the one whose report is
 * being written or falls due — the last academic year from September, the last calendar year
 * from January.
 */
export const lastEndedPeriod = (format: ReportFormat, today: string): ReportPeriod => {
  const year = Number(today.slice(0, 4));
  const label = format === 'moe' ? (today.slice(5) >= '09-01' ? `${year - 1}-${year}` : `${year - 2}-${year - 1}`) : String(year - 1);
  const result = reportPeriod(format, label);
  if (!result.ok) throw new RangeError(`No ${format} period before ${today}`);
  return result.period;
};
