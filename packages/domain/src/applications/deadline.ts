import { addWorkingDays, isWorkingDay, type CalendarYear } from '../calendar';

/**
 * The statutory clock of an application (答复期限): when the reply is due, how much of the time
 * is used, and whether the case is paused, due soon or overdue. Dates are calendar dates in
 * Beijing time (YYYY-MM-DD); working days follow the institution's calendar (calendar.ts:
 * weekends, official holidays and make-up working days 调休).
 *
 * Rules:
 * 1. The day of receipt does not count: counting starts on the next working day. An application
 *    received on a non-working day (a weekend, a holiday, a web form sent on a Sunday) is treated
 *    as received on the next working day, so its first counted day is the working day after
 *    that. (A make-up Saturday is a working day like any other.)
 * 2. The reply is due on the day the count reaches the limit: `replyWithin` (15) working days,
 *    plus `extensionDays` once when an extension was granted. The due date is always a working
 *    day. A reply on the due date is on time.
 * 3. A pause (补正: waiting for the applicant's amendment; 征求第三方意见: waiting for a third
 *    party) starts on the day it is requested, which still counts, and ends on the day the answer
 *    arrives, which — like a receipt — does not count; an answer arriving on a non-working day
 *    ends the pause on the next working day. So the working days after `from` up to and including
 *    the end are not counted. A pause with a `limit` (the third party's 15 working days) excludes
 *    at most that many working days: afterwards the clock runs again, answer or no answer.
 * 4. While a pause is still open, the due date shown is provisional: the earliest it can be, as if
 *    the answer came today. Such a case is not "due soon" (staff are waiting, not late).
 * 5. The clock stops on the reply (or the withdrawal); a reply after the due date is late.
 */
export type ClockPause = { from: string; to: string | null; limit?: number | null };

export type ClockTimeline = {
  receivedOn: string;
  replyWithin: number;
  /** 0 without an extension. */
  extensionDays: number;
  pauses: readonly ClockPause[];
  /** The reply (or withdrawal) date; null while the clock runs. */
  stoppedOn: string | null;
};

export type ClockReading = {
  /** The day counting starts after: the receipt day, or the next working day after a non-working one. */
  startsOn: string;
  dueOn: string;
  /** Working days allowed: the reply limit plus any extension. */
  limit: number;
  /** Working days counted up to today (or up to the stop). */
  used: number;
  /** limit − used; negative once the count has passed the limit. */
  remaining: number;
  isPaused: boolean;
  isStopped: boolean;
  /** Today (or the stop) is after the due date: overdue, or replied late. */
  isOverdue: boolean;
  /** Running, not paused, not overdue, and at most `dueSoonDays` working days remain. */
  isDueSoon: boolean;
};

/** The day itself when it is a working day, otherwise the next working day. */
export const effectiveWorkingDay = ({ date, calendar }: { date: string; calendar: CalendarYear[] }): string =>
  isWorkingDay({ date, calendar }) ? date : addWorkingDays({ date, count: 1, calendar });

type Span = { after: string; through: string };

/** The spans of days a timeline's pauses take out of the count, as they stand on `asOf`. */
const pausedSpans = (pauses: readonly ClockPause[], asOf: string, calendar: CalendarYear[]): { spans: Span[]; isPaused: boolean } => {
  let isPaused = false;
  const spans = pauses.map((pause): Span => {
    let through = effectiveWorkingDay({ date: pause.to ?? asOf, calendar });
    const cap = pause.limit === null || pause.limit === undefined ? null : addWorkingDays({ date: pause.from, count: pause.limit, calendar });
    if (cap !== null && cap < through) through = cap;
    if (pause.to === null && pause.from <= asOf && (cap === null || asOf <= cap)) isPaused = true;
    return { after: pause.from, through };
  });
  return { spans, isPaused };
};

const isCounted = (date: string, spans: Span[]) => !spans.some((span) => span.after < date && date <= span.through);

/** Reads the clock on `today` (see the rules at the top of this file). */
export const readClock = ({
  timeline,
  calendar,
  today,
  dueSoonDays = 0,
}: {
  timeline: ClockTimeline;
  calendar: CalendarYear[];
  today: string;
  dueSoonDays?: number;
}): ClockReading => {
  const asOf = timeline.stoppedOn ?? today;
  const startsOn = effectiveWorkingDay({ date: timeline.receivedOn, calendar });
  const limit = timeline.replyWithin + timeline.extensionDays;
  const { spans, isPaused: pausedNow } = pausedSpans(timeline.pauses, asOf, calendar);
  const isStopped = timeline.stoppedOn !== null;
  const isPaused = !isStopped && pausedNow;

  let dueOn = startsOn;
  for (let counted = 0; counted < limit; ) {
    dueOn = addWorkingDays({ date: dueOn, count: 1, calendar });
    if (isCounted(dueOn, spans)) counted += 1;
  }
  let used = 0;
  for (let day = addWorkingDays({ date: startsOn, count: 1, calendar }); day <= asOf; day = addWorkingDays({ date: day, count: 1, calendar })) {
    if (isCounted(day, spans)) used += 1;
  }
  const remaining = limit - used;
  const isOverdue = asOf > dueOn;
  const reading = { startsOn, dueOn, limit, used, remaining, isPaused, isStopped, isOverdue };
  return { ...reading, isDueSoon: isDueWithin(reading, dueSoonDays) };
};

/**
 * Whether a running, unpaused clock is due within `days` working days (0: due today); overdue
 * cases are not "due within", they are overdue.
 */
export const isDueWithin = (reading: Omit<ClockReading, 'isDueSoon'>, days: number): boolean =>
  !reading.isStopped && !reading.isPaused && !reading.isOverdue && reading.remaining <= days;
