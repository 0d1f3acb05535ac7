import { connectRateLimitRedis } from '@xxgk/gateway/rateLimitRedis';
import { useRateLimit } from '@xxgk/gateway/limits';
import { createSchema, createYoga } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createVisitorLimiter } from '../../apps/web/src/lib/visitorLimit';
import { startRedis, type Service } from '../support/topology';

/**
 * Rate limits behind a load balancer: every instance of the gateway (per-client limit) and of the
 * site (per-visitor search limit) counts in the same Redis, so a client gets the limit once, not
 * once per instance. Against a real redis-server; without Redis each instance counts alone.
 */
let redis: Service;
let dir: string;
const closers: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'xxgk-limits-'));
  redis = await startRedis(dir);
});
afterAll(async () => {
  for (const close of closers) await close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const schema = createSchema({ typeDefs: 'type Query { ok: Int }', resolvers: { Query: { ok: () => 1 } } });

/** A gateway instance with the production rate limit, counting in Redis when `redisUrl` is given. */
const gatewayInstance = async (redisUrl: string | undefined, client: string) => {
  const shared = connectRateLimitRedis({ redisUrl, log: () => {} });
  if (shared) {
    closers.push(shared.close);
    await vi.waitFor(() => expect(shared.redis.eval('return 1', 0)).resolves.toBe(1), { timeout: 5_000 });
  }
  const yoga = createYoga({ schema, plugins: [useRateLimit({ perMinute: 3, clientOf: () => client, redis: shared?.redis, onRedisError: shared?.warn })] });
  return async () => (await yoga.fetch('http://gateway.test/graphql?query=%7Bok%7D')).status;
};

describe('the gateway rate limit across instances', () => {
  it('counts a client once over two instances sharing Redis: the fourth request is refused, whichever instance gets it', async () => {
    const client = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const [one, two] = [await gatewayInstance(redis.url, client), await gatewayInstance(redis.url, client)];
    expect([await one(), await two(), await one(), await two(), await one()]).toEqual([200, 200, 200, 429, 429]);
  });

  it('without Redis each instance counts alone (what sharing prevents)', async () => {
    const [one, two] = [await gatewayInstance(undefined, '198.51.100.250'), await gatewayInstance(undefined, '198.51.100.250')];
    expect([await one(), await two(), await one(), await two(), await one(), await two(), await one()]).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });
});

describe('the site search limit across instances', () => {
  it('counts a visitor once over two site instances sharing Redis, with the time left from Redis', async () => {
    const connections = [new Redis(redis.url), new Redis(redis.url)];
    closers.push(() => connections.forEach((connection) => connection.disconnect()));
    const [one, two] = connections.map((connection) => createVisitorLimiter({ perMinute: 2, redis: connection }));
    expect((await one!('203.0.113.9')).isAllowed).toBe(true);
    expect((await two!('203.0.113.9')).isAllowed).toBe(true);
    const refused = await one!('203.0.113.9');
    expect(refused).toMatchObject({ isAllowed: false });
    expect(refused.isAllowed === false && refused.retryAfterSeconds).toBeGreaterThan(50);
    expect((await two!('203.0.113.10')).isAllowed).toBe(true);
  });
});
