import type { CalendarYear } from '../calendar';
import type { ApplicantType } from './caseModel';
import { caseFactsOf } from './caseFacts';
import { caseClock, lastEvent, type ApplicationCase, type CaseEvent } from './caseState';
import type { CaseStatus } from './lifecycle';
import type { DecisionCode } from './outcomes';

/**
 * The columns a stored case keeps beside its log, all derived from it: what lists, queues and
 * statistics filter and sort on without replaying every log. A store writes them whenever the
 * case is written and never takes them from a client.
 */
export type CaseColumns = {
  status: CaseStatus;
  receivedOn: string;
  /**
   * While the clock runs: the reply deadline as read today. While it is paused: null (the
   * deadline is provisional and moves each day the pause lasts). Once stopped: the deadline as
   * it stood at the stop.
   */
  dueOn: string | null;
  isPaused: boolean;
  extended: boolean;
  decision: DecisionCode | null;
  decidedOn: string | null;
  repliedOn: string | null;
  withdrawnOn: string | null;
  closedOn: string | null;
  /** Working days counted at the stop (pauses excluded); null while the clock runs. */
  workingDaysUsed: number | null;
  /** In fen (分). */
  feeCharged: number;
  feeWaived: number;
  events: CaseEvent[];
};

export const caseColumnsOf = ({
  current,
  applicantType,
  calendar,
  today,
}: {
  current: ApplicationCase;
  applicantType: ApplicantType;
  calendar: CalendarYear[];
  today: string;
}): CaseColumns => {
  const facts = caseFactsOf({ current, applicantType, calendar });
  const clock = caseClock({ current, calendar, today });
  const runningDue = clock.isPaused ? null : clock.dueOn;
  return {
    status: current.status,
    receivedOn: current.receivedOn,
    dueOn: clock.isStopped ? facts.dueOn : runningDue,
    isPaused: clock.isPaused,
    extended: facts.extended,
    decision: facts.decision,
    decidedOn: facts.decidedOn,
    repliedOn: facts.repliedOn,
    withdrawnOn: facts.withdrawnOn,
    closedOn: lastEvent(current, 'close')?.at ?? null,
    workingDaysUsed: facts.workingDaysUsed,
    feeCharged: facts.feeCharged,
    feeWaived: facts.feeWaived,
    events: current.events,
  };
};

/** Whether stored columns differ from what the log says today (a paused clock whose limit ran out, a new day). */
export const caseColumnsDiffer = (stored: Partial<Record<keyof CaseColumns, unknown>>, derived: CaseColumns): boolean =>
  (Object.keys(derived) as (keyof CaseColumns)[]).some((key) => key !== 'events' && (stored[key] ?? null) !== (derived[key] ?? null));
