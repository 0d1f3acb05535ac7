import { useRateLimit, usePageSizeRule, useRequestSizeLimit } from '@xxgk/gateway/limits';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Each limit of the gateway on a tiny schema, so its edges can be tested exactly. */
const schema = createSchema({ typeDefs: 'type Query { items(first: Int, last: Int, other: Int): [Int] }', resolvers: { Query: { items: () => [1] } } });
const serve = (plugin: Plugin) => createYoga({ schema, plugins: [plugin], maskedErrors: false, healthCheckEndpoint: '/health' });
const post = (yoga: ReturnType<typeof serve>, query: string, headers: Record<string, string> = {}) =>
  yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

afterEach(() => vi.useRealTimers());

describe('request size limit', () => {
  const yoga = serve(useRequestSizeLimit({ maxBytes: 2048 }));

  it('accepts a body of exactly the limit and refuses one byte more, before parsing, naming the limit', async () => {
    expect((await post(yoga, '{ items }', { 'content-length': '2048' })).status).not.toBe(413);
    const refused = await post(yoga, '{ items }', { 'content-length': '2049' });
    expect(refused.status).toBe(413);
    expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await refused.json()).toEqual({ errors: [{ message: '请求过大（上限 2 KB） / request too large (limit 2 KB)', extensions: { code: 'REQUEST_TOO_LARGE' } }] });
  });

  it('measures a GET query string the same way', async () => {
    const at = (length: number) => yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ items }')}&pad=${'x'.repeat(length)}`);
    const base = `?query=${encodeURIComponent('{ items }')}&pad=`.length;
    expect((await at(2048 - base)).status).toBe(200);
    expect((await at(2049 - base)).status).toBe(413);
  });
});

describe('rate limit', () => {
  const limited = ({ perMinute = 2, maxClients }: { perMinute?: number; maxClients?: number } = {}) => {
    let client = 'a';
    const yoga = serve(useRateLimit({ perMinute, clientOf: () => client, isExempt: (request) => request.headers.has('x-exempt'), maxClients }));
    return { yoga, as: (name: string) => (client = name) };
  };

  it('allows the limit per window and then answers 429 with the seconds left, in both languages', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    const { yoga } = limited();
    expect([(await post(yoga, '{ items }')).status, (await post(yoga, '{ items }')).status]).toEqual([200, 200]);
    vi.setSystemTime(1_000_000 + 15_500);
    const refused = await post(yoga, '{ items }');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(await refused.json()).toEqual({
      errors: [{ message: '请求过于频繁（每分钟最多 2 次），请 45 秒后重试 / too many requests (limit 2 per minute); retry in 45 s', extensions: { code: 'RATE_LIMITED' } }],
    });
  });

  it('opens a new window exactly a minute after the first request', async () => {
    vi.useFakeTimers({ now: 2_000_000, toFake: ['Date'] });
    const { yoga } = limited({ perMinute: 1 });
    expect((await post(yoga, '{ items }')).status).toBe(200);
    vi.setSystemTime(2_000_000 + 59_999);
    expect((await post(yoga, '{ items }')).status).toBe(429);
    vi.setSystemTime(2_000_000 + 60_000);
    expect((await post(yoga, '{ items }')).status).toBe(200);
  });

  it('exempts nobody unless told whom', async () => {
    const yoga = serve(useRateLimit({ perMinute: 1, clientOf: () => 'a' }));
    expect([(await post(yoga, '{ items }', { 'x-exempt': '1' })).status, (await post(yoga, '{ items }', { 'x-exempt': '1' })).status]).toEqual([200, 429]);
  });

  it('counts clients apart, and spares exempt callers and health checks', async () => {
    const { yoga, as } = limited({ perMinute: 1 });
    as('a');
    expect([(await post(yoga, '{ items }')).status, (await post(yoga, '{ items }')).status]).toEqual([200, 429]);
    expect((await post(yoga, '{ items }', { 'x-exempt': '1' })).status).toBe(200);
    expect((await yoga.fetch('http://gateway.test/health')).status).toBe(200);
    as('b');
    expect((await post(yoga, '{ items }')).status).toBe(200);
  });

  it('drops ended windows once it follows more clients than it may, and keeps running ones', async () => {
    vi.useFakeTimers({ now: 3_000_000, toFake: ['Date'] });
    const { yoga, as } = limited({ perMinute: 1, maxClients: 2 });
    for (const name of ['a', 'b', 'c']) {
      as(name);
      await post(yoga, '{ items }');
    }
    vi.setSystemTime(3_000_000 + 30_000);
    as('d');
    await post(yoga, '{ items }'); // 3 windows > 2, none ended yet: all kept
    as('c');
    expect((await post(yoga, '{ items }')).status).toBe(429);
    vi.setSystemTime(3_000_000 + 60_000);
    as('e');
    await post(yoga, '{ items }'); // a, b and c have ended now and are dropped; d runs on
    as('d');
    expect((await post(yoga, '{ items }')).status).toBe(429);
  });
});

describe('page size rule', () => {
  const yoga = serve(usePageSizeRule({ max: 100 }));
  const errorsOf = async (query: string, variables?: Record<string, unknown>) =>
    ((await (await yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    }).errors ?? [];

  it('refuses a literal first or last over the maximum, naming the argument and the limit', async () => {
    for (const argument of ['first', 'last']) {
      expect(await errorsOf(`{ items(${argument}: 100) }`)).toEqual([]);
      const [error] = await errorsOf(`{ items(${argument}: 101) }`);
      expect(error?.message).toBe(`${argument} 应在 0 到 100 之间（每页最多 100 条） / ${argument} must be between 0 and 100 (page size limit)`);
      expect(error?.extensions?.code).toBe('PAGE_SIZE_LIMIT');
      // The error points at the argument in the query.
      expect((error as { locations?: unknown }).locations).toEqual([{ line: 1, column: 9 }]);
    }
  });

  it('leaves other arguments and variables to the resolvers', async () => {
    expect(await errorsOf('{ items(other: 1000) }')).toEqual([]);
    expect(await errorsOf('query($n: Int) { items(first: $n) }', { n: 1000 })).toEqual([]);
  });
});
