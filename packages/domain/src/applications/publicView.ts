import type { CalendarYear } from '../calendar';
import type { Labelled } from '../refusal';
import { caseColumnsOf } from './caseColumns';
import type { ApplicantType, LabelMap } from './caseModel';
import { lastEvent, type ApplicationCase } from './caseState';
import type { CaseAction, CaseStatus } from './lifecycle';
import { decisionGroupLabels, decisionGroupOf, decisionLabels, type DecisionCode } from './outcomes';

/**
 * What the applicant sees of their case on the public site, after proving the receipt and query
 * codes: where it stands, the statutory clock, and a timeline of what happened when. Staff
 * notes, staff names and fees are never part of it (notes may name third parties; names are the
 * staff's), and the decision appears only once the reply has been sent, so the applicant does
 * not learn it from the site before the reply reaches them.
 */

/** What happened, as the timeline tells the applicant (the staff labels are the admin's buttons). */
export const caseEventLabels: LabelMap<CaseAction> = {
  receive: { zh: '收到申请', en: 'Application received' },
  accept: { zh: '已受理', en: 'Accepted for handling' },
  requestCorrection: { zh: '告知补正', en: 'Asked you to correct the application' },
  amend: { zh: '收到补正', en: 'Correction received' },
  lapse: { zh: '逾期未补正，视为撤回', en: 'Not corrected in time; treated as withdrawn' },
  extend: { zh: '延长答复期限', en: 'Reply deadline extended' },
  consult: { zh: '征求第三方意见', en: 'Third party consulted' },
  endConsultation: { zh: '征求第三方意见结束', en: 'Third-party consultation ended' },
  decide: { zh: '作出答复决定', en: 'Decision taken' },
  reply: { zh: '送达答复', en: 'Reply sent' },
  close: { zh: '办结', en: 'Closed' },
  withdraw: { zh: '撤回申请', en: 'Application withdrawn' },
};

/**
 * A decision as the applicant reads it: 予以公开 and 部分公开 as they are, the others with their
 * group first (不予公开（属于国家秘密）), so the kind of answer is clear before its reason.
 */
export const publicDecisionLabel = (code: DecisionCode): Labelled => {
  const label = decisionLabels[code];
  const group = decisionGroupOf(code);
  if (group === 'disclosed' || group === 'partlyDisclosed') return label;
  const groupLabel = decisionGroupLabels[group];
  return { zh: `${groupLabel.zh}（${label.zh}）`, en: `${groupLabel.en} (${label.en})` };
};

export type PublicTimelineEntry = { on: string; action: CaseAction };

export type PublicCaseView = {
  status: CaseStatus;
  receivedOn: string;
  /** As the stored column: the reply deadline; null while the clock is paused; once stopped, the deadline as it stood. */
  dueOn: string | null;
  isPaused: boolean;
  extended: boolean;
  /** Oldest first: the date and the action, nothing else of the event. */
  timeline: PublicTimelineEntry[];
  /** The decision once the reply has been sent, else null. */
  decision: DecisionCode | null;
};

/** The public view of a case, its clock read on `today` exactly as the stored columns are derived. */
export const publicCaseView = ({
  current,
  applicantType,
  calendar,
  today,
}: {
  current: ApplicationCase;
  applicantType: ApplicantType;
  calendar: CalendarYear[];
  today: string;
}): PublicCaseView => {
  const columns = caseColumnsOf({ current, applicantType, calendar, today });
  return {
    status: columns.status,
    receivedOn: columns.receivedOn,
    dueOn: columns.dueOn,
    isPaused: columns.isPaused,
    extended: columns.extended,
    // A letter registered days after it arrived is shown on the day it arrived.
    timeline: current.events.map((event) => ({ on: event.action === 'receive' ? (event.receivedOn ?? event.at) : event.at, action: event.action })),
    decision: lastEvent(current, 'reply') ? columns.decision : null,
  };
};
