/**
 * Sign-in throttling per account *and* client address: failures from one address cannot lock
 * the account for everyone else (which anyone could otherwise do to any account), while one
 * address still cannot try passwords endlessly. Every attempt counts until a sign-in succeeds.
 */
export type LoginThrottlePolicy = { maxAttempts: number; windowMinutes: number; lockMinutes: number };
export const loginThrottlePolicy: LoginThrottlePolicy = { maxAttempts: 10, windowMinutes: 15, lockMinutes: 15 };

export type LoginThrottleState = { attempts: number; windowStartedAt: string | null; lockedUntil: string | null };

export type LoginThrottleDecision =
  | { isAllowed: true; next: LoginThrottleState }
  | { isAllowed: false; retryAfterMinutes: number; next: LoginThrottleState };

const minute = 60_000;

/** Decides an attempt to sign in and the state to store for the next one. */
export const decideLoginAttempt = ({ state, now, policy = loginThrottlePolicy }: { state: LoginThrottleState | null; now: Date; policy?: LoginThrottlePolicy }): LoginThrottleDecision => {
  const at = now.getTime();
  const lockedUntil = state?.lockedUntil ? Date.parse(state.lockedUntil) : 0;
  if (state && lockedUntil > at) return { isAllowed: false, retryAfterMinutes: Math.ceil((lockedUntil - at) / minute), next: state };
  const windowStart = state?.windowStartedAt ? Date.parse(state.windowStartedAt) : 0;
  const isFreshWindow = !state || lockedUntil > 0 || at - windowStart >= policy.windowMinutes * minute;
  const attempts = (isFreshWindow ? 0 : state.attempts) + 1;
  const next: LoginThrottleState = { attempts, windowStartedAt: isFreshWindow ? now.toISOString() : state!.windowStartedAt, lockedUntil: null };
  if (attempts > policy.maxAttempts) {
    return { isAllowed: false, retryAfterMinutes: policy.lockMinutes, next: { ...next, lockedUntil: new Date(at + policy.lockMinutes * minute).toISOString() } };
  }
  return { isAllowed: true, next };
};
