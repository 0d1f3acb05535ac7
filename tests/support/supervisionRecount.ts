import { addWorkingDays, chinaDate, workingDaysBetween, type CalendarYear } from '@xxgk/domain';
import type { Payload } from 'payload';
import { sql, sqlRows } from './sql';

/**
 * An independent recount of the supervision figures for the tests: every record, review-log entry
 * and item read raw from the database (SQL on SQLite, plain finds on MongoDB), then judged one
 * record at a time with simple code — no GROUP BY, no store, no ordinal tables, no weighted
 * median: only the calendar's day-by-day counting (itself unit-tested) is shared with the product.
 */
export type RawRecord = {
  id: string;
  item: string | null;
  department: string;
  status: string;
  attribute: string;
  audience: string;
  formedAt: string;
  publishedAt: string | null;
  submittedAt: string | null;
  updatedAt: string;
};
export type RawReview = { record: string; outcome: string; reviewedAt: string };
export type RawItem = { id: string; code: string; cadence: string | null; notApplicable: boolean; responsibleDepartment: string | null };
export type RawSupervisionData = { records: RawRecord[]; reviews: RawReview[]; items: RawItem[] };

const iso = (value: unknown) => (value == null ? null : new Date(value as string | Date).toISOString());

export const readRawSupervisionData = async (payload: Payload): Promise<RawSupervisionData> => {
  if (payload.db.name !== 'mongoose') {
    const records = await sqlRows<Record<string, unknown>>(payload, sql`SELECT * FROM disclosures`);
    const reviews = await sqlRows<Record<string, unknown>>(payload, sql`SELECT * FROM disclosures_reviews`);
    const items = await sqlRows<Record<string, unknown>>(payload, sql`SELECT * FROM checklist_items`);
    return {
      records: records.map((row) => ({
        id: String(row.id),
        item: row.checklist_item_id == null ? null : String(row.checklist_item_id),
        department: String(row.department_id),
        status: String(row.status),
        attribute: String(row.attribute),
        audience: String(row.audience),
        formedAt: iso(row.formed_at)!,
        publishedAt: iso(row.published_at),
        submittedAt: iso(row.submitted_at),
        updatedAt: iso(row.updated_at)!,
      })),
      reviews: reviews.map((row) => ({ record: String(row._parent_id), outcome: String(row.outcome), reviewedAt: iso(row.reviewed_at)! })),
      items: items.map((row) => ({
        id: String(row.id),
        code: String(row.code),
        cadence: (row.cadence as string | null) ?? null,
        notApplicable: Boolean(row.not_applicable),
        responsibleDepartment: row.responsible_department_id == null ? null : String(row.responsible_department_id),
      })),
    };
  }
  type Find = { find: (filter: object) => { toArray: () => Promise<Record<string, any>[]> } };
  const collection = (slug: string) => (payload.db as unknown as { collections: Record<string, { collection: Find }> }).collections[slug]!.collection;
  const [records, items] = await Promise.all([collection('disclosures').find({}).toArray(), collection('checklist-items').find({}).toArray()]);
  return {
    records: records.map((doc) => ({
      id: String(doc._id),
      item: doc.checklistItem ? String(doc.checklistItem) : null,
      department: String(doc.department),
      status: doc.status,
      attribute: doc.attribute,
      audience: doc.audience,
      formedAt: iso(doc.formedAt)!,
      publishedAt: iso(doc.publishedAt),
      submittedAt: iso(doc.submittedAt),
      updatedAt: iso(doc.updatedAt)!,
    })),
    reviews: records.flatMap((doc) => (doc.reviews ?? []).map((review: Record<string, any>) => ({ record: String(doc._id), outcome: review.outcome, reviewedAt: iso(review.reviewedAt)! }))),
    items: items.map((doc) => ({
      id: String(doc._id),
      code: doc.code,
      cadence: doc.cadence ?? null,
      notApplicable: Boolean(doc.notApplicable),
      responsibleDepartment: doc.responsibleDepartment ? String(doc.responsibleDepartment) : null,
    })),
  };
};

export type RecountedItem = { status: string; nextDue: string | null; publicInPeriod: number; lastPublishedAt: string | null; lastPublishedDate: string | null; pendingCount: number };
export type RecountedDepartment = {
  overdueItems: number;
  publishedCount: number;
  medianWorkingDays: number | null;
  withinDeadlineShare: number | null;
  waitingCount: number;
  longestWait: number | null;
  returned: number;
  withdrawn: number;
};

const dayOf = (instant: string) => chinaDate(new Date(instant));
const plusMonths = (date: string, months: number) => {
  let [year, month, day] = date.split('-').map(Number) as [number, number, number];
  month += months;
  while (month > 12) {
    month -= 12;
    year += 1;
  }
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth)).padStart(2, '0')}`;
};

/** The figures of one period, recounted record by record (see the rules in packages/domain/src/supervision.ts). */
export const recountSupervision = ({
  data,
  period,
  today,
  publicOnly,
  settings,
}: {
  data: RawSupervisionData;
  period: { from: string; to: string };
  today: string;
  publicOnly: boolean;
  settings: { publishWithin: number; dueSoonDays: number; calendar: CalendarYear[] };
}) => {
  const { calendar, publishWithin, dueSoonDays } = settings;
  const asOf = today < period.to ? today : period.to;
  const isPublic = (record: RawRecord) => record.status === 'published' && record.attribute === 'active' && record.audience === 'public';
  const inPeriod = (instant: string | null) => instant !== null && dayOf(instant) >= period.from && dayOf(instant) <= period.to;

  const items = new Map<string, RecountedItem>();
  for (const item of data.items) {
    const records = data.records.filter((record) => record.item === item.id);
    const publicRecords = records.filter(isPublic);
    const publicInPeriod = publicRecords.filter((record) => inPeriod(record.publishedAt)).length;
    const publishedByAsOf = publicRecords.map((record) => record.publishedAt!).filter((instant) => dayOf(instant) <= asOf).sort();
    const lastPublishedAt = publishedByAsOf.at(-1) ?? null;
    const lastPublishedDate = lastPublishedAt ? dayOf(lastPublishedAt) : null;
    // Publicly nothing is pending: drafts and records under review are not known there.
    const pending = publicOnly ? [] : records.filter((record) => dayOf(record.formedAt) <= asOf && ['draft', 'submitted', 'returned'].includes(record.status));
    const judge = (due: string) => (due < asOf ? 'overdue' : workingDaysBetween({ from: asOf, to: due, calendar }) <= dueSoonDays ? 'dueSoon' : 'onTime');
    let status: string;
    let nextDue: string | null = null;
    if (item.notApplicable) status = 'notApplicable';
    else if (item.cadence === 'yearly' || item.cadence === 'semester') {
      if (lastPublishedDate) {
        nextDue = plusMonths(lastPublishedDate, item.cadence === 'yearly' ? 12 : 6);
        status = judge(nextDue);
      } else status = 'notPublished';
    } else if (pending.length > 0) {
      // Every pending record has its own due date; the item is judged by the first.
      const dues = pending.map((record) => addWorkingDays({ date: dayOf(record.formedAt), count: publishWithin, calendar })).sort();
      nextDue = dues[0]!;
      status = judge(nextDue);
    } else status = lastPublishedDate ? 'onTime' : 'notPublished';
    items.set(item.id, { status, nextDue: item.notApplicable ? null : nextDue, publicInPeriod, lastPublishedAt, lastPublishedDate, pendingCount: pending.length });
  }

  const departments = new Map<string, RecountedDepartment>();
  const departmentIds = new Set([...data.records.map((record) => record.department), ...data.items.map((item) => item.responsibleDepartment).filter((id): id is string => id !== null)]);
  for (const department of departmentIds) {
    const own = data.records.filter((record) => record.department === department);
    const published = own.filter((record) => (publicOnly ? isPublic(record) : record.status === 'published') && inPeriod(record.publishedAt));
    const lags = published.map((record) => workingDaysBetween({ from: dayOf(record.formedAt), to: dayOf(record.publishedAt!), calendar })).sort((a, b) => a - b);
    const middle = Math.floor(lags.length / 2);
    const median = lags.length === 0 ? null : lags.length % 2 === 1 ? lags[middle]! : (lags[middle - 1]! + lags[middle]!) / 2;
    const waiting = own.filter((record) => record.status === 'submitted');
    const oldest = waiting.map((record) => dayOf(record.submittedAt ?? record.updatedAt)).sort()[0];
    const ownIds = new Set(own.map((record) => record.id));
    const events = data.reviews.filter((review) => ownIds.has(review.record) && inPeriod(review.reviewedAt));
    departments.set(department, {
      overdueItems: data.items.filter((item) => item.responsibleDepartment === department && items.get(item.id)!.status === 'overdue').length,
      publishedCount: published.length,
      medianWorkingDays: median,
      withinDeadlineShare: lags.length === 0 ? null : lags.filter((lag) => lag <= publishWithin).length / lags.length,
      waitingCount: waiting.length,
      longestWait: oldest === undefined ? null : Math.max(0, workingDaysBetween({ from: oldest, to: today, calendar })),
      returned: events.filter((review) => review.outcome === 'returned').length,
      withdrawn: events.filter((review) => review.outcome === 'withdrawn').length,
    });
  }
  return { asOf, items, departments };
};
