import type { Actor } from '../actor';
import type { Labelled, Refusal } from '../refusal';
import { applyCaseEvent, caseClock, correctionDueOn, lastEvent, noFee, type ApplicationCase, type CaseEvent, type CaseFee, type EventParty } from './caseState';
import { isCalendarDate } from './dates';
import { textLength } from './fieldRules';
import { caseActionLabels, caseActions, casePartyLabels, caseStatusLabels, caseTransitionsFrom, openCaseStatuses, type CaseAction, type CaseParty, type CaseStatus } from './lifecycle';
import { decisionCodes, decisionLabels, isDecisionCode, type DecisionCode } from './outcomes';
import type { ApplicationSettings } from './settings';

/**
 * Decides one action on an application: whether this actor may take it from the case's status
 * (the table in lifecycle.ts), whether the input carries what the action requires, and if so the
 * event to log and the case it leads to. The CMS hook, the gateway (for the applicant) and the
 * scheduled job all call this; none of them restates a rule.
 */

/** A CMS user, the applicant (after the caller checked the query code) or the system. */
export type CaseActor = Actor | 'applicant' | 'system';

export type CaseActionInput = {
  note?: string | null;
  /** receive (staff or system only): the date the application arrived; defaults to today. */
  receivedOn?: string | null;
  /** decide: a row code of outcomes.ts. */
  decision?: string | null;
  /** decide: in fen (分). */
  fee?: { charged?: number | null; waived?: number | null } | null;
};

export type CaseActionVerdict = { isAllowed: true; case: ApplicationCase; event: CaseEvent } | { isAllowed: false; refusal: Refusal };

export const caseNoteMaxLength = 5000;

/** What the note must say, per action that needs one (it goes into the log and, mostly, to the applicant). */
const requiredNotes: Partial<Record<CaseAction, Labelled>> = {
  requestCorrection: { zh: '需要补正的内容（一次性告知申请人需要更改、补充的全部事项）', en: 'what the applicant must correct (all of it, at once)' },
  amend: { zh: '申请人补正后的申请内容', en: 'the applicant’s corrected request' },
  extend: { zh: '延长答复期限的理由', en: 'the reason for the extension' },
  consult: { zh: '征求意见的第三方及征求意见的事项', en: 'the third party consulted, and on what' },
};
const withdrawalNote: Labelled = { zh: '申请人撤回申请的方式和时间（如书面撤回申请的日期）', en: 'how and when the applicant withdrew (e.g. the date of the written withdrawal)' };

const decisionNotes = {
  disclosed: { zh: '获取信息的方式和途径', en: 'how to obtain the information' },
  partlyDisclosed: { zh: '可以公开部分的获取方式，以及不予公开部分的理由和依据', en: 'how to obtain the disclosed part, and why the rest is withheld (with the legal basis)' },
  other: { zh: '理由和依据（如所依据的法律法规条款）', en: 'the reason and its legal basis' },
} as const satisfies Record<string, Labelled>;

/** What the note of an action must say, when the action needs one from this party (null: optional). */
const requiredNoteOf = (action: CaseAction, party: CaseParty): Labelled | null =>
  requiredNotes[action] ?? (action === 'withdraw' && party !== 'applicant' ? withdrawalNote : null);

/** Why a decision code cannot be chosen for this case (null: it can). */
const decisionUnavailable = (current: ApplicationCase, decision: DecisionCode): Refusal | null => {
  const params = { decision: decisionLabels[decision] };
  if (decision === 'other.noCorrection') return { key: 'caseDecisionByLapseOnly', path: 'decision', params };
  if (decision === 'unableToProvide.stillUnclear' && !lastEvent(current, 'amend')) return { key: 'caseStillUnclearNeedsCorrection', path: 'decision', params };
  return null;
};

/** The decisions a `decide` on this case may record (the choices to offer), in the table's order. */
export const decisionChoicesFor = (current: ApplicationCase): DecisionCode[] => decisionCodes.filter((code) => decisionUnavailable(current, code) === null);

/**
 * What an action asks of the person taking it, for a form or dialog: the note (required, with
 * what it must say; or optional), and the decision, fee and date received where the action
 * takes them. The same rules as `checkCaseAction`, which stays the judge.
 */
export type CaseActionInputs = {
  note: { isRequired: true; what: Labelled } | { isRequired: false; what: null };
  decision: boolean;
  fee: boolean;
  receivedOn: boolean;
};
export const caseActionInputs = ({ action, actor }: { action: CaseAction; actor: CaseActor }): CaseActionInputs => {
  const party = partyOf(actor);
  const what = requiredNoteOf(action, party);
  return {
    // A decision's note is required too; what it must say depends on the decision chosen (decisionNoteFor).
    note: what ? { isRequired: true, what } : action === 'decide' ? { isRequired: true, what: decisionNotes.other } : { isRequired: false, what: null },
    decision: action === 'decide',
    fee: action === 'decide',
    receivedOn: action === 'receive' && party !== 'applicant',
  };
};

const partyOf = (actor: CaseActor): CaseParty => (typeof actor === 'string' ? actor : actor.role);
const eventParty = (actor: CaseActor): EventParty => (typeof actor === 'string' ? actor : { id: actor.id, role: actor.role, name: actor.name ?? null });
const refuse = (refusal: Refusal): CaseActionVerdict => ({ isAllowed: false, refusal });

/** Labels joined as a list ("A、B、C" / "A, B, C"), or as alternatives ("A、B或C" / "A, B or C"); `none` when empty. */
const labelsOf = <T extends string>(values: readonly T[], labels: Record<T, Labelled>, { none, or = false }: { none: Labelled; or?: boolean }): Labelled => {
  if (values.length === 0) return none;
  const join = (parts: string[], separator: string, last: string) => (or && parts.length > 1 ? `${parts.slice(0, -1).join(separator)}${last}${parts.at(-1)}` : parts.join(separator));
  return { zh: join(values.map((value) => labels[value].zh), '、', '或'), en: join(values.map((value) => labels[value].en), ', ', ' or ') };
};

/** The actions an actor may take on a case now (the buttons to offer); inputs are checked on the action. */
export const availableCaseActions = ({ current, actor }: { current: ApplicationCase | null; actor: CaseActor }): CaseAction[] =>
  caseTransitionsFrom(current?.status ?? null)
    .filter((transition) => transition.by.includes(partyOf(actor)))
    .map((transition) => transition.action);

const checkFee = (fee: CaseActionInput['fee']): { fee: CaseFee } | { refusal: Refusal } => {
  const amounts = { charged: fee?.charged ?? 0, waived: fee?.waived ?? 0 };
  for (const field of ['charged', 'waived'] as const) {
    if (!Number.isSafeInteger(amounts[field]) || amounts[field] < 0) {
      const label = field === 'charged' ? { zh: '收费金额', en: 'The fee charged' } : { zh: '减免金额', en: 'The fee waived' };
      return { refusal: { key: 'caseFeeInvalid', path: `fee.${field}`, params: { field: label } } };
    }
  }
  return { fee: amounts };
};

type Extras = Pick<CaseEvent, 'receivedOn' | 'days' | 'decision' | 'fee'>;

/** The requirements of each action beyond the table: a refusal, or what the event records besides the note. */
const checkRequirements = ({
  current,
  action,
  party,
  input,
  note,
  settings,
  today,
}: {
  current: ApplicationCase | null;
  action: CaseAction;
  party: CaseParty;
  input: CaseActionInput;
  note: string | null;
  settings: ApplicationSettings;
  today: string;
}): Extras | Refusal => {
  const label = caseActionLabels[action];
  const what = requiredNoteOf(action, party);
  if (what && !note) return { key: 'caseNoteRequired', path: 'note', params: { action: label, what } };
  const calendar = settings.calendar;

  switch (action) {
    case 'receive': {
      // The public site cannot backdate: an online application arrives the day it is sent.
      const receivedOn = party === 'applicant' ? today : (input.receivedOn ?? today);
      if (!isCalendarDate(receivedOn)) return { key: 'dateMalformed', path: 'receivedOn', params: { value: String(receivedOn) } };
      if (receivedOn > today) return { key: 'caseReceivedInFuture', path: 'receivedOn', params: { date: receivedOn, today } };
      return { receivedOn, days: settings.replyWithin };
    }
    case 'requestCorrection': {
      const earlier = lastEvent(current!, 'requestCorrection');
      if (earlier) return { key: 'caseCorrectionOnlyOnce', path: 'action', params: { date: earlier.at } };
      return { days: settings.correctionWithin };
    }
    case 'lapse': {
      const dueOn = correctionDueOn({ current: current!, calendar })!;
      if (today <= dueOn) return { key: 'caseCorrectionStillOpen', path: 'action', params: { dueOn } };
      return { decision: 'other.noCorrection', fee: noFee };
    }
    case 'extend': {
      const earlier = lastEvent(current!, 'extend');
      if (earlier) return { key: 'caseExtensionOnlyOnce', path: 'action', params: { date: earlier.at, days: earlier.days ?? settings.extensionDays } };
      const clock = caseClock({ current: current!, calendar, today });
      if (clock.isOverdue) return { key: 'caseExtensionTooLate', path: 'action', params: { dueOn: clock.dueOn } };
      return { days: settings.extensionDays };
    }
    case 'consult':
      return { days: settings.consultationLimit };
    case 'decide': {
      const decision = input.decision;
      if (decision === null || decision === undefined || decision === '') return { key: 'caseDecisionRequired', path: 'decision' };
      if (!isDecisionCode(decision)) return { key: 'caseDecisionInvalid', path: 'decision', params: { value: String(decision) } };
      const unavailable = decisionUnavailable(current!, decision);
      if (unavailable) return unavailable;
      const params = { decision: decisionLabels[decision] };
      if (!note) return { key: 'caseDecisionNoteRequired', path: 'note', params: { ...params, what: decisionNoteFor(decision) } };
      const fee = checkFee(input.fee);
      return 'refusal' in fee ? fee.refusal : { decision, fee: fee.fee };
    }
    case 'withdraw':
      // Counted as 其他处理 · 其他 in the government table (其他 for the Ministry).
      return { decision: 'other.other', fee: noFee };
    default:
      return {};
  }
};

/** What the note of a decision must give the applicant. */
export const decisionNoteFor = (decision: DecisionCode): Labelled =>
  decision === 'disclosed' ? decisionNotes.disclosed : decision === 'partlyDisclosed' ? decisionNotes.partlyDisclosed : decisionNotes.other;

const isRefusal = (value: Extras | Refusal): value is Refusal => 'key' in value;

export const checkCaseAction = ({
  case: current,
  action,
  actor,
  input = {},
  settings,
  today,
}: {
  case: ApplicationCase | null;
  action: string;
  actor: CaseActor;
  input?: CaseActionInput;
  settings: ApplicationSettings;
  today: string;
}): CaseActionVerdict => {
  if (!(caseActions as readonly string[]).includes(action)) return refuse({ key: 'caseActionUnknown', path: 'action', params: { action } });
  const known = action as CaseAction;
  const label = caseActionLabels[known];
  const from: CaseStatus | null = current?.status ?? null;
  const possible = caseTransitionsFrom(from);
  const transition = possible.find((row) => row.action === known);
  if (!transition) {
    if (current === null) return refuse({ key: 'caseNotRegistered', path: 'action', params: { action: label } });
    if (known === 'receive') return refuse({ key: 'caseAlreadyRegistered', path: 'action', params: { receivedOn: current.receivedOn } });
    const status = caseStatusLabels[current.status];
    if (!openCaseStatuses.includes(current.status) && possible.length === 0) return refuse({ key: 'caseFinished', path: 'action', params: { action: label, status } });
    // What this actor could do instead (the applicant is not told about staff actions).
    const mine = possible.filter((row) => row.by.includes(partyOf(actor))).map((row) => row.action);
    const available = labelsOf([...new Set(mine)], caseActionLabels, { none: { zh: '无', en: 'nothing' } });
    return refuse({ key: 'caseActionNotInStatus', path: 'action', params: { action: label, status, available } });
  }
  const party = partyOf(actor);
  if (!transition.by.includes(party)) {
    if (known === 'extend') return refuse({ key: 'caseExtensionAdminOnly', path: 'action' });
    const who = labelsOf(transition.by.filter((by) => by !== 'system'), casePartyLabels, { none: casePartyLabels.system, or: true });
    return refuse({ key: 'caseActionNotAllowedFor', path: 'action', params: { action: label, who } });
  }

  const note = input.note?.trim() || null;
  if (note && textLength(note) > caseNoteMaxLength) {
    return refuse({ key: 'applicationFieldTooLong', path: 'note', params: { field: { zh: '办理说明', en: 'the note' }, max: caseNoteMaxLength, length: textLength(note) } });
  }
  const extras = checkRequirements({ current, action: known, party, input, note, settings, today });
  if (isRefusal(extras)) return refuse(extras);

  const event: CaseEvent = { action: known, at: today, by: eventParty(actor), from, to: transition.to, note, ...extras };
  return { isAllowed: true, case: applyCaseEvent(current, event), event };
};
