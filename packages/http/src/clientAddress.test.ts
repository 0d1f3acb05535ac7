import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientAddress, normalizeAddress, parseTrustedProxies } from './index.mjs';

/** A real HTTP server on the dual-stack wildcard address, so IPv4 clients arrive as ::ffff:127.0.0.1. */
let resolve: (request: IncomingMessage) => string = () => 'unset';
const server = createServer((request, response) => response.end(resolve(request)));
let port = 0;
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '::', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const ask = async ({ host, forwardedFor }: { host: string; forwardedFor?: string }) =>
  (await fetch(`http://${host}:${port}/`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })).text();

describe('client address behind trusted proxies', () => {
  it('uses the socket’s peer and ignores X-Forwarded-For when no proxy is trusted', async () => {
    resolve = createClientAddress({ trustedProxies: [] });
    expect(await ask({ host: '127.0.0.1', forwardedFor: '203.0.113.9' })).toBe('127.0.0.1');
  });

  it('reads X-Forwarded-For from the right when the peer is a trusted proxy', async () => {
    resolve = createClientAddress({ trustedProxies: ['loopback'] });
    expect(await ask({ host: '127.0.0.1', forwardedFor: '198.51.100.7, 203.0.113.9' })).toBe('203.0.113.9');
    expect(await ask({ host: '127.0.0.1' })).toBe('127.0.0.1');
  });

  it('skips every trusted hop, and never believes what the client wrote before the first untrusted one', async () => {
    resolve = createClientAddress({ trustedProxies: ['loopback', '10.0.0.0/8'] });
    expect(await ask({ host: '127.0.0.1', forwardedFor: '1.1.1.1, 203.0.113.9, 10.1.2.3' })).toBe('203.0.113.9');
  });

  it('treats a proxy that is not trusted as the client', async () => {
    resolve = createClientAddress({ trustedProxies: ['10.0.0.0/8'] });
    expect(await ask({ host: '127.0.0.1', forwardedFor: '203.0.113.9' })).toBe('127.0.0.1');
  });

  it('writes one client the same way over IPv4, IPv4-mapped IPv6 and long IPv6 forms', async () => {
    resolve = createClientAddress({ trustedProxies: ['loopback'] });
    expect(await ask({ host: '127.0.0.1', forwardedFor: '::ffff:203.0.113.9' })).toBe('203.0.113.9');
    expect(await ask({ host: '[::1]', forwardedFor: '2001:0db8:0000:0000:0000:0000:0000:0001' })).toBe('2001:db8::1');
    expect(await ask({ host: '[::1]' })).toBe('::1');
    expect(normalizeAddress('::FFFF:7F00:1')).toBe('127.0.0.1');
    expect(normalizeAddress('not-an-address')).toBe('not-an-address');
  });

  it('reads the configuration as a comma-separated list and refuses a malformed entry', () => {
    expect(parseTrustedProxies(' loopback, 10.0.0.0/8 ,,')).toEqual(['loopback', '10.0.0.0/8']);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(() => createClientAddress({ trustedProxies: ['10.0.0.0/99'] })).toThrow();
  });
});
