import type { ScriptRunner } from '@xxgk/http';
import { connectOptionalRedis } from './optionalRedis';

/**
 * The Redis in which several gateway instances share their rate-limit counts (REDIS_URL), or null
 * for one gateway. A count that Redis cannot take is taken in process (see @xxgk/http's window
 * counter); until the connection is ready, without another warning.
 */
export const connectRateLimitRedis = ({ redisUrl, log, timeoutMs = 200 }: { redisUrl?: string; log: (message: string) => void; timeoutMs?: number }) => {
  const connection = connectOptionalRedis({
    redisUrl,
    keyPrefix: 'xxgk:rate:gateway:',
    timeoutMs,
    fallback: 'Redis 限流计数不可用，本实例自行计数 / Redis rate-limit counts unavailable, counting in this instance',
    log,
  });
  if (!connection) return null;
  const notReady = new Error('not connected');
  const runner: ScriptRunner = {
    eval: (script, keyCount, ...args) => (connection.isReady() ? connection.redis.eval(script, keyCount, ...args) : Promise.reject(notReady)),
  };
  const warn = (error: unknown) => (error === notReady ? undefined : connection.warn(error));
  return { redis: runner, warn, close: connection.close };
};
