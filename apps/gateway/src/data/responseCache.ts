import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { connectOptionalRedis } from './optionalRedis';

/**
 * Where the gateway keeps its answers. One gateway: in its own memory. Several gateways on one
 * database (REDIS_URL set): in Redis, shared, so that an answer computed by one gateway is served
 * by all of them and every gateway's answer to a request carries the same ETag.
 *
 * Sharing is safe because the cache key starts with the data version (see yoga.ts), which every
 * gateway computes alike from the database (data/freshness.ts): an answer is only ever found
 * under the version it was computed at, and a gateway that has seen a change asks for keys of the
 * new version. Nothing is ever invalidated by entity, so entities are not recorded: Redis's
 * index of them would be sets without expiry, growing with every version. Each answer is one
 * string with the cache's TTL; Redis should evict with `volatile-lru` when full.
 *
 * Redis is a cache here, never a dependency: when it cannot be reached, or takes longer than
 * `timeoutMs`, an answer is computed as if it had not been cached (and is not stored), and the
 * problem is logged at most once a minute.
 */
export type ResponseCache = { cache: Cache; close: () => Promise<void> };

export const createResponseCache = ({
  redisUrl,
  max = 5_000,
  timeoutMs = 500,
  keyPrefix = 'xxgk:gateway:',
  log = (message: string) => console.warn(message),
}: {
  redisUrl?: string;
  /** Largest number of answers kept in memory (without Redis). */
  max?: number;
  timeoutMs?: number;
  keyPrefix?: string;
  log?: (message: string) => void;
}): ResponseCache => {
  // While Redis is away, commands fail at once (a miss) instead of waiting.
  const connection = connectOptionalRedis({
    redisUrl,
    keyPrefix,
    timeoutMs,
    fallback: 'Redis 响应缓存不可用，本次不使用缓存 / Redis response cache unavailable, answering uncached',
    log,
  });
  if (!connection) return { cache: createInMemoryCache({ max }), close: async () => {} };
  const { warn, isReady } = connection;
  const shared = createRedisCache({ redis: connection.redis });
  const cache: Cache = {
    get: async (id) => {
      if (!isReady()) return undefined; // connecting, or away
      try {
        return await shared.get(id);
      } catch (error) {
        warn(error);
        return undefined;
      }
    },
    set: async (id, data, _entities, ttl) => {
      if (!isReady()) return;
      try {
        await shared.set(id, data, [], ttl);
      } catch (error) {
        warn(error);
      }
    },
    // Only mutations invalidate by entity, and the public API has none.
    invalidate: () => {},
  };
  return { cache, close: connection.close };
};
