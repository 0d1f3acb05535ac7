import { createResponseCache } from '@xxgk/gateway/responseCache';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import SharedCacheHandler, { deserialize, serialize } from '../../apps/web/cacheHandler.mjs';
import { connectSharedCache, sharedKeys, sharedRedis } from '../../apps/web/sharedCache.mjs';
import { freePort } from '../support/ports';
import { startRedis, type Service } from '../support/topology';

/**
 * The two caches that several instances share through Redis (REDIS_URL), against a real
 * redis-server: the gateways' response cache (apps/gateway/src/data/responseCache.ts) and the
 * sites' Next data cache (apps/web/cacheHandler.mjs, sharedCache.mjs). The whole topology, with
 * processes, nginx and latencies, is tests/e2e/topology.e2e.test.ts.
 */
let redis: Service;
let direct: Redis;
let dir: string;
const expiries = vi.fn();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'xxgk-redis-'));
  redis = await startRedis(dir);
  direct = new Redis(redis.url);
  connectSharedCache({ url: redis.url, onExpiry: expiries });
  // The site uses the cache only once it has expired everything since connecting.
  await vi.waitFor(() => expect(sharedRedis()).not.toBeNull(), { timeout: 5_000 });
});

afterAll(async () => {
  direct?.disconnect();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('gateway response cache', () => {
  const answer = { data: { disclosures: { totalCount: 3 } } };

  it('serves an answer stored by one gateway from another, keeping nothing but the answer', async () => {
    const [first, second] = [createResponseCache({ redisUrl: redis.url }), createResponseCache({ redisUrl: redis.url })];
    try {
      await vi.waitFor(async () => {
        await first.cache.set('key-1', answer, [{ typename: 'Disclosure', id: '7' }], 60_000);
        expect(await second.cache.get('key-1')).toEqual(answer);
      });
      // No entity index (sets without expiry): every key is an answer with a TTL.
      const keys = await direct.keys('xxgk:gateway:*');
      expect(keys).toEqual(['xxgk:gateway:key-1']);
      expect(await direct.pttl('xxgk:gateway:key-1')).toBeGreaterThan(50_000);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('keeps answers in memory without REDIS_URL', async () => {
    const { cache, close } = createResponseCache({});
    await cache.set('key-2', answer, [], 60_000);
    expect(await cache.get('key-2')).toEqual(answer);
    await close();
  });

  it('answers uncached, without waiting, when Redis cannot be reached', async () => {
    const log = vi.fn();
    const { cache, close } = createResponseCache({ redisUrl: `redis://127.0.0.1:${await freePort()}`, log });
    const started = Date.now();
    expect(await cache.get('key-3')).toBeUndefined();
    await cache.set('key-3', answer, [], 60_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    await vi.waitFor(() => expect(log).toHaveBeenCalled()); // the refused connection, once
    await close();
  });
});

describe('site data cache (Next cache handler)', () => {
  const fetched = (body: string) => ({ kind: 'FETCH', data: { headers: { 'content-type': 'application/json' }, body, status: 200, url: 'http://gateway/graphql' }, revalidate: 60 });
  const fetchContext = { kind: 'FETCH', revalidate: 60, tags: ['public-data'], softTags: ['_N_T_/layout'] };
  const storeContext = { fetchCache: true, tags: ['public-data'] };
  // Each "instance" is a handler object: Next makes one per request and they share only Redis.
  const instance = () => new SharedCacheHandler({});

  it('round-trips values with Buffers and Maps (pages and route bodies)', () => {
    const value = { kind: 'APP_PAGE', html: 'x', rscData: Buffer.from('rsc'), segmentData: new Map([['/a', Buffer.from([0, 1, 255])]]), headers: { 'x-next-cache-tags': 'a,b' } };
    const back = deserialize(serialize(value));
    expect(back).toEqual(value);
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect(back.segmentData.get('/a')).toEqual(Buffer.from([0, 1, 255]));
  });

  it('shares an answer between instances until its tag is expired on any of them, then tells every site server', async () => {
    const key = `answer-${Date.now()}`;
    expect(await instance().get(key, fetchContext)).toBeNull();
    await instance().set(key, fetched('{"data":1}'), storeContext);
    const hit = await instance().get(key, fetchContext);
    expect(hit?.value).toEqual(fetched('{"data":1}'));
    expect(await direct.pttl(sharedKeys.entry(key))).toBeGreaterThan(50_000);

    expiries.mockClear();
    await instance().revalidateTag('public-data', { expire: 0 });
    expect(await instance().get(key, fetchContext)).toBeNull();
    await vi.waitFor(() => expect(expiries).toHaveBeenCalled());
  });

  it('counts an expiry recorded by another process (a generation raised in Redis), for implicit tags too', async () => {
    const key = `answer-other-${Date.now()}`;
    await instance().get(key, fetchContext);
    await instance().set(key, fetched('{"data":2}'), storeContext);
    expect(await instance().get(key, fetchContext)).not.toBeNull();
    await direct.hincrby(sharedKeys.generations, '_N_T_/layout', 1);
    expect(await instance().get(key, fetchContext)).toBeNull();
  });

  it('treats an answer fetched before an expiry and stored after it as expired', async () => {
    const key = `answer-late-${Date.now()}`;
    expect(await instance().get(key, fetchContext)).toBeNull(); // the miss: the page fetches from the gateway…
    await instance().revalidateTag(['public-data']); // …the data change meanwhile…
    await instance().set(key, fetched('{"data":"old"}'), storeContext); // …and the old answer arrives.
    expect(await instance().get(key, fetchContext)).toBeNull();
    // The next fetch is stored against the current generations and served.
    await instance().set(key, fetched('{"data":"new"}'), storeContext);
    expect((await instance().get(key, fetchContext))?.value).toEqual(fetched('{"data":"new"}'));
  });

  it('expires everything when a site (re)connects', async () => {
    const key = `answer-reconnect-${Date.now()}`;
    await instance().get(key, fetchContext);
    await instance().set(key, fetched('{"data":3}'), storeContext);
    expect(await instance().get(key, fetchContext)).not.toBeNull();
    const everything = async () => Number(await direct.hget(sharedKeys.generations, '*'));
    const before = await everything();
    await direct.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes'); // every connection but this one
    await vi.waitFor(async () => expect(await everything()).toBeGreaterThan(before), { timeout: 5_000 });
    await vi.waitFor(() => expect(sharedRedis()).not.toBeNull(), { timeout: 5_000 });
    expect(await instance().get(key, fetchContext)).toBeNull();
  });
});
