import { describe, expect, it } from 'vitest';
import { decideLoginAttempt, loginThrottlePolicy, type LoginThrottleState } from './loginThrottle';

const start = new Date('2026-01-05T08:00:00.000Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** Runs `count` attempts one second apart from a state, returning the decisions. */
const attempt = (count: number, from: LoginThrottleState | null = null, at = start) => {
  let state = from;
  const decisions = [];
  for (let index = 0; index < count; index += 1) {
    const decision = decideLoginAttempt({ state, now: new Date(at.getTime() + index * 1000) });
    decisions.push(decision);
    state = decision.next;
  }
  return { decisions, state: state! };
};

describe('sign-in throttling per account and address', () => {
  it('allows the policy’s number of attempts in a window, then refuses for the lock time', () => {
    const { decisions, state } = attempt(loginThrottlePolicy.maxAttempts + 1);
    expect(decisions.slice(0, loginThrottlePolicy.maxAttempts).every((d) => d.isAllowed)).toBe(true);
    expect(decisions.at(-1)).toMatchObject({ isAllowed: false, retryAfterMinutes: 15 });

    expect(Date.parse(state.lockedUntil!)).toBeGreaterThan(later(14.9).getTime());
  });

  it('keeps refusing while locked, telling how many minutes remain, without extending the lock', () => {
    const { state } = attempt(loginThrottlePolicy.maxAttempts + 1);
    const during = decideLoginAttempt({ state, now: later(10) });
    expect(during).toMatchObject({ isAllowed: false, retryAfterMinutes: 6 });
    expect(during.next).toBe(state);
  });

  it('starts afresh once the lock has passed', () => {
    const { state } = attempt(loginThrottlePolicy.maxAttempts + 1);
    expect(decideLoginAttempt({ state, now: later(16) })).toMatchObject({ isAllowed: true, next: { attempts: 1, lockedUntil: null } });
  });

  it('forgets attempts older than the window', () => {
    const { state } = attempt(loginThrottlePolicy.maxAttempts);
    expect(decideLoginAttempt({ state, now: later(14) }).isAllowed).toBe(false);
    expect(decideLoginAttempt({ state, now: later(15) })).toMatchObject({ isAllowed: true, next: { attempts: 1, windowStartedAt: later(15).toISOString() } });
  });

  it('counts within the window from its first attempt', () => {
    const first = decideLoginAttempt({ state: null, now: start });
    expect(first).toEqual({ isAllowed: true, next: { attempts: 1, windowStartedAt: start.toISOString(), lockedUntil: null } });
    const second = decideLoginAttempt({ state: first.next, now: later(5) });
    expect(second.next).toEqual({ attempts: 2, windowStartedAt: start.toISOString(), lockedUntil: null });
  });
});

describe('the edges of the throttle', () => {
  it('lets an attempt through exactly when the lock ends', () => {
    const { state } = attempt(loginThrottlePolicy.maxAttempts + 1);
    expect(decideLoginAttempt({ state, now: new Date(Date.parse(state.lockedUntil!)) }).isAllowed).toBe(true);
    expect(decideLoginAttempt({ state, now: new Date(Date.parse(state.lockedUntil!) - 1) }).isAllowed).toBe(false);
  });

  it('starts a new window after a lock even when the old window would still be open', () => {
    const policy = { maxAttempts: 2, windowMinutes: 60, lockMinutes: 1 } as const;
    let state: LoginThrottleState | null = null;
    for (let index = 0; index < 3; index += 1) state = decideLoginAttempt({ state, now: start, policy }).next;
    expect(state!.lockedUntil).not.toBeNull();
    const after = decideLoginAttempt({ state, now: later(2), policy });
    expect(after).toEqual({ isAllowed: true, next: { attempts: 1, windowStartedAt: later(2).toISOString(), lockedUntil: null } });
  });

  it('reads a stored state without a window as a fresh one', () => {
    const decision = decideLoginAttempt({ state: { attempts: 7, windowStartedAt: null, lockedUntil: null }, now: start });
    expect(decision.next).toEqual({ attempts: 1, windowStartedAt: start.toISOString(), lockedUntil: null });
  });

  it('keeps counting within the window without a lock', () => {
    const decision = decideLoginAttempt({ state: { attempts: 3, windowStartedAt: later(-1).toISOString(), lockedUntil: null }, now: start });
    expect(decision.next.attempts).toBe(4);
  });
});
