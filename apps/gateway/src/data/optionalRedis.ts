import { Redis } from 'ioredis';

/**
 * A Redis connection the gateway can do without (REDIS_URL: the shared response cache, the shared
 * rate-limit counts), or null without a URL. No offline queue and a short timeout: a command Redis
 * cannot take fails at once and the caller does without it. Problems are logged at most once a
 * minute, with what the caller does instead (`fallback`).
 */
export const connectOptionalRedis = ({
  redisUrl,
  keyPrefix,
  timeoutMs,
  fallback,
  log,
}: {
  redisUrl?: string;
  keyPrefix: string;
  timeoutMs: number;
  fallback: string;
  log: (message: string) => void;
}) => {
  if (!redisUrl) return null;
  let lastWarning = 0;
  const warn = (error: unknown) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    log(`${fallback}: ${(error as Error).message}`);
  };
  const redis = new Redis(redisUrl, { keyPrefix, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: timeoutMs });
  redis.on('error', warn);
  return {
    redis,
    /** False while connecting or reconnecting (the 'error' event has said why). */
    isReady: () => redis.status === 'ready',
    warn,
    close: async () => void (await redis.quit().catch(() => redis.disconnect())),
  };
};
