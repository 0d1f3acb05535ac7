// @ts-check
// Next's cache handler (next.config.ts `cacheHandler`) when several site instances run
// (REDIS_URL set): the data cache, where each page's gateway answers are kept under the
// `public-data` tag (src/lib/gateway.ts), lives in Redis and is shared by every instance, and
// `revalidateTag(publicDataTag, { expire: 0 })` on any instance (app/api/revalidate, called by the
// gateway) expires those answers for all. How expiry works, and why Redis is never required to
// answer: sharedCache.mjs.
//
// Next loads this module itself (not bundled) and creates a handler per request, so all state is
// the module's. Without a current connection every read is a miss and nothing is stored: pages are
// then built from the gateway, which has its own cache.
import { everyTag, expireTags, sharedKeys, sharedRedis, toGenerations, warnShared } from './sharedCache.mjs';

/** Entries of kinds that carry no lifetime of their own are kept this long at most. */
const defaultTtlSeconds = 24 * 60 * 60;
const tagsHeader = 'x-next-cache-tags';

/**
 * Generations read when a lookup missed, by key: the answer fetched next is stored against them,
 * so an answer fetched before an expiry but stored after it counts as expired. Bounded, short-lived.
 * @type {Map<string, { generations: Record<string, number>; at: number }>}
 */
const missedAt = new Map();
const missMemoryMs = 30_000;
const missMemoryEntries = 5_000;

// Next's values hold Buffers (bodies, RSC payloads) and Maps (segment data); JSON holds neither.
const bufferMark = '__xxgkBuffer';
const mapMark = '__xxgkMap';
/** @param {unknown} value */
export const serialize = (value) =>
  JSON.stringify(value, function (name, item) {
    const original = this[name];
    if (original instanceof Uint8Array) return { [bufferMark]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
    if (original instanceof Map) return { [mapMark]: [...original] };
    return item;
  });
/** @param {string} text */
export const deserialize = (text) =>
  JSON.parse(text, (_name, item) => {
    if (item && typeof item === 'object' && bufferMark in item) return Buffer.from(item[bufferMark], 'base64');
    if (item && typeof item === 'object' && mapMark in item) return new Map(item[mapMark]);
    return item;
  });

/** @param {Record<string, number>} a @param {Record<string, number>} b @param {string[]} tags */
const sameGenerations = (a, b, tags) => tags.every((tag) => (a[tag] ?? 0) === (b[tag] ?? 0));

/** @param {any} data @param {any} ctx */
const tagsOf = (data, ctx) => {
  if (Array.isArray(ctx?.tags)) return ctx.tags;
  const header = data?.headers?.[tagsHeader];
  return typeof header === 'string' ? header.split(',') : [];
};

/** @param {any} data @param {any} ctx */
const ttlSecondsOf = (data, ctx) => {
  const candidates = data?.kind === 'FETCH' ? [data.revalidate, ctx?.revalidate] : [ctx?.cacheControl?.expire, ctx?.cacheControl?.revalidate];
  const seconds = candidates.find((value) => typeof value === 'number' && value > 0 && Number.isFinite(value));
  return Math.min(seconds ?? defaultTtlSeconds, defaultTtlSeconds);
};

export default class SharedCacheHandler {
  /** @param {unknown} _context */
  constructor(_context) {}

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const redis = sharedRedis();
    if (!redis) return null;
    try {
      const results = await redis.pipeline().get(sharedKeys.entry(key)).hgetall(sharedKeys.generations).exec();
      const failed = results?.find(([error]) => error)?.[0];
      if (!results || failed) throw failed ?? new Error('pipeline discarded');
      const raw = /** @type {string | null} */ (results[0][1]);
      const generations = toGenerations(/** @type {Record<string, string>} */ (results[1][1]));
      const entry = raw ? deserialize(raw) : null;
      const tags = [everyTag, ...(entry?.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
      if (entry && sameGenerations(entry.generations, generations, tags)) {
        return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
      }
      // Missed (or expired): keep the oldest generations seen for this key until it is stored.
      if (!missedAt.has(key)) {
        missedAt.set(key, { generations, at: Date.now() });
        if (missedAt.size > missMemoryEntries) missedAt.delete(/** @type {string} */ (missedAt.keys().next().value));
      }
      return null;
    } catch (error) {
      warnShared('get', error);
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    const redis = sharedRedis();
    const missed = missedAt.get(key);
    missedAt.delete(key);
    if (!redis) return;
    try {
      const generations =
        missed && Date.now() - missed.at < missMemoryMs ? missed.generations : toGenerations(await redis.hgetall(sharedKeys.generations));
      const entry = { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), generations, cacheControl: ctx?.cacheControl };
      await redis.set(sharedKeys.entry(key), serialize(entry), 'PX', ttlSecondsOf(data, ctx) * 1000);
    } catch (error) {
      warnShared('set', error);
    }
  }

  /**
   * Every revalidation expires at once, for every instance, whatever the profile: stricter than
   * Next's stale-while-revalidate profiles, and what the site asks for (`{ expire: 0 }`): a
   * withdrawn record must not be served again.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [_durations]
   */
  async revalidateTag(tags, _durations) {
    try {
      await expireTags(Array.isArray(tags) ? tags : [tags]);
    } catch (error) {
      // This process now expires everything as soon as Redis answers again (sharedCache.mjs).
      warnShared('expire', error);
    }
  }

  resetRequestCache() {}
}
