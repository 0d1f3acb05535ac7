import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { caseColumnsDiffer, caseColumnsOf } from './caseColumns';
import type { ApplicationCase } from './caseState';
import { checkCaseAction, type CaseActionInput } from './checkCaseAction';
import type { CaseAction } from './lifecycle';
import { officialCalendars as calendar } from './officialCalendars.fixture';
import { defaultApplicationSettings } from './settings';

const settings = { ...defaultApplicationSettings, calendar };
const admin: Actor = { id: 1, role: 'admin', departmentId: null, name: '主任' };
type Step = [CaseAction, CaseActionInput, string];
const run = (steps: Step[]) =>
  steps.reduce<ApplicationCase | null>((current, [action, input, today]) => {
    const verdict = checkCaseAction({ case: current, action, actor: admin, input, settings, today });
    if (!verdict.isAllowed) throw new Error(`${action} refused: ${verdict.refusal.key}`);
    return verdict.case;
  }, null)!;
const columns = (current: ApplicationCase, today: string) => caseColumnsOf({ current, applicantType: 'naturalPerson', calendar, today });

// Received Monday 19 September 2022 (docs/APPLICATIONS.md): due Thursday 13 October across National Day.
const received: Step = ['receive', { receivedOn: '2022-09-19' }, '2022-09-19'];

describe('caseColumnsOf: the stored columns of a case, from its log', () => {
  it('keeps the running deadline while the clock runs, and nothing but the status and receipt besides', () => {
    const current = run([received, ['accept', {}, '2022-09-20']]);
    expect(columns(current, '2022-09-21')).toEqual({
      status: 'accepted', receivedOn: '2022-09-19', dueOn: '2022-10-13', isPaused: false, extended: false, decision: null,
      decidedOn: null, repliedOn: null, withdrawnOn: null, closedOn: null, workingDaysUsed: null, feeCharged: 0, feeWaived: 0,
      events: current.events,
    });
  });

  it('has no due date while paused, and the later one once the pause ended and after an extension', () => {
    const consulting = run([received, ['accept', {}, '2022-09-20'], ['consult', { note: '征求某公司意见' }, '2022-09-27']]);
    expect(columns(consulting, '2022-09-28')).toMatchObject({ status: 'consulting', dueOn: null, isPaused: true });
    const answered = run([...consulting.events.map((event): Step => [event.action, { note: event.note, receivedOn: event.receivedOn }, event.at]), ['endConsultation', {}, '2022-10-10']]);
    expect(columns(answered, '2022-10-10')).toMatchObject({ status: 'accepted', dueOn: '2022-10-21', isPaused: false, extended: false });
    const extended = run([
      ...answered.events.map((event): Step => [event.action, { note: event.note, receivedOn: event.receivedOn }, event.at]),
      ['extend', { note: '需要调取档案' }, '2022-10-11'],
    ]);
    expect(columns(extended, '2022-10-11')).toMatchObject({ dueOn: '2022-11-11', extended: true });
  });

  it('runs again, with a due date, once a consultation has outlasted its limit without an answer', () => {
    const consulting = run([received, ['accept', {}, '2022-09-20'], ['consult', { note: '征求某公司意见' }, '2022-09-27']]);
    // 15 working days after 27 September: 28–30 Sep, 8–14 Oct, 17–21 Oct → 21 October.
    expect(columns(consulting, '2022-10-21')).toMatchObject({ isPaused: true, dueOn: null });
    expect(columns(consulting, '2022-10-24')).toMatchObject({ isPaused: false, dueOn: expect.stringMatching(/^2022-1[01]-\d\d$/) });
  });

  it('keeps the deadline, days used, decision, fee and dates as they stood at the stop', () => {
    const replied = run([
      received,
      ['accept', {}, '2022-09-20'],
      ['decide', { decision: 'disclosed', note: '请到档案馆领取', fee: { charged: 1200, waived: 200 } }, '2022-09-30'],
      ['reply', {}, '2022-10-08'],
      ['close', {}, '2022-10-10'],
    ]);
    expect(columns(replied, '2026-01-05')).toMatchObject({
      status: 'closed', dueOn: '2022-10-13', isPaused: false, decision: 'disclosed', decidedOn: '2022-09-30',
      repliedOn: '2022-10-08', closedOn: '2022-10-10', withdrawnOn: null, workingDaysUsed: 10, feeCharged: 1200, feeWaived: 200,
    });
  });

  it('records a withdrawal as the end, counted in 其他', () => {
    const withdrawn = run([received, ['withdraw', { note: '申请人书面撤回' }, '2022-09-21']]);
    expect(columns(withdrawn, '2022-12-01')).toMatchObject({ status: 'withdrawn', withdrawnOn: '2022-09-21', decision: 'other.other', workingDaysUsed: 2, dueOn: '2022-10-13' });
  });

  it('tells when stored columns no longer match the log', () => {
    const current = run([received]);
    const derived = columns(current, '2022-09-20');
    expect(caseColumnsDiffer({ ...derived }, derived)).toBe(false);
    expect(caseColumnsDiffer({ ...derived, events: [] }, derived)).toBe(false);
    expect(caseColumnsDiffer({ ...derived, isPaused: true }, derived)).toBe(true);
    expect(caseColumnsDiffer({ ...derived, dueOn: undefined }, derived)).toBe(true);
  });
});
