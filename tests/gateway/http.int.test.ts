import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { collections } from '@xxgk/domain';
import { createSiteNotifier } from '@xxgk/gateway/notifySite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, createRecord } from '../support/fixtures';
import { startGateway, testSiteKey, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';

/** The gateway's HTTP behaviour (RFC 9110/9111): validators, compression, HEAD, headers, CORS, limits. */
let cms: TestCms;
let gateway: TestGateway;

beforeAll(async () => {
  cms = await startCms();
  const fixture = await createFixture(cms.payload);
  for (let index = 0; index < 3; index += 1) {
    await createRecord({ payload: cms.payload, fixture, department: fixture.departments.own, status: 'published', title: `公开条目${index}` });
  }
  gateway = await startGateway({ payload: cms.payload });
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

// A large enough answer to be worth compressing.
const bigQuery = `{ checklist { code name nameEn items { code seq text textEn } } }`;
const get = (query: string, headers: Record<string, string> = {}, method = 'GET') =>
  gateway.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(query)}`, { method, headers: { accept: 'application/json', ...headers } });

describe('entity tags and conditional requests', () => {
  it('gives GET answers a quoted strong ETag', async () => {
    const response = await get('{ academicYears { label } }');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f-]+"$/);
  });

  it('answers 304 to If-None-Match in every form that matches: exact, weak, in a list, or *', async () => {
    const etag = (await get('{ channels { key } }')).headers.get('etag')!;
    for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await get('{ channels { key } }', { 'if-none-match': condition });
      expect(response.status, condition).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(await response.text()).toBe('');
    }
    expect((await get('{ channels { key } }', { 'if-none-match': '"something-else"' })).status).toBe(200);
    // The unquoted form is not the ETag (RFC 9110 §8.8.3).
    expect((await get('{ channels { key } }', { 'if-none-match': etag.replace(/"/g, '') })).status).toBe(200);
  });

  it('stops answering 304 once the data changed', async () => {
    const etag = (await get('{ disclosures(first: 5) { edges { node { title } } } }')).headers.get('etag')!;
    const [record] = (await cms.payload.find({ collection: collections.disclosures, limit: 1 })).docs;
    await cms.payload.update({ collection: collections.disclosures, id: record!.id, data: { title: '改过的标题' } });
    await new Promise((resolve) => setTimeout(resolve, 400)); // the gateway checks every 100 ms in tests
    const response = await get('{ disclosures(first: 5) { edges { node { title } } } }', { 'if-none-match': etag });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).not.toBe(etag);
  });
});

describe('compression', () => {
  it('compresses JSON over 1 KB with the encoding the client prefers, and says it varies', async () => {
    const plain = await get(bigQuery);
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(plain.headers.get('content-encoding')).toBeNull();

    const gzip = await get(bigQuery, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(text);

    const br = await get(bigQuery, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);

    const refused = await get(bigQuery, { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
    expect((await get(bigQuery, { 'accept-encoding': 'identity' })).headers.get('content-encoding')).toBeNull();
  });

  it('gives each encoding its own ETag and revalidates it', async () => {
    const gzip = await get(bigQuery, { 'accept-encoding': 'gzip' });
    const plain = await get(bigQuery);
    expect(gzip.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    expect((await get(bigQuery, { 'accept-encoding': 'gzip', 'if-none-match': gzip.headers.get('etag')! })).status).toBe(304);
  });

  it('leaves small answers uncompressed', async () => {
    const response = await get('{ academicYears { label } }', { 'accept-encoding': 'gzip, br' });
    expect(response.headers.get('content-encoding')).toBeNull();
  });
});

describe('HEAD and headers', () => {
  it('answers HEAD like GET, without a body', async () => {
    const got = await get(bigQuery);
    const head = await get(bigQuery, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('content-type')).toBe(got.headers.get('content-type'));
    expect(head.headers.get('etag')).toBe(got.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(String((await got.arrayBuffer()).byteLength));
  });

  it('tells browsers not to sniff any answer', async () => {
    expect((await get('{ channels { key } }')).headers.get('x-content-type-options')).toBe('nosniff');
    const post = await gateway.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(post.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('allows any origin without credentials (public data needs no cookies)', async () => {
    for (const method of ['OPTIONS', 'GET'] as const) {
      const response = await gateway.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ channels { key } }')}`, {
        method,
        headers: { origin: 'https://attacker.example', 'access-control-request-method': 'GET' },
      });
      // Any origin is allowed (echoed, with Vary: Origin); credentials never are.
      expect(response.headers.get('access-control-allow-origin'), method).toMatch(/^(\*|https:\/\/attacker\.example)$/);
      expect(response.headers.get('access-control-allow-credentials'), method).toBeNull();
    }
  });
});

describe('rate limit', () => {
  const ask = (target: TestGateway, headers: Record<string, string> = {}) =>
    target.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ channels { key } }' }) });

  it('does not limit the public site, which presents its key, while anonymous clients are limited', async () => {
    const limited = await startGateway({ payload: cms.payload, overrides: { GATEWAY_RATE_LIMIT_PER_MINUTE: 2 } });
    try {
      const anonymous = [await ask(limited), await ask(limited), await ask(limited)].map((r) => r.status);
      expect(anonymous).toEqual([200, 200, 429]);
      const site = [];
      for (let index = 0; index < 5; index += 1) site.push((await ask(limited, { 'x-xxgk-site-key': testSiteKey })).status);
      expect(site).toEqual([200, 200, 200, 200, 200]);
      expect((await ask(limited, { 'x-xxgk-site-key': `${testSiteKey}x` })).status).toBe(429);
    } finally {
      limited.close();
    }
  });

  /** The gateway behind a real socket, where the client address comes from the connection. */
  const serve = async (trustedProxies: string) => {
    const target = await startGateway({ payload: cms.payload, overrides: { GATEWAY_RATE_LIMIT_PER_MINUTE: 2, TRUSTED_PROXIES: trustedProxies } });
    const server: Server = createServer(target.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const from = async (forwardedFor: string) =>
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ query: '{ channels { key } }' }) })).status;
    return { from, close: () => (target.close(), new Promise((resolve) => server.close(resolve))) };
  };

  it('counts each client behind a trusted proxy separately, and one client once in any address form', async () => {
    const behindProxy = await serve('loopback');
    try {
      expect([await behindProxy.from('203.0.113.1'), await behindProxy.from('::ffff:203.0.113.1'), await behindProxy.from('203.0.113.1')]).toEqual([200, 200, 429]);
      expect(await behindProxy.from('203.0.113.2')).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const direct = await serve('');
    try {
      expect([await direct.from('203.0.113.1'), await direct.from('203.0.113.2'), await direct.from('203.0.113.3')]).toEqual([200, 200, 429]);
    } finally {
      await direct.close();
    }
  });
});

describe('telling the public site that data changed', () => {
  it('posts to the site’s revalidation address with its secret, merging bursts', async () => {
    const calls: { authorization?: string; method?: string }[] = [];
    const site = createServer((request, response) => {
      calls.push({ authorization: request.headers.authorization, method: request.method });
      response.end('{}');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const notify = createSiteNotifier({ payload: cms.payload, url: `http://127.0.0.1:${(site.address() as AddressInfo).port}/api/revalidate`, secret: 's3cret-0123456789abcdef', debounceMs: 20 });
    const watched = await startGateway({ payload: cms.payload, site: { key: testSiteKey, notify } });
    try {
      const [record] = (await cms.payload.find({ collection: collections.disclosures, limit: 1 })).docs;
      await cms.payload.update({ collection: collections.disclosures, id: record!.id, data: { title: '通知网站的修改' } });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(calls.length).toBeGreaterThanOrEqual(1);
      expect(calls[0]).toEqual({ authorization: 'Bearer s3cret-0123456789abcdef', method: 'POST' });
    } finally {
      watched.close();
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
