import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { workingDaysBetween } from '../calendar';
import { caseFactsOf, type CaseFacts } from './caseFacts';
import { applicantTypes, type ApplicantType } from './caseModel';
import { caseClock, replayCase, type ApplicationCase } from './caseState';
import { applicationStatistics } from './caseStatistics';
import { checkCaseAction, type CaseActor } from './checkCaseAction';
import { effectiveWorkingDay } from './deadline';
import { caseActions, caseTransitions } from './lifecycle';
import { officialCalendars as calendar } from './officialCalendars.fixture';
import { decisionCodes } from './outcomes';
import { defaultApplicationSettings } from './settings';

/**
 * Random walks through the lifecycle: whatever anyone tries in whatever order, a case only ever
 * moves along the table, is rebuilt by its log, and yields facts the statistics can count.
 */
const settings = { ...defaultApplicationSettings, calendar };
const admin: Actor = { id: 1, role: 'admin', departmentId: null };
const reviewer: Actor = { id: 2, role: 'reviewer', departmentId: null };
const editor: Actor = { id: 3, role: 'editor', departmentId: 1 };
const plusDays = (date: string, count: number) => new Date(Date.parse(`${date}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);

type Step = { action: string; actor: CaseActor; withNote: boolean; decision: string; fee: number; wait: number };
type Walk = { receivedOffset: number; applicantType: ApplicantType; steps: Step[] };

// Withdrawals and corrections end or divert a walk, so they are drawn rarely to let walks reach
// replies; now and then an action that does not exist.
const rare = ['withdraw', 'lapse', 'requestCorrection'];
const actionArb = fc.oneof(
  { arbitrary: fc.constantFrom(...caseActions.filter((action) => !rare.includes(action))), weight: 20 },
  { arbitrary: fc.constantFrom(...rare, 'publish'), weight: 2 },
);
const stepArb: fc.Arbitrary<Step> = fc.record({
  action: actionArb,
  // Mostly the office with a note, so that walks get far; the others are mostly refused.
  actor: fc.oneof({ arbitrary: fc.constantFrom<CaseActor>(admin, reviewer), weight: 8 }, { arbitrary: fc.constantFrom<CaseActor>(editor, 'applicant', 'system'), weight: 2 }),
  withNote: fc.integer({ min: 0, max: 5 }).map((draw) => draw > 0),
  decision: fc.constantFrom(...decisionCodes),
  fee: fc.nat({ max: 5000 }),
  wait: fc.integer({ min: 0, max: 12 }),
});
const walkArb: fc.Arbitrary<Walk> = fc.record({
  receivedOffset: fc.integer({ min: 0, max: 700 }),
  applicantType: fc.constantFrom(...applicantTypes),
  steps: fc.array(stepArb, { minLength: 5, maxLength: 40, size: 'medium' }),
});

const walk = ({ receivedOffset, steps }: Walk) => {
  let today = plusDays('2021-01-01', receivedOffset);
  const received = checkCaseAction({ case: null, action: 'receive', actor: reviewer, settings, today });
  if (!received.isAllowed) throw new Error('receipt refused');
  let current: ApplicationCase = received.case;
  const visited: ApplicationCase[] = [current];
  for (const step of steps) {
    today = plusDays(today, step.wait);
    const input = { note: step.withNote ? '说明' : null, decision: step.decision, fee: { charged: step.fee } };
    const verdict = checkCaseAction({ case: current, action: step.action, actor: step.actor, input, settings, today });
    if (!verdict.isAllowed) continue;
    expect(caseTransitions.some((row) => row.action === verdict.event.action && row.from === current.status && row.to === verdict.case.status)).toBe(true);
    current = verdict.case;
    visited.push(current);
  }
  return { current, visited, today };
};

describe('random walks through the lifecycle', () => {
  it('move only along the table and are rebuilt by their log', () => {
    fc.assert(
      fc.property(walkArb, (input) => {
        const { current, visited, today } = walk(input);
        expect(replayCase(current.events)).toEqual(current);
        for (const state of visited) {
          if (['replied', 'closed', 'withdrawn'].includes(state.status)) expect(state.decision).not.toBeNull();
        }
        // Pauses only ever take days out of the count.
        const clock = caseClock({ current, calendar, today });
        const start = effectiveWorkingDay({ date: current.receivedOn, calendar });
        expect(clock.used).toBeLessThanOrEqual(Math.max(0, workingDaysBetween({ from: start, to: clock.isStopped ? current.events.at(-1)!.at : today, calendar })));
        expect(current.events.filter((event) => event.action === 'extend').length).toBeLessThanOrEqual(1);
        expect(current.events.filter((event) => event.action === 'requestCorrection').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('give facts whose statistics add up in any period', () => {
    fc.assert(
      fc.property(fc.array(walkArb, { maxLength: 15 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 400 }), (walks, from, length) => {
        const facts: CaseFacts[] = walks.map((input) => caseFactsOf({ current: walk(input).current, applicantType: input.applicantType, calendar }));
        for (const fact of facts) {
          if (fact.repliedOn ?? fact.withdrawnOn) expect(fact.decision !== null && fact.dueOn !== null).toBe(true);
        }
        const period = { from: plusDays('2021-01-01', from), to: plusDays('2021-01-01', from + length) };
        const stats = applicationStatistics({ cases: facts, period });
        expect(stats.carriedOver + stats.received).toBe(stats.concluded + stats.carriedIntoNext);
      }),
      { numRuns: 50 },
    );
  });
});
