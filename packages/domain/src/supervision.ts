import { chinaDate } from './academicYear';
import { seesEverything, type Actor } from './actor';
import { addWorkingDays, workingDayOrdinals, workingDaysBetween, type CalendarYear } from './calendar';
import type { Cadence } from './disclosure';
import { equals, oneOf } from './predicate';
import { publicRecordPredicate } from './publicRecord';

/**
 * Supervision of the 50 checklist items (监督检查): is each item's information published on
 * time, and how does each department keep the statutory deadline? Pure rules over facts a store
 * loads from the database (apps/cms/src/supervision); the CMS view, its CSV and the public
 * gateway all judge with these functions, so the figures agree everywhere.
 *
 * Dates are calendar dates in Beijing time (YYYY-MM-DD). A period is judged as it stood on its
 * "as of" day: today for the current period, its last day for a past one (a past year's report
 * does not turn red because time went on).
 *
 * Item status (状态):
 * - 不适用 notApplicable: the item is marked not applicable to the institution.
 * - realtime and onChange items (and items without a cadence): every record of the item still in
 *   the workflow (draft, submitted, returned) and formed on or before the as-of day is due
 *   `publishWithin` working days after its date formed (生成日期); the item's next due date is
 *   the earliest of these. 逾期 overdue when that date is before the as-of day; 临期 dueSoon when it
 *   is at most `dueSoonDays` working days ahead (the due day itself included); otherwise 按期
 *   onTime. Without pending records: onTime if the item has a public record (published on or
 *   before the as-of day), 未公开 notPublished if it has none. Records are taken as they are now:
 *   a past period does not count as pending what has been published since (rebuilding that from
 *   publication dates would read every record published since, see docs/SUPERVISION.md).
 * - yearly items are due one year after their last public publication (the same calendar date;
 *   29 February becomes 28 February), semester items six months after; overdue / dueSoon /
 *   onTime as above; notPublished (no due date) when nothing was ever published.
 *
 * The public variant (`publicOnly`, used by the gateway) is the same rule over public records
 * alone: no record is pending there (drafts, records under review and withheld records are
 * unknown to it), so a realtime item is on time or not published, and a third party learns
 * nothing about unpublished records.
 *
 * Department figures for the period: items it is responsible for that are overdue; for records
 * published in the period (status published; public records in the public variant) the median
 * number of working days from formed to published and the share published within
 * `publishWithin` working days; records waiting in review now (status submitted) and the longest
 * wait in working days since submission; returns (退回) and withdrawals (撤回) logged in the
 * period. Waiting, returns and withdrawals are internal: the public variant has none.
 */

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

export const supervisionStatuses = ['onTime', 'dueSoon', 'overdue', 'notPublished', 'notApplicable'] as const;
export type SupervisionStatus = (typeof supervisionStatuses)[number];
export const supervisionStatusLabels: Labels<SupervisionStatus> = {
  onTime: { zh: '按期', en: 'On time' },
  dueSoon: { zh: '临期', en: 'Due soon' },
  overdue: { zh: '逾期', en: 'Overdue' },
  notPublished: { zh: '未公开', en: 'Not published' },
  notApplicable: { zh: '不适用', en: 'Not applicable' },
};

/** Supervision reads everything and changes nothing: the roles that see every record. */
export const maySupervise = (actor: Actor | null): boolean => seesEverything(actor);

/** Records still in the workflow: each one is due `publishWithin` working days after it was formed. */
export const pendingStatuses = ['draft', 'submitted', 'returned'] as const;
export const pendingRecordPredicate = oneOf('status', pendingStatuses);
/** Records whose publication is timed: every published record internally, public ones in the public variant. */
export const timedRecordPredicate = ({ publicOnly }: { publicOnly: boolean }) => (publicOnly ? publicRecordPredicate : equals('status', 'published'));

export type SupervisionSettings = { publishWithin: number; dueSoonDays: number; calendar: CalendarYear[] };
/** A period of calendar days in Beijing time, both ends included. */
export type DatePeriod = { from: string; to: string };

const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The half-open range of instants [from, to) a date period covers, as stores compare stored instants. */
export const periodInstants = (period: DatePeriod): { from: Date; to: Date } => ({ from: chinaMidnight(period.from), to: chinaMidnight(dayAfter(period.to)) });
/** The date period of a half-open range of instants (e.g. academicYearRange). */
export const datePeriodOf = (range: { from: Date; to: Date }): DatePeriod => ({ from: chinaDate(range.from), to: chinaDate(new Date(range.to.getTime() - 1)) });
/** The day a period is judged on: today, or the period's last day once it is over. */
export const supervisionAsOf = ({ period, today }: { period: DatePeriod; today: string }): string => (today < period.to ? today : period.to);

/** The same calendar date `months` later; a day the target month lacks becomes its last day. */
export const addCalendarMonths = (date: string, months: number): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
};

/** How long a yearly or semester item's publication stays current. */
const renewalMonths: Partial<Record<Cadence, number>> = { yearly: 12, semester: 6 };

export type ItemTimelinessInput = {
  cadence: Cadence | null;
  notApplicable: boolean;
  /** Latest public publication on or before the as-of day. */
  lastPublishedDate: string | null;
  /** Earliest date formed among the records pending on the as-of day (the earliest formed is due first). */
  earliestPendingFormedDate: string | null;
};

/** An item's status and next due date on `asOf` (see the rules at the top of this file). */
export const itemTimeliness = ({
  item,
  asOf,
  settings,
}: {
  item: ItemTimelinessInput;
  asOf: string;
  settings: SupervisionSettings;
}): { status: SupervisionStatus; nextDue: string | null } => {
  if (item.notApplicable) return { status: 'notApplicable', nextDue: null };
  const judge = (nextDue: string): { status: SupervisionStatus; nextDue: string } => {
    if (nextDue < asOf) return { status: 'overdue', nextDue };
    const left = workingDaysBetween({ from: asOf, to: nextDue, calendar: settings.calendar });
    return { status: left <= settings.dueSoonDays ? 'dueSoon' : 'onTime', nextDue };
  };
  const months = item.cadence ? renewalMonths[item.cadence] : undefined;
  if (months !== undefined) {
    return item.lastPublishedDate ? judge(addCalendarMonths(item.lastPublishedDate, months)) : { status: 'notPublished', nextDue: null };
  }
  if (item.earliestPendingFormedDate) {
    return judge(addWorkingDays({ date: item.earliestPendingFormedDate, count: settings.publishWithin, calendar: settings.calendar }));
  }
  return { status: item.lastPublishedDate ? 'onTime' : 'notPublished', nextDue: null };
};

// --- facts a store loads, and the report ------------------------------------------------------

export type SupervisedItem = { id: string; cadence: Cadence | null; notApplicable: boolean; responsibleDepartment: string | null };

/** Per item, on the as-of day (public records only for the counts and the last publication). */
export type ItemFacts = {
  itemId: string;
  /** Public records published within the period. */
  publicInPeriod: number;
  /** The latest public publication on or before the as-of day (an ISO instant). */
  lastPublishedAt: string | null;
  earliestPendingFormedDate: string | null;
  pendingCount: number;
};
/** Records of a department published in the period with the same date formed and date published. */
export type PublicationGroup = { departmentId: string; formedDate: string; publishedDate: string; count: number };
/** Records of a department in review now, and the earliest submission among them. */
export type WaitingGroup = { departmentId: string; count: number; oldestSubmittedDate: string | null };
/** Returns and withdrawals of a department's records logged in the period. */
export type ReviewEventGroup = { departmentId: string; returned: number; withdrawn: number };

export type SupervisionFacts = {
  items: ItemFacts[];
  publications: PublicationGroup[];
  /** Internal only: ignored in the public variant. */
  waiting?: WaitingGroup[];
  /** Internal only: ignored in the public variant. */
  reviewEvents?: ReviewEventGroup[];
};

export type ItemSupervision = {
  itemId: string;
  status: SupervisionStatus;
  nextDue: string | null;
  publicInPeriod: number;
  lastPublishedAt: string | null;
  /** Its Beijing date, which the rules judge by. */
  lastPublishedDate: string | null;
  pendingCount: number;
};

export type DepartmentSupervision = {
  departmentId: string;
  overdueItems: number;
  publishedCount: number;
  /** Median working days from formed to published (the mean of the two middle values for an even count). */
  medianWorkingDays: number | null;
  /** Share (0–1) of the published records that went out within `publishWithin` working days. */
  withinDeadlineShare: number | null;
  /** null in the public variant. */
  waiting: { count: number; longestWorkingDays: number | null } | null;
  returned: number | null;
  withdrawn: number | null;
};

export type SupervisionReport = {
  period: DatePeriod;
  asOf: string;
  today: string;
  publicOnly: boolean;
  publishWithin: number;
  dueSoonDays: number;
  items: ItemSupervision[];
  departments: DepartmentSupervision[];
};

/** The median of values given with their counts. */
export const weightedMedian = (values: { value: number; count: number }[]): number | null => {
  const sorted = values.filter((entry) => entry.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const entry of sorted) {
      seen += entry.count;
      if (position < seen) return entry.value;
    }
    return sorted.at(-1)!.value;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
};

/**
 * Per department, how many of its publications took each number of working days from formed to
 * published: one pass over the groups, the working days counted with one pass over the calendar.
 */
const lagHistograms = (publications: PublicationGroup[], calendar: CalendarYear[]) => {
  const histograms = new Map<string, Map<number, number>>();
  if (publications.length === 0) return histograms;
  let first = publications[0]!.formedDate;
  let last = first;
  for (const group of publications) {
    if (group.formedDate < first) first = group.formedDate;
    if (group.publishedDate < first) first = group.publishedDate;
    if (group.formedDate > last) last = group.formedDate;
    if (group.publishedDate > last) last = group.publishedDate;
  }
  const ordinal = workingDayOrdinals({ from: first, to: last, calendar });
  for (const group of publications) {
    const lag = ordinal.get(group.publishedDate)! - ordinal.get(group.formedDate)!;
    let histogram = histograms.get(group.departmentId);
    if (!histogram) histograms.set(group.departmentId, (histogram = new Map()));
    histogram.set(lag, (histogram.get(lag) ?? 0) + group.count);
  }
  return histograms;
};

/** Judges every item and department of a period from the facts a store loaded (see the rules at the top). */
export const supervise = ({
  items,
  departmentIds,
  facts,
  settings,
  period,
  today,
  publicOnly,
}: {
  items: SupervisedItem[];
  departmentIds: string[];
  facts: SupervisionFacts;
  settings: SupervisionSettings;
  period: DatePeriod;
  today: string;
  publicOnly: boolean;
}): SupervisionReport => {
  const asOf = supervisionAsOf({ period, today });
  const factsByItem = new Map(facts.items.map((row) => [row.itemId, row]));
  const itemReports = items.map((item): ItemSupervision => {
    const row = factsByItem.get(item.id);
    const lastPublishedAt = row?.lastPublishedAt ?? null;
    const lastPublishedDate = lastPublishedAt ? chinaDate(new Date(lastPublishedAt)) : null;
    const earliestPendingFormedDate = row?.earliestPendingFormedDate ?? null;
    const { status, nextDue } = itemTimeliness({ item: { ...item, lastPublishedDate, earliestPendingFormedDate }, asOf, settings });
    return { itemId: item.id, status, nextDue, publicInPeriod: row?.publicInPeriod ?? 0, lastPublishedAt, lastPublishedDate, pendingCount: row?.pendingCount ?? 0 };
  });

  const histograms = lagHistograms(facts.publications, settings.calendar);
  const departments = departmentIds.map((departmentId): DepartmentSupervision => {
    const lags = [...(histograms.get(departmentId) ?? [])].map(([value, count]) => ({ value, count }));
    const publishedCount = lags.reduce((sum, lag) => sum + lag.count, 0);
    const within = lags.filter((lag) => lag.value <= settings.publishWithin).reduce((sum, lag) => sum + lag.count, 0);
    const overdueItems = items.filter((item, index) => item.responsibleDepartment === departmentId && itemReports[index]!.status === 'overdue').length;
    const base = {
      departmentId,
      overdueItems,
      publishedCount,
      medianWorkingDays: weightedMedian(lags),
      withinDeadlineShare: publishedCount > 0 ? within / publishedCount : null,
    };
    if (publicOnly) return { ...base, waiting: null, returned: null, withdrawn: null };
    const waiting = facts.waiting?.find((group) => group.departmentId === departmentId);
    const events = facts.reviewEvents?.find((group) => group.departmentId === departmentId);
    const longest = waiting?.oldestSubmittedDate ? Math.max(0, workingDaysBetween({ from: waiting.oldestSubmittedDate, to: today, calendar: settings.calendar })) : null;
    return {
      ...base,
      waiting: { count: waiting?.count ?? 0, longestWorkingDays: waiting?.count ? longest : null },
      returned: events?.returned ?? 0,
      withdrawn: events?.withdrawn ?? 0,
    };
  });

  return { period, asOf, today, publicOnly, publishWithin: settings.publishWithin, dueSoonDays: settings.dueSoonDays, items: itemReports, departments };
};
