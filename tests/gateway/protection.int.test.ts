import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistedOperationsFile, startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';

/** Abuse is answered with a 4xx or a GraphQL error naming the limit, and the server keeps serving. */
let cms: TestCms;
let gateway: TestGateway;

beforeAll(async () => {
  cms = await startCms();
  gateway = await startGateway({ payload: cms.payload });
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  gateway.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const stillServes = async () => {
  const { body } = await gateway.query('{ checklist { code } }');
  expect(body.data.checklist).toHaveLength(10);
};

describe('query limits', () => {
  it('a 50-deep query', async () => {
    let selection = 'code';
    for (let level = 0; level < 25; level += 1) selection = `items { category { ${selection} } }`;
    const { body } = await gateway.query(`{ checklist { ${selection} } }`);
    expect(body.data).toBeUndefined();
    // Whichever limit trips first (depth or cost), the message names it.
    expect(body.errors!.map((e) => e.message).join(' ')).toMatch(/(Depth limit of 12|Cost limit of 50000) exceeded/i);
    await stillServes();
  });

  it('1,000 aliases', async () => {
    const { body } = await gateway.query(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: academicYears { label }`).join(' ')} }`);
    expect(body.data).toBeUndefined();
    expect(body.errors!.map((e) => e.message).join(' ')).toMatch(/(Aliases limit of 20|Token limit of 2000) exceeded/i);
    await stillServes();
  });

  it('21 aliases, under the token limit', async () => {
    const { body } = await gateway.query(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: channels { key }`).join(' ')} }`);
    expect(body.errors!.map((e) => e.message).join(' ')).toMatch(/Aliases limit of 20 exceeded/i);
  });

  it('a page size over 100 given as a variable', async () => {
    const { body } = await gateway.query('query($n: Int) { disclosures(first: $n) { totalCount } }', { n: 100_000 });
    expect(body.errors![0]!.message).toContain('first 应在 0 到 100 之间');
    await stillServes();
  });

  it('a 1 MB query', async () => {
    const response = await post(JSON.stringify({ query: `{ checklist { code } } #${'x'.repeat(1024 * 1024)}` }));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('请求过大（上限 64 KB）');
    await stillServes();
  });

  it('malformed JSON', async () => {
    const response = await post('{"query": "{ checklist { code } ');
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/JSON/i);
    await stillServes();
  });

  it('a batched array of operations', async () => {
    const response = await post(JSON.stringify([{ query: '{ checklist { code } }' }, { query: '{ academicYears { label } }' }]));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await stillServes();
  });

  it('field suggestions, which would reveal the schema, are not given', async () => {
    const { body } = await gateway.query('{ disclosure { titel } }');
    expect(body.errors!.map((e) => e.message).join(' ')).not.toMatch(/Did you mean/);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client exceeds its share, then serves others', async () => {
    const limited = await startGateway({ payload: cms.payload, overrides: { GATEWAY_RATE_LIMIT_PER_MINUTE: 5 } });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i += 1) {
      last = await limited.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ channels { key } }' }) });
      statuses.push(last.status);
    }
    limited.close();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.text()).toContain('请求过于频繁（每分钟最多 5 次）');
  });
});

describe('persisted operations and HTTP caching', () => {
  const directory = `query ChecklistDirectory {
  checklist {
    code
  }
}`;

  it('runs the site’s operations by hash while still accepting other queries', async () => {
    const { loadPersistedOperations } = await import('@xxgk/gateway/persisted');
    const operations = loadPersistedOperations(persistedOperationsFile);
    const [hash] = [...operations.entries()].find(([, text]) => text.includes('query ChecklistDirectory'))!;
    const response = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    const body = (await response.json()) as { data: { checklist: unknown[] } };
    expect(body.data.checklist).toHaveLength(10);
    const unknown = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(directory).digest('hex') } } }));
    expect(JSON.stringify(await unknown.json())).toMatch(/PersistedQueryNotFound/i);
  });

  it('lets GET queries be cached and revalidated, and never caches POSTs', async () => {
    const url = `http://gateway.test/graphql?query=${encodeURIComponent('{ academicYears { label } }')}`;
    const first = await gateway.yoga.fetch(url, { headers: { accept: 'application/json' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toContain('public, max-age=1');
    await first.text();
    const second = await gateway.yoga.fetch(url, { headers: { accept: 'application/json' } });
    const etag = second.headers.get('etag');
    await second.text();
    expect(etag).toBeTruthy();
    const revalidated = await gateway.yoga.fetch(url, { headers: { accept: 'application/json', 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    const postResponse = await post(JSON.stringify({ query: '{ academicYears { label } }' }));
    expect(postResponse.headers.get('cache-control')).toBe('no-store');
  });

  it('answers CORS preflights for browsers on other origins', async () => {
    const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.edu.cn', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBeTruthy();
  });
});

describe('time limit', () => {
  it('stops a resolver that runs too long with a message naming the limit', async () => {
    const { withTimeout } = await import('@xxgk/gateway/errors');
    await expect(withTimeout(new Promise(() => {}), 50, 'statistics')).rejects.toThrow('查询超时（statistics，上限 50 毫秒）');
  });
});
