import type { CalendarYear } from '../calendar';
import type { ApplicantType } from './caseModel';
import { caseClock, lastEvent, type ApplicationCase } from './caseState';
import type { DecisionCode } from './outcomes';

/**
 * What the statistics need to know about one case, and nothing personal: the store keeps these
 * as columns of the case (written when the case changes), so that the database can count them
 * and the pure statistics (caseStatistics.ts) can be checked against it.
 */
export type CaseFacts = {
  applicantType: ApplicantType;
  receivedOn: string;
  /** The row code it is counted in; set once decided (and by a withdrawal or lapse). */
  decision: DecisionCode | null;
  /** The latest decision's date (a decision may be changed before the reply). */
  decidedOn: string | null;
  repliedOn: string | null;
  /** Withdrawal by the applicant, or closure after no correction. */
  withdrawnOn: string | null;
  /** The reply deadline as it stood when the clock stopped (pauses and extension included); null while running. */
  dueOn: string | null;
  /** Working days counted when the clock stopped (pauses excluded); null while running. */
  workingDaysUsed: number | null;
  extended: boolean;
  /** In fen (分). */
  feeCharged: number;
  feeWaived: number;
};

export const caseFactsOf = ({
  current,
  applicantType,
  calendar,
}: {
  current: ApplicationCase;
  applicantType: ApplicantType;
  calendar: CalendarYear[];
}): CaseFacts => {
  const reply = lastEvent(current, 'reply');
  const withdrawal = current.events.findLast((event) => event.to === 'withdrawn');
  const stopped = reply ?? withdrawal;
  const clock = stopped ? caseClock({ current, calendar, today: stopped.at }) : null;
  return {
    applicantType,
    receivedOn: current.receivedOn,
    decision: current.decision,
    decidedOn: lastEvent(current, 'decide')?.at ?? null,
    repliedOn: reply?.at ?? null,
    withdrawnOn: withdrawal?.at ?? null,
    dueOn: clock?.dueOn ?? null,
    workingDaysUsed: clock?.used ?? null,
    extended: lastEvent(current, 'extend') !== undefined,
    feeCharged: current.fee.charged,
    feeWaived: current.fee.waived,
  };
};
