import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { refusalMessage, type Refusal } from '../refusal';
import { caseFactsOf } from './caseFacts';
import { caseClock, caseTimeline, replayCase, type ApplicationCase } from './caseState';
import { availableCaseActions, caseActionInputs, checkCaseAction, decisionChoicesFor, type CaseActionInput, type CaseActor } from './checkCaseAction';
import { caseActions, caseStatuses, caseTransitions, type CaseAction, type CaseStatus } from './lifecycle';
import { officialCalendars } from './officialCalendars.fixture';
import { decisionCodes } from './outcomes';
import { defaultApplicationSettings, type ApplicationSettings } from './settings';

const settings: ApplicationSettings = { ...defaultApplicationSettings, calendar: officialCalendars };
const admin: Actor = { id: 1, role: 'admin', departmentId: null, name: '信息公开办主任' };
const reviewer: Actor = { id: 2, role: 'reviewer', departmentId: null, name: '审核员' };
const editor: Actor = { id: 3, role: 'editor', departmentId: 7, name: '信息员' };
const supervisor: Actor = { id: 4, role: 'supervisor', departmentId: null, name: '监督员' };

type Step = [action: CaseAction, actor: CaseActor, input: CaseActionInput, today: string];

/** Runs steps from nothing; every step must be allowed. */
const run = (steps: Step[]): ApplicationCase =>
  steps.reduce<ApplicationCase | null>((current, [action, actor, input, today]) => {
    const verdict = checkCaseAction({ case: current, action, actor, input, settings, today });
    if (!verdict.isAllowed) throw new Error(`${action} refused: ${refusalMessage(verdict.refusal, 'en')}`);
    return verdict.case;
  }, null)!;

const day = '2022-03-01';
const note = { note: '说明' };
const validInput: Record<CaseAction, CaseActionInput> = {
  receive: {}, accept: {}, requestCorrection: note, amend: note, lapse: {}, extend: note, consult: note,
  endConsultation: {}, decide: { decision: 'disclosed', note: '请登录学校信息公开专栏下载' }, reply: {}, close: {}, withdraw: note,
};
// Each status reached by the shortest path of admin actions on one day.
const pathTo: Record<CaseStatus, CaseAction[]> = {
  received: ['receive'],
  accepted: ['receive', 'accept'],
  correctionRequested: ['receive', 'requestCorrection'],
  consulting: ['receive', 'accept', 'consult'],
  decided: ['receive', 'accept', 'decide'],
  replied: ['receive', 'accept', 'decide', 'reply'],
  closed: ['receive', 'accept', 'decide', 'reply', 'close'],
  withdrawn: ['receive', 'withdraw'],
};
const caseIn = (status: CaseStatus) => run(pathTo[status].map((action): Step => [action, admin, validInput[action], day]));
// The correction window (15 working days from 1 Mar 2022) ends on 22 Mar; lapse needs a later day.
const todayFor = (action: CaseAction) => (action === 'lapse' ? '2022-03-23' : day);

const check = (current: ApplicationCase | null, action: string, actor: CaseActor = admin, input: CaseActionInput = {}, today = day) =>
  checkCaseAction({ case: current, action, actor, input, settings, today });
const refusalOf = (verdict: ReturnType<typeof check>): Refusal => {
  if (verdict.isAllowed) throw new Error('expected a refusal');
  return verdict.refusal;
};

describe('the lifecycle table: every legal transition', () => {
  for (const transition of caseTransitions) {
    it(`${transition.action}: ${transition.from ?? '(new)'} → ${transition.to}`, () => {
      const current = transition.from === null ? null : caseIn(transition.from);
      const verdict = check(current, transition.action, admin, validInput[transition.action], todayFor(transition.action));
      expect(verdict.isAllowed).toBe(true);
      if (!verdict.isAllowed) return;
      expect(verdict.case.status).toBe(transition.to);
      expect(verdict.event).toMatchObject({ action: transition.action, from: transition.from, to: transition.to, at: todayFor(transition.action) });
      expect(verdict.event.by).toEqual({ id: 1, role: 'admin', name: '信息公开办主任' });
      expect(verdict.case.events.at(-1)).toEqual(verdict.event);
    });
  }
});

describe('the lifecycle table: every illegal transition is refused, saying what is possible', () => {
  for (const status of caseStatuses) {
    for (const action of caseActions) {
      if (caseTransitions.some((row) => row.from === status && row.action === action)) continue;
      it(`${action} from ${status}`, () => {
        const refusal = refusalOf(check(caseIn(status), action, admin, validInput[action], todayFor(action)));
        const expected = action === 'receive' ? 'caseAlreadyRegistered' : status === 'closed' || status === 'withdrawn' ? 'caseFinished' : 'caseActionNotInStatus';
        expect(refusal).toMatchObject({ key: expected, path: 'action' });
      });
    }
  }

  it('names the status, the action and the possible actions in Chinese', () => {
    const refusal = refusalOf(check(caseIn('correctionRequested'), 'decide', admin, validInput.decide));
    expect(refusalMessage(refusal, 'zh')).toBe('申请当前为「待补正」，不能进行「作出答复决定」。当前可以进行的操作：收到补正、逾期未补正，视为撤回、申请人撤回申请。');
    expect(refusalMessage(refusalOf(check(caseIn('closed'), 'reply')), 'zh')).toContain('办理已经结束');
  });

  it('tells the applicant only what the applicant can do', () => {
    const refusal = refusalOf(check(caseIn('received'), 'amend', 'applicant', note));
    expect(refusalMessage(refusal, 'zh')).toBe('申请当前为「已收到（待受理）」，不能进行「收到补正」。当前可以进行的操作：申请人撤回申请。');
    expect(refusalMessage(refusalOf(check(caseIn('decided'), 'accept', editor)), 'en')).toBe('"Accept" is not possible while the application is "Decided (reply not yet sent)". Possible now: nothing.');
  });

  it('refuses actions on a case not yet registered, and unknown actions', () => {
    expect(refusalOf(check(null, 'accept'))).toMatchObject({ key: 'caseNotRegistered' });
    expect(refusalOf(check(caseIn('accepted'), 'approve'))).toEqual({ key: 'caseActionUnknown', path: 'action', params: { action: 'approve' } });
  });
});

describe('who may act', () => {
  it('gives department editors and supervisors no action at all', () => {
    for (const actor of [editor, supervisor]) {
      expect(availableCaseActions({ current: caseIn('accepted'), actor })).toEqual([]);
      const refusal = refusalOf(check(caseIn('received'), 'accept', actor));
      expect(refusal.key).toBe('caseActionNotAllowedFor');
      expect(refusalMessage(refusal, 'zh')).toBe('只有管理员或信息公开办公室审核员可以进行「受理」。');
      expect(refusalMessage(refusal, 'en')).toBe('Only administrators or disclosure-office reviewers may take the action "Accept".');
    }
  });

  it('lets reviewers handle cases, but only administrators extend (the head of office approves)', () => {
    expect(check(caseIn('received'), 'accept', reviewer).isAllowed).toBe(true);
    expect(refusalOf(check(caseIn('accepted'), 'extend', reviewer, note))).toEqual({ key: 'caseExtensionAdminOnly', path: 'action' });
    expect(availableCaseActions({ current: caseIn('accepted'), actor: reviewer })).not.toContain('extend');
    expect(availableCaseActions({ current: caseIn('accepted'), actor: admin })).toContain('extend');
  });

  it('lets the applicant file, amend and withdraw, and nothing else', () => {
    const filed = check(null, 'receive', 'applicant', { receivedOn: '2022-01-01' }, day);
    // The public site cannot backdate an application.
    expect(filed).toMatchObject({ isAllowed: true, case: { receivedOn: day }, event: { by: 'applicant', receivedOn: day, days: 15 } });
    expect(availableCaseActions({ current: caseIn('correctionRequested'), actor: 'applicant' })).toEqual(['amend', 'withdraw']);
    expect(availableCaseActions({ current: caseIn('replied'), actor: 'applicant' })).toEqual([]);
    expect(refusalOf(check(caseIn('received'), 'accept', 'applicant')).key).toBe('caseActionNotAllowedFor');
    // The applicant's own withdrawal needs no note; staff recording one must say how it came.
    expect(check(caseIn('accepted'), 'withdraw', 'applicant').isAllowed).toBe(true);
    expect(refusalOf(check(caseIn('accepted'), 'withdraw', reviewer))).toMatchObject({ key: 'caseNoteRequired', path: 'note' });
  });

  it('lets the system register imports, close lapsed corrections and file replied cases', () => {
    expect(availableCaseActions({ current: null, actor: 'system' })).toEqual(['receive']);
    expect(availableCaseActions({ current: caseIn('correctionRequested'), actor: 'system' })).toEqual(['lapse']);
    expect(availableCaseActions({ current: caseIn('replied'), actor: 'system' })).toEqual(['close']);
  });
});

describe('what each action requires', () => {
  it('registers letters with their date of arrival, not in the future', () => {
    expect(check(null, 'receive', reviewer, { receivedOn: '2022-02-25' })).toMatchObject({ isAllowed: true, case: { status: 'received', receivedOn: '2022-02-25' } });
    expect(refusalOf(check(null, 'receive', reviewer, { receivedOn: '2022-03-02' }))).toEqual({
      key: 'caseReceivedInFuture', path: 'receivedOn', params: { date: '2022-03-02', today: day },
    });
    expect(refusalOf(check(null, 'receive', reviewer, { receivedOn: '2022-02-30' }))).toMatchObject({ key: 'dateMalformed', path: 'receivedOn' });
  });

  it('needs a note saying what to correct, and asks for a correction once only', () => {
    const refusal = refusalOf(check(caseIn('received'), 'requestCorrection'));
    expect(refusal).toMatchObject({ key: 'caseNoteRequired', path: 'note' });
    expect(refusalMessage(refusal, 'zh')).toBe('进行「告知补正」须填写需要补正的内容（一次性告知申请人需要更改、补充的全部事项）。');
    const amended = run([['receive', admin, {}, day], ['requestCorrection', admin, note, day], ['amend', 'applicant', { note: '补正后的内容' }, '2022-03-03']]);
    expect(refusalOf(check(amended, 'requestCorrection', admin, note))).toEqual({ key: 'caseCorrectionOnlyOnce', path: 'action', params: { date: day } });
    expect(refusalOf(check(caseIn('correctionRequested'), 'amend', 'applicant', { note: '  ' }))).toMatchObject({ key: 'caseNoteRequired' });
  });

  it('closes an uncorrected case only after the correction window, counted as 逾期不补正', () => {
    const waiting = caseIn('correctionRequested');
    expect(refusalOf(check(waiting, 'lapse', 'system', {}, '2022-03-22'))).toEqual({ key: 'caseCorrectionStillOpen', path: 'action', params: { dueOn: '2022-03-22' } });
    const lapsed = check(waiting, 'lapse', 'system', {}, '2022-03-23');
    expect(lapsed).toMatchObject({ isAllowed: true, case: { status: 'withdrawn', decision: 'other.noCorrection' }, event: { by: 'system', decision: 'other.noCorrection' } });
  });

  it('extends once, with a reason, before the deadline has passed', () => {
    expect(refusalOf(check(caseIn('accepted'), 'extend'))).toMatchObject({ key: 'caseNoteRequired' });
    const extended = check(caseIn('accepted'), 'extend', admin, { note: '需要调取多个部门档案' });
    expect(extended).toMatchObject({ isAllowed: true, event: { action: 'extend', from: 'accepted', to: 'accepted', days: 15, note: '需要调取多个部门档案' } });
    if (!extended.isAllowed) return;
    expect(refusalOf(check(extended.case, 'extend', admin, note))).toEqual({ key: 'caseExtensionOnlyOnce', path: 'action', params: { date: day, days: 15 } });
    // Received 1 Mar 2022, due 22 Mar: on 23 Mar it is too late.
    expect(refusalOf(check(caseIn('accepted'), 'extend', admin, note, '2022-03-23'))).toEqual({ key: 'caseExtensionTooLate', path: 'action', params: { dueOn: '2022-03-22' } });
    expect(check(caseIn('consulting'), 'extend', admin, note)).toMatchObject({ isAllowed: true, case: { status: 'consulting' } });
  });

  it('needs a valid decision with its note, and checks the fee', () => {
    const accepted = caseIn('accepted');
    expect(refusalOf(check(accepted, 'decide', admin, { note: 'x' }))).toEqual({ key: 'caseDecisionRequired', path: 'decision' });
    expect(refusalOf(check(accepted, 'decide', admin, { decision: 'withheld', note: 'x' }))).toMatchObject({ key: 'caseDecisionInvalid', path: 'decision' });
    expect(refusalOf(check(accepted, 'decide', admin, { decision: 'other.noCorrection', note: 'x' }))).toMatchObject({ key: 'caseDecisionByLapseOnly' });
    expect(refusalOf(check(accepted, 'decide', admin, { decision: 'unableToProvide.stillUnclear', note: 'x' }))).toMatchObject({ key: 'caseStillUnclearNeedsCorrection' });
    const withheld = refusalOf(check(accepted, 'decide', admin, { decision: 'withheld.thirdPartyRights' }));
    expect(refusalMessage(withheld, 'zh')).toBe('作出「保护第三方合法权益」决定须填写理由和依据（如所依据的法律法规条款），答复书将据此告知申请人。');
    expect(refusalMessage(refusalOf(check(accepted, 'decide', admin, { decision: 'disclosed' })), 'zh')).toContain('获取信息的方式和途径');
    expect(refusalOf(check(accepted, 'decide', admin, { decision: 'disclosed', note: 'x', fee: { charged: -1 } }))).toMatchObject({ key: 'caseFeeInvalid', path: 'fee.charged' });
    expect(refusalOf(check(accepted, 'decide', admin, { decision: 'disclosed', note: 'x', fee: { waived: 1.5 } }))).toMatchObject({ key: 'caseFeeInvalid', path: 'fee.waived' });
    const decided = check(accepted, 'decide', admin, { decision: 'partlyDisclosed', note: '第2项涉及个人隐私', fee: { charged: 2000, waived: 500 } });
    expect(decided).toMatchObject({ isAllowed: true, case: { decision: 'partlyDisclosed', fee: { charged: 2000, waived: 500 } } });
  });

  it('allows 补正后仍不明确 after a correction, and changing a decision before the reply', () => {
    const amended = run([['receive', admin, {}, day], ['requestCorrection', admin, note, day], ['amend', admin, note, '2022-03-02']]);
    const unclear = check(amended, 'decide', admin, { decision: 'unableToProvide.stillUnclear', note: '仍无法确定所需信息' });
    expect(unclear).toMatchObject({ isAllowed: true, case: { decision: 'unableToProvide.stillUnclear' } });
    if (!unclear.isAllowed) return;
    expect(check(unclear.case, 'decide', admin, { decision: 'unableToProvide.notHeld', note: '本校不掌握' })).toMatchObject({ case: { status: 'decided', decision: 'unableToProvide.notHeld' } });
  });

  it('counts a withdrawal as 其他处理 · 其他 and drops a fee never charged', () => {
    const decided = run([['receive', admin, {}, day], ['accept', admin, {}, day], ['decide', admin, { decision: 'disclosed', note: 'x', fee: { charged: 100 } }, day]]);
    expect(check(decided, 'withdraw', 'applicant')).toMatchObject({ case: { status: 'withdrawn', decision: 'other.other', fee: { charged: 0, waived: 0 } } });
  });

  it('refuses a note longer than 5,000 characters', () => {
    const refusal = refusalOf(check(caseIn('accepted'), 'consult', admin, { note: '征'.repeat(5001) }));
    expect(refusal).toMatchObject({ key: 'applicationFieldTooLong', path: 'note', params: { max: 5000, length: 5001 } });
  });
});

describe('a case from receipt to filing, with its log and its clock', () => {
  // Received Mon 19 Sep 2022; third party consulted 27 Sep, answered 10 Oct (National Day week
  // and its make-up weekend in between); extended 14 Oct; decided 9 Nov, replied 10 Nov.
  const steps: Step[] = [
    ['receive', 'applicant', {}, '2022-09-19'],
    ['accept', reviewer, {}, '2022-09-20'],
    ['consult', reviewer, { note: '征求某公司意见：合同是否涉及商业秘密' }, '2022-09-27'],
    ['endConsultation', reviewer, { note: '第三方同意公开' }, '2022-10-10'],
    ['extend', admin, { note: '涉及档案调取' }, '2022-10-14'],
    ['decide', reviewer, { decision: 'disclosed', note: '见附件', fee: { charged: 0, waived: 1200 } }, '2022-11-09'],
    ['reply', reviewer, { note: 'EMS 1234' }, '2022-11-10'],
    ['close', 'system', {}, '2022-11-20'],
  ];
  const filed = run(steps);

  it('logs each action with who, when, from, to and note', () => {
    expect(filed.events.map((event) => [event.action, event.at, event.from, event.to])).toEqual([
      ['receive', '2022-09-19', null, 'received'],
      ['accept', '2022-09-20', 'received', 'accepted'],
      ['consult', '2022-09-27', 'accepted', 'consulting'],
      ['endConsultation', '2022-10-10', 'consulting', 'accepted'],
      ['extend', '2022-10-14', 'accepted', 'accepted'],
      ['decide', '2022-11-09', 'accepted', 'decided'],
      ['reply', '2022-11-10', 'decided', 'replied'],
      ['close', '2022-11-20', 'replied', 'closed'],
    ]);
    expect(filed.events[2]).toEqual({
      action: 'consult', at: '2022-09-27', by: { id: 2, role: 'reviewer', name: '审核员' }, from: 'accepted', to: 'consulting',
      note: '征求某公司意见：合同是否涉及商业秘密', days: 15,
    });
    expect(filed.events[5]).toMatchObject({ decision: 'disclosed', fee: { charged: 0, waived: 1200 } });
  });

  it('rebuilds the same case from its log', () => {
    expect(replayCase(filed.events)).toEqual(filed);
  });

  it('reads the clock from the log: paused while consulting, extended once, replied on time', () => {
    expect(caseTimeline(filed)).toEqual({
      receivedOn: '2022-09-19', replyWithin: 15, extensionDays: 15,
      pauses: [{ from: '2022-09-27', to: '2022-10-10', limit: 15 }], stoppedOn: '2022-11-10',
    });
    const consulting = run(steps.slice(0, 3));
    expect(caseClock({ current: consulting, calendar: officialCalendars, today: '2022-10-09' })).toMatchObject({ isPaused: true, used: 6 });
    expect(caseClock({ current: filed, calendar: officialCalendars, today: '2023-01-01' })).toMatchObject({ dueOn: '2022-11-11', used: 29, isOverdue: false, isStopped: true });
  });

  it('gives the statistics their facts, without personal data', () => {
    expect(caseFactsOf({ current: filed, applicantType: 'organisation.legalServiceInstitution', calendar: officialCalendars })).toEqual({
      applicantType: 'organisation.legalServiceInstitution', receivedOn: '2022-09-19', decision: 'disclosed', decidedOn: '2022-11-09',
      repliedOn: '2022-11-10', withdrawnOn: null, dueOn: '2022-11-11', workingDaysUsed: 29, extended: true, feeCharged: 0, feeWaived: 1200,
    });
  });
});

describe('refusal messages', () => {
  it('render in both languages with every placeholder filled', () => {
    const refusals: Refusal[] = [];
    for (const status of caseStatuses) {
      for (const action of caseActions) {
        for (const actor of [admin, reviewer, editor, 'applicant', 'system'] as const) {
          for (const input of [{}, validInput[action]]) {
            const verdict = check(caseIn(status), action, actor, input, todayFor(action));
            if (!verdict.isAllowed) refusals.push(verdict.refusal);
          }
        }
      }
    }
    expect(new Set(refusals.map((refusal) => refusal.key)).size).toBeGreaterThan(5);
    for (const refusal of refusals) {
      for (const language of ['zh', 'en'] as const) expect(refusalMessage(refusal, language)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('what each action asks for (the dialog’s inputs)', () => {
  it('asks for the note the rules require, with what it must say', () => {
    expect(caseActionInputs({ action: 'extend', actor: admin })).toEqual({ note: { isRequired: true, what: expect.objectContaining({ zh: '延长答复期限的理由' }) }, decision: false, fee: false, receivedOn: false });
    expect(caseActionInputs({ action: 'accept', actor: reviewer })).toEqual({ note: { isRequired: false, what: null }, decision: false, fee: false, receivedOn: false });
    expect(caseActionInputs({ action: 'decide', actor: reviewer })).toMatchObject({ note: { isRequired: true }, decision: true, fee: true });
    expect(caseActionInputs({ action: 'receive', actor: reviewer }).receivedOn).toBe(true);
    expect(caseActionInputs({ action: 'receive', actor: 'applicant' }).receivedOn).toBe(false);
    // Staff recording a withdrawal say how it came; the applicant withdrawing online need not.
    expect(caseActionInputs({ action: 'withdraw', actor: reviewer }).note.isRequired).toBe(true);
    expect(caseActionInputs({ action: 'withdraw', actor: 'applicant' }).note.isRequired).toBe(false);
  });

  it('agrees with checkCaseAction: an action without its required note is refused at the note', () => {
    for (const action of caseActions) {
      const inputs = caseActionInputs({ action, actor: admin });
      if (!inputs.note.isRequired || action === 'decide' || action === 'receive') continue;
      const from = caseTransitions.find((transition) => transition.action === action)!.from!;
      const verdict = check(caseIn(from), action, admin, {}, todayFor(action));
      expect(refusalOf(verdict).path, action).toBe('note');
    }
  });

  it('offers the decisions a decide accepts: never 逾期不补正, 仍不明确 only after an amendment', () => {
    const accepted = caseIn('accepted');
    const choices = decisionChoicesFor(accepted);
    expect(choices).not.toContain('other.noCorrection');
    expect(choices).not.toContain('unableToProvide.stillUnclear');
    expect(choices).toContain('disclosed');
    for (const decision of decisionCodes) {
      const verdict = check(accepted, 'decide', admin, { decision, note: '理由' });
      expect(verdict.isAllowed, decision).toBe(choices.includes(decision));
    }
    const amended = run([
      ['receive', admin, {}, day],
      ['requestCorrection', admin, note, day],
      ['amend', admin, note, '2022-03-02'],
    ]);
    expect(decisionChoicesFor(amended)).toContain('unableToProvide.stillUnclear');
  });
});
