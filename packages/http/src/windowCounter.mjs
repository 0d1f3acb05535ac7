// @ts-check
// Counts events per key (a client address) in fixed windows, for rate limits. A key's window opens
// at its first event and lasts `windowMs`. In process by default. With a Redis client, the count
// lives in Redis — one atomic script per event — so that every instance of an app behind a load
// balancer counts the same client once, not once per instance (N instances would otherwise allow
// N times the limit). Redis is never a dependency: if it fails or is slow, the event is counted
// in process, as without Redis.

// INCR, and on the window's first event its expiry; answers the count and the time left.
const countScript = `local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) left = tonumber(ARGV[1]) end
return {count, left}`;

/**
 * @param {{
 *   windowMs?: number;
 *   maxKeys?: number;
 *   redis?: { eval: (script: string, keyCount: number, ...args: string[]) => Promise<unknown> } | null;
 *   onRedisError?: (error: unknown) => void;
 * }} [options]
 * @returns {(key: string, now?: number) => Promise<{ count: number; resetInMs: number }>}
 */
export const createWindowCounter = ({ windowMs = 60_000, maxKeys = 50_000, redis = null, onRedisError = () => {} } = {}) => {
  /** @type {Map<string, { startedAt: number; count: number }>} */
  const windows = new Map();
  /** @param {string} key @param {number} now */
  const countHere = (key, now) => {
    // Beyond maxKeys, ended windows are dropped, so memory stays bounded.
    if (windows.size > maxKeys) for (const [other, window] of windows) if (now - window.startedAt >= windowMs) windows.delete(other);
    const window = windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      windows.set(key, { startedAt: now, count: 1 });
      return { count: 1, resetInMs: windowMs };
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.startedAt + windowMs - now };
  };
  return async (key, now = Date.now()) => {
    if (!redis) return countHere(key, now);
    try {
      const [count, left] = /** @type {[number, number]} */ (await redis.eval(countScript, 1, key, String(windowMs)));
      return { count: Number(count), resetInMs: Number(left) };
    } catch (error) {
      onRedisError(error);
      return countHere(key, now);
    }
  };
};
