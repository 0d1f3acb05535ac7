import type { CalendarYear } from '../calendar';
import { addWorkingDays } from '../calendar';
import type { Role } from '../roles';
import { effectiveWorkingDay, readClock, type ClockPause, type ClockReading, type ClockTimeline } from './deadline';
import type { CaseAction, CaseStatus } from './lifecycle';
import type { DecisionCode } from './outcomes';
import { defaultApplicationSettings } from './settings';

/**
 * A case's state is the fold of its log: `applyCaseEvent` is the only way a case changes, so the
 * stored case can always be rebuilt from its events (`replayCase`), and everything the clock
 * needs (pauses, extension, stop) is read from them. Personal data (the applicant, the request)
 * lives beside the case in the CMS record, never in these events beyond the staff's notes.
 */

/** Fees in fen (分, 1/100 yuan), as integers: the amount charged, and the amount waived (减免). */
export type CaseFee = { charged: number; waived: number };
export const noFee: CaseFee = { charged: 0, waived: 0 };

/** Who took an action, as logged: a snapshot of the staff member, or the applicant, or the system. */
export type EventParty = { id: number | string; role: Role; name: string | null } | 'applicant' | 'system';

export type CaseEvent = {
  action: CaseAction;
  /** The Beijing date the action was taken (the clock counts in days). */
  at: string;
  by: EventParty;
  from: CaseStatus | null;
  to: CaseStatus;
  note: string | null;
  /** receive: the date the application arrived (a letter may be registered days later). */
  receivedOn?: string;
  /**
   * The setting in force, in working days: receive → reply limit; requestCorrection → the
   * applicant's window; extend → the extension; consult → the third party's limit.
   */
  days?: number;
  /** decide; lapse and withdraw record the row they are counted in. */
  decision?: DecisionCode;
  /** decide; lapse and withdraw reset it (nothing is charged for an unanswered case). */
  fee?: CaseFee;
};

export type ApplicationCase = {
  status: CaseStatus;
  receivedOn: string;
  decision: DecisionCode | null;
  fee: CaseFee;
  /** The log, oldest first. */
  events: CaseEvent[];
};

/** The case after one more event (a `receive` event starts a new case). */
export const applyCaseEvent = (current: ApplicationCase | null, event: CaseEvent): ApplicationCase => {
  if (current === null || event.action === 'receive') {
    return { status: event.to, receivedOn: event.receivedOn ?? event.at, decision: null, fee: noFee, events: [event] };
  }
  return {
    status: event.to,
    receivedOn: current.receivedOn,
    decision: event.decision ?? current.decision,
    fee: event.fee ?? current.fee,
    events: [...current.events, event],
  };
};

export const replayCase = (events: readonly CaseEvent[]): ApplicationCase | null =>
  events.reduce<ApplicationCase | null>((current, event) => applyCaseEvent(current, event), null);

export const lastEvent = (current: ApplicationCase, action: CaseAction): CaseEvent | undefined =>
  current.events.findLast((event) => event.action === action);

const pausingStatuses: readonly CaseStatus[] = ['correctionRequested', 'consulting'];

/** The clock's facts read from the log: reply limit, extension, pauses and stop. */
export const caseTimeline = (current: ApplicationCase): ClockTimeline => {
  const pauses: ClockPause[] = [];
  let openPause: ClockPause | null = null;
  let stoppedOn: string | null = null;
  for (const event of current.events) {
    if (openPause && event.from !== null && event.from !== event.to && pausingStatuses.includes(event.from)) {
      openPause.to = event.at;
      openPause = null;
    }
    if (event.to !== event.from && pausingStatuses.includes(event.to)) {
      openPause = { from: event.at, to: null, limit: event.action === 'consult' ? (event.days ?? null) : null };
      pauses.push(openPause);
    }
    if (event.to === 'replied' || event.to === 'withdrawn') stoppedOn = event.at;
  }
  return {
    receivedOn: current.receivedOn,
    replyWithin: lastEvent(current, 'receive')?.days ?? defaultApplicationSettings.replyWithin,
    extensionDays: lastEvent(current, 'extend')?.days ?? 0,
    pauses,
    stoppedOn,
  };
};

export const caseClock = ({
  current,
  calendar,
  today,
  dueSoonDays,
}: {
  current: ApplicationCase;
  calendar: CalendarYear[];
  today: string;
  dueSoonDays?: number;
}): ClockReading => readClock({ timeline: caseTimeline(current), calendar, today, dueSoonDays });

/**
 * The last day the applicant may amend: the correction window counted like the reply limit,
 * from the day of the request (which does not count). Null when no correction was asked.
 */
export const correctionDueOn = ({ current, calendar }: { current: ApplicationCase; calendar: CalendarYear[] }): string | null => {
  const request = lastEvent(current, 'requestCorrection');
  if (!request) return null;
  const start = effectiveWorkingDay({ date: request.at, calendar });
  return addWorkingDays({ date: start, count: request.days ?? defaultApplicationSettings.correctionWithin, calendar });
};
