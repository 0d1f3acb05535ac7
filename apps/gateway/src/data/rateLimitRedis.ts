import { Redis } from 'ioredis';

/**
 * The Redis connection in which several gateway instances share their rate-limit counts
 * (REDIS_URL), or null for one gateway. As with the response cache, Redis is never a dependency:
 * no offline queue and a short timeout, so a count that Redis cannot take is taken in process,
 * and the problem is logged at most once a minute.
 */
export const connectRateLimitRedis = ({ redisUrl, log, timeoutMs = 200 }: { redisUrl?: string; log: (message: string) => void; timeoutMs?: number }) => {
  if (!redisUrl) return null;
  let lastWarning = 0;
  // Until the connection is ready (at start, or while it reconnects, which the 'error' event
  // reports) counts are taken in process without another warning.
  const notReady = new Error('not connected');
  const warn = (error: unknown) => {
    if (error === notReady || Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    log(`Redis 限流计数不可用，本实例自行计数 / Redis rate-limit counts unavailable, counting in this instance: ${(error as Error).message}`);
  };
  const redis = new Redis(redisUrl, { keyPrefix: 'xxgk:rate:gateway:', enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: timeoutMs });
  redis.on('error', warn);
  const runner = {
    eval: (script: string, keyCount: number, ...args: string[]) => (redis.status === 'ready' ? redis.eval(script, keyCount, ...args) : Promise.reject(notReady)),
  };
  return { redis: runner, warn, close: async () => void (await redis.quit().catch(() => redis.disconnect())) };
};
