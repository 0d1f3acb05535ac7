import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { formatMessage } from '../messages';
import { refusalMessage } from '../refusal';
import { type ApplicationCase } from './caseState';
import { checkCaseAction, type CaseActionInput, type CaseActor } from './checkCaseAction';
import { feedbackReceiptPrefix, generateReceiptCode, parseReceiptCode } from './codes';
import { caseActions, type CaseAction } from './lifecycle';
import { officialCalendars } from './officialCalendars.fixture';
import { decisionCodes } from './outcomes';
import { caseEventLabels, publicCaseView, publicDecisionLabel } from './publicView';
import { defaultApplicationSettings, type ApplicationSettings } from './settings';
import { checkSubmissionKey } from './submission';
import { validateApplication } from './applicationInput';

const settings: ApplicationSettings = { ...defaultApplicationSettings, calendar: officialCalendars };
const reviewer: Actor = { id: 2, role: 'reviewer', departmentId: null, name: '审核员王五' };
const admin: Actor = { id: 1, role: 'admin', departmentId: null, name: '主任赵六' };

const run = (steps: [CaseAction, CaseActor, CaseActionInput, string][]): ApplicationCase =>
  steps.reduce<ApplicationCase | null>((current, [action, actor, input, today]) => {
    const verdict = checkCaseAction({ case: current, action, actor, input, settings, today });
    if (!verdict.isAllowed) throw new Error(`${action}: ${refusalMessage(verdict.refusal, 'en')}`);
    return verdict.case;
  }, null)!;

const view = (current: ApplicationCase, today: string) => publicCaseView({ current, applicantType: 'naturalPerson', calendar: officialCalendars, today });

describe('the public view of a case', () => {
  it('shows a new online application as received, with its deadline and a one-line timeline', () => {
    // Received Monday 19 September 2022: due Thursday 13 October (National Day week off, 8–9 October worked).
    const current = run([['receive', 'applicant', {}, '2022-09-19']]);
    expect(view(current, '2022-09-20')).toEqual({
      status: 'received',
      receivedOn: '2022-09-19',
      dueOn: '2022-10-13',
      isPaused: false,
      extended: false,
      timeline: [{ on: '2022-09-19', action: 'receive' }],
      decision: null,
    });
  });

  it('gives dates and actions only: no staff note, name or fee reaches the view', () => {
    const current = run([
      ['receive', 'applicant', {}, '2022-09-19'],
      ['accept', reviewer, {}, '2022-09-20'],
      ['consult', reviewer, { note: '征求第三方李四（身份证 110105194912310021）意见' }, '2022-09-27'],
      ['endConsultation', reviewer, {}, '2022-10-10'],
      ['extend', admin, { note: '内容复杂，经主任同意延期' }, '2022-10-11'],
      ['decide', reviewer, { decision: 'withheld.thirdPartyRights', note: '涉及第三方李四的个人隐私', fee: { charged: 1200, waived: 0 } }, '2022-10-20'],
    ]);
    const shown = view(current, '2022-10-21');
    const text = JSON.stringify(shown);
    for (const secret of ['李四', '110105194912310021', '王五', '赵六', '主任', '1200', 'reviewer', 'admin', 'note', 'fee']) expect(text).not.toContain(secret);
    expect(shown.timeline.map((entry) => entry.action)).toEqual(['receive', 'accept', 'consult', 'endConsultation', 'extend', 'decide']);
    expect(shown).toMatchObject({ status: 'decided', extended: true, isPaused: false, decision: null, dueOn: '2022-11-11' });
  });

  it('reveals the decision once the reply is sent, and keeps it after closing', () => {
    const decided = run([
      ['receive', 'applicant', {}, '2022-09-19'],
      ['accept', reviewer, {}, '2022-09-20'],
      ['decide', reviewer, { decision: 'partlyDisclosed', note: '部分公开，理由见答复书' }, '2022-09-28'],
    ]);
    expect(view(decided, '2022-09-28').decision).toBeNull();
    const replied = run([...decided.events.map((event) => [event.action, event.by === 'applicant' ? 'applicant' : reviewer, { decision: event.decision, note: event.note ?? undefined }, event.at] as [CaseAction, CaseActor, CaseActionInput, string]), ['reply', reviewer, {}, '2022-09-29']]);
    expect(view(replied, '2022-09-30')).toMatchObject({ status: 'replied', decision: 'partlyDisclosed' });
    expect(publicDecisionLabel('partlyDisclosed')).toEqual({ zh: '部分公开', en: 'Partly disclosed' });
  });

  it('shows no deadline while the clock is paused for a correction', () => {
    const current = run([
      ['receive', 'applicant', {}, '2022-09-19'],
      ['requestCorrection', reviewer, { note: '请说明所需信息的年度' }, '2022-09-20'],
    ]);
    expect(view(current, '2022-09-22')).toMatchObject({ status: 'correctionRequested', isPaused: true, dueOn: null });
  });

  it('labels every action for the timeline and every decision for the applicant, in both languages', () => {
    for (const action of caseActions) expect(caseEventLabels[action].zh && caseEventLabels[action].en, action).toBeTruthy();
    for (const code of decisionCodes) {
      const label = publicDecisionLabel(code);
      expect(label.zh && label.en, code).toBeTruthy();
    }
    expect(publicDecisionLabel('withheld.stateSecret')).toEqual({ zh: '不予公开（属于国家秘密）', en: 'Withheld (State secret)' });
  });
});

describe('feedback receipt codes', () => {
  it('carry their own prefix, so the two lookups never take each other’s codes', () => {
    const code = generateReceiptCode({ year: 2026, prefix: feedbackReceiptPrefix, randomBytes: () => new Uint8Array([0, 31, 32, 63, 1, 2, 3, 4]) });
    expect(code).toBe('FK-2026-2Z2Z-3456');
    expect(parseReceiptCode('fk 2026 2z2z 3456', feedbackReceiptPrefix)).toBe(code);
    expect(parseReceiptCode(code)).toBeNull();
    expect(parseReceiptCode('YSQ-2026-2Z2Z-3456', feedbackReceiptPrefix)).toBeNull();
  });
});

describe('submission keys', () => {
  it('take a UUID or 22+ base64url characters, and refuse anything guessable or odd', () => {
    for (const key of ['5f0c1a9e-7d3b-4c8e-9a51-2b6f0d4e8c17', 'AbCdEfGhIjKlMnOpQrStUv', 'x'.repeat(128)]) expect(checkSubmissionKey(key), key).toBeNull();
    for (const key of ['', 'short', '1', 'x'.repeat(129), 'has space in it 0123456789', '<script>alert(1)</script>xx', 42, null]) {
      expect(checkSubmissionKey(key), String(key)).toEqual({ key: 'submissionKeyInvalid', path: 'submissionKey' });
    }
    expect(formatMessage('en', 'submissionKeyInvalid')).toContain('22–128');
  });
});

describe('phone numbers', () => {
  it('are refused beyond 30 characters, however well formed', () => {
    const valid = { applicantType: 'naturalPerson', name: '张三', informationRequested: '2022 年招生计划', form: 'electronic', delivery: 'collect' };
    expect(validateApplication({ input: { ...valid, phone: '138 0013 8000' }, settings }).isValid).toBe(true);
    const padded = `(${' '.repeat(30)}138 0013 8000)`;
    const verdict = validateApplication({ input: { ...valid, phone: padded }, settings });
    expect(verdict.isValid ? [] : verdict.refusals.map((refusal) => refusal.key)).toEqual(['phoneInvalid']);
  });
});
