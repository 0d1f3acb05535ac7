import { chinaDate } from './academicYear';
import { relationId } from './relationId';
import { pendingStatuses, type PublicationGroup, type ReviewEventGroup } from './supervision';

/**
 * The supervision facts of a span of time, split into calendar months (Beijing time) so that a
 * store can keep the facts of past months instead of recounting them: a closed month changes
 * only when a record published in it (before or after the change) or a review logged in it
 * changes, and `monthsTouched` names exactly those months. The months a period covers are added
 * up with `mergeWindows`; only the uncovered ends (the current month, a period starting mid-month)
 * are counted from the records. apps/cms/src/supervision/monthCache.ts keeps them on MongoDB.
 */

/** A month as 'YYYY-MM' (Beijing time). */
export type Month = string;
export type Range = { from: Date; to: Date };

/** Per item: records counted in the window and the latest publication in it. */
export type WindowItem = { itemId: string; count: number; last: Date | null };
/** What a window of time contributes to the supervision facts. */
export type SupervisionWindow<Publication extends PublicationGroup = PublicationGroup> = {
  items: WindowItem[];
  publications: Publication[];
  reviewEvents: ReviewEventGroup[];
};

const hour = 3_600_000;
/** Nothing is looked up before this month: 《政府信息公开条例》 took effect on 1 May 2008. */
export const earliestSupervisedMonth: Month = '2008-01';

export const monthOf = (instant: Date): Month => chinaDate(instant).slice(0, 7);
/** The instant a Beijing month starts. */
export const monthStart = (month: Month): Date => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) - 8 * hour);
export const nextMonth = (month: Month): Month => {
  const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
};
export const monthRange = (month: Month): Range => ({ from: monthStart(month), to: monthStart(nextMonth(month)) });

/**
 * Which of the range's time lies in whole months that ended before `closedBefore` (the start of
 * the current month: only those are kept), and which is left to count from the records.
 */
export const coverByMonths = (range: Range, closedBefore: Date): { months: Month[]; rest: Range[] } => {
  const months: Month[] = [];
  const rest: Range[] = [];
  let cursor = range.from;
  for (let month = monthOf(range.from); cursor < range.to; month = nextMonth(month)) {
    const { from, to } = monthRange(month);
    if (from >= cursor && to <= range.to && to <= closedBefore) {
      months.push(month);
    } else {
      const end = to < range.to ? to : range.to;
      const last = rest.at(-1);
      if (last && last.to.getTime() === cursor.getTime()) last.to = end;
      else rest.push({ from: cursor, to: end });
    }
    cursor = to < range.to ? to : range.to;
  }
  return { months, rest };
};

type Touching = { publishedAt?: string | Date | null; reviews?: { reviewedAt?: string | Date | null }[] | null } | null | undefined;

/**
 * The months whose facts a change to a record alters: the month it was published in before and
 * after the change (status, audience, department, dates, deletion: any change moves the record
 * into, out of or within that month's figures), and the months of review entries the change
 * added or removed.
 */
export const monthsTouched = (previous: Touching, next: Touching): Month[] => {
  const months = new Set<Month>();
  for (const record of [previous, next]) if (record?.publishedAt) months.add(monthOf(new Date(record.publishedAt)));
  const reviewMonths = (record: Touching) => (record?.reviews ?? []).flatMap((review) => (review.reviewedAt ? [new Date(review.reviewedAt).toISOString()] : []));
  const before = reviewMonths(previous);
  const after = reviewMonths(next);
  for (const at of [...before.filter((at) => !after.includes(at)), ...after.filter((at) => !before.includes(at))]) months.add(monthOf(new Date(at)));
  return [...months].sort();
};

type Keyed = Touching & { status?: string | null; checklistItem?: unknown; department?: unknown };

/**
 * What a store keeps besides closed months: the present state, per item the records in the
 * workflow (pending) by date formed, per department the records waiting for review. The keys a
 * change to a record makes stale: its months (`monthsTouched`), the item it belonged and belongs
 * to while in the workflow before or after, the department it was or is waiting in.
 */
export const supervisionKeysTouched = (previous: Keyed | null | undefined, next: Keyed | null | undefined): string[] => {
  const keys = new Set(monthsTouched(previous, next).map((month) => `month:${month}`));
  for (const record of [previous, next]) {
    if (!record) continue;
    const item = relationId(record.checklistItem);
    const department = relationId(record.department);
    if (item !== null && (pendingStatuses as readonly unknown[]).includes(record.status)) keys.add(`pending:${item}`);
    if (department !== null && record.status === 'submitted') keys.add(`waiting:${department}`);
  }
  return [...keys].sort();
};

/** The facts of consecutive windows as one: counts add up, the latest publication wins. */
export const mergeWindows = <Publication extends PublicationGroup>(windows: SupervisionWindow<Publication>[]): SupervisionWindow<Publication> => {
  const items = new Map<string, WindowItem>();
  const events = new Map<string, ReviewEventGroup>();
  for (const window of windows) {
    for (const item of window.items) {
      const seen = items.get(item.itemId);
      const last = seen?.last && (!item.last || seen.last > item.last) ? seen.last : item.last;
      items.set(item.itemId, { itemId: item.itemId, count: (seen?.count ?? 0) + item.count, last });
    }
    for (const event of window.reviewEvents) {
      const seen = events.get(event.departmentId) ?? { departmentId: event.departmentId, returned: 0, withdrawn: 0 };
      events.set(event.departmentId, { departmentId: event.departmentId, returned: seen.returned + event.returned, withdrawn: seen.withdrawn + event.withdrawn });
    }
  }
  // A publication group is (department, formed, published): each published day lies in one window.
  return { items: [...items.values()], publications: windows.flatMap((window) => window.publications), reviewEvents: [...events.values()] };
};
