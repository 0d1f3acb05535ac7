// @ts-check
// What the site's instances share when REDIS_URL is set (several site processes behind a load
// balancer, on one gateway pool): Next's data cache (cacheHandler.mjs keeps the gateway's answers
// in Redis instead of each process's .next/cache) and the news that public data expired.
//
// Why the news: the gateway tells ONE site that data changed (POST /api/revalidate through the
// load balancer). That site expires the `public-data` tag here, in Redis, so no instance reads the
// old answers again; and it publishes the expiry on a channel every site server subscribes to, so
// each one forgets the pages it keeps in its own memory (pageCache.mjs). The publication is sent
// after the expiry is recorded: a page rendered after it is built from new answers.
//
// Expiry is by generation, not by clock: each tag has a counter in one Redis hash, and every entry
// records the counters as they were when its data were fetched; an entry whose tags have moved on
// is expired. Machines need not agree on the time, and `*` (a counter every entry depends on)
// expires everything at once.
//
// Redis is a cache, never a dependency: while it cannot be reached, pages are built from the
// gateway directly. A process that loses Redis may have missed expiries (or failed to record one it
// was told of), so whenever it (re)connects it expires everything before using the cache again;
// the subscription does the same for kept pages. Redis needs no persistence: if it restarts empty,
// everything in it is gone together.
import { Redis } from 'ioredis';

const prefix = 'xxgk:web:';
export const sharedKeys = {
  /** One cached value of Next's (a gateway answer, a route's body…). */
  entry: (/** @type {string} */ key) => `${prefix}entry:${key}`,
  /** tag → generation. No TTL: with `maxmemory-policy volatile-lru` it is never evicted. */
  generations: `${prefix}generations`,
  /** Expired tags are published here (JSON array). */
  channel: `${prefix}expired`,
};
/** The generation every entry depends on: raising it expires everything. */
export const everyTag = '*';

/** @type {{ redis: Redis | null; isCurrent: boolean; lastWarning: number }} */
const state = { redis: null, isCurrent: false, lastWarning: 0 };

/** @param {string} what @param {unknown} error */
export const warnShared = (what, error) => {
  if (Date.now() - state.lastWarning < 60_000) return;
  state.lastWarning = Date.now();
  console.warn(`共享缓存不可用 / shared cache unavailable (${what}): ${/** @type {Error} */ (error).message}`);
};

/**
 * The process's Redis connection when REDIS_URL is set and the process has expired everything
 * since it last connected; otherwise null (do without the shared cache for now).
 */
export const sharedRedis = () => (state.isCurrent ? state.redis : null);

/**
 * Runs a script on the shared Redis for counts that every instance shares (the per-visitor search
 * limit): rejects while there is no current connection, and the caller then counts in process.
 */
export const sharedScripts = {
  eval: (/** @type {string} */ script, /** @type {number} */ keyCount, /** @type {string[]} */ ...args) => {
    const redis = state.redis;
    return redis && redis.status === 'ready' ? redis.eval(script, keyCount, ...args) : Promise.reject(new Error('shared Redis not connected'));
  },
};

/** @param {Record<string, string>} raw */
export const toGenerations = (raw) => Object.fromEntries(Object.entries(raw).map(([tag, value]) => [tag, Number(value)]));

/**
 * Expires `tags` for every instance, then tells every site server. Throws when Redis could not
 * record it; the process then stops using the cache until it has expired everything.
 * @param {string[]} tags
 */
export const expireTags = async (tags) => {
  const redis = state.redis;
  if (!redis || tags.length === 0) return;
  try {
    const transaction = redis.multi();
    for (const tag of tags) transaction.hincrby(sharedKeys.generations, tag, 1);
    transaction.publish(sharedKeys.channel, JSON.stringify(tags));
    const results = await transaction.exec();
    const failed = results?.find(([error]) => error)?.[0];
    if (!results || failed) throw failed ?? new Error('transaction discarded');
  } catch (error) {
    state.isCurrent = false;
    setTimeout(catchUp, 1_000).unref();
    throw error;
  }
};

/** Expires everything, then uses the cache again (after connecting, or after a failed expiry). */
const catchUp = async () => {
  if (!state.redis || state.redis.status !== 'ready') return; // the next 'ready' catches up
  try {
    await expireTags([everyTag]);
    state.isCurrent = true;
  } catch (error) {
    warnShared('expire', error);
  }
};

/**
 * Connects this process to the shared cache when REDIS_URL is set (once, from server.mjs);
 * `onExpiry` runs on every instance whenever any tag expires, and after the subscription was
 * interrupted (expiries may have been missed meanwhile).
 * @param {{ url?: string; onExpiry: () => void; timeoutMs?: number }} options
 */
export const connectSharedCache = ({ url = process.env.REDIS_URL, onExpiry, timeoutMs = 500 }) => {
  if (!url || state.redis) return;
  // No offline queue: while Redis is away, commands fail at once instead of holding up a page.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: timeoutMs });
  state.redis = redis;
  redis.on('error', (error) => warnShared('connection', error));
  redis.on('close', () => {
    state.isCurrent = false;
  });
  redis.on('ready', () => void catchUp());
  // A subscribed connection can do nothing else; it queues its SUBSCRIBE until connected and
  // subscribes again by itself after a reconnection.
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  subscriber.on('error', (error) => warnShared('subscription', error));
  subscriber.on('message', () => onExpiry());
  subscriber.on('ready', () => onExpiry());
  void subscriber.subscribe(sharedKeys.channel).catch((error) => warnShared('subscribe', error));
};
