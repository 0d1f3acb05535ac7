import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { newNonce } from '@xxgk/http';
import { isCacheablePage, withNonce } from '../pageCache.mjs';

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers }) as unknown as IncomingMessage;

describe('which requests the page cache answers', () => {
  it('keeps the column’s pages in both languages', () => {
    for (const url of ['/', '/en', '/categories/finance', '/items/2.1?after=abc', '/records/RGlzY2xvc3VyZToxMg%3D%3D', '/statistics/2021-2022', '/en/guide', '/applications', '/en/applications', '/applyx']) {
      expect(isCacheablePage(request(url)), url).toBe(true);
    }
    expect(isCacheablePage(request('/', {}, 'HEAD'))).toBe(true);
  });

  it('leaves search (limited per visitor), routes with their own caching and non-page requests to Next', () => {
    for (const url of ['/search?q=招生', '/en/search', '/feeds/all.xml', '/sitemaps/pages.xml', '/sitemap.xml', '/robots.txt', '/favicon.ico', '/api/revalidate', '/_next/static/x.js', '/items/2.1?_rsc=1', '/statistics/2021-2022/channels.csv', '/en/statistics/2021-2022/items.csv', '/reports/2021-2022/files/v1.pdf', '/reports/2022/files/v2.docx', '/reports/2021-2022/files/v1.json']) {
      expect(isCacheablePage(request(url)), url).toBe(false);
    }
    expect(isCacheablePage(request('/', {}, 'POST'))).toBe(false);
  });

  it('never keeps the intake’s forms: each rendering carries its own submission key', () => {
    for (const url of ['/apply', '/en/apply', '/apply/status', '/feedback', '/feedback?kind=correction&record=abc', '/en/feedback/status']) {
      expect(isCacheablePage(request(url)), url).toBe(false);
    }
    expect(isCacheablePage(request('/', { rsc: '1' }))).toBe(false);
    expect(isCacheablePage(request('/', { 'next-router-prefetch': '1' }))).toBe(false);
    expect(isCacheablePage(request('/', { 'x-xxgk-page-cache': 'fill' }))).toBe(false);
  });
});

describe('a kept page served again', () => {
  const page = {
    nonce: 'OLD+nonce/0123456789==',
    body: Buffer.from('<script nonce="OLD+nonce/0123456789==">a()</script><p>OLD+nonce text</p><script nonce="OLD+nonce/0123456789==" src="/x.js"></script>'),
    headers: [
      ['content-type', 'text/html; charset=utf-8'],
      ['content-security-policy', "script-src 'self' 'nonce-OLD+nonce/0123456789==' 'strict-dynamic'"],
    ] as [string, string][],
  };

  it('carries the new nonce everywhere the old one was, and nowhere else', () => {
    const fresh = newNonce();
    const served = withNonce(page, fresh);
    const html = served.body.toString();
    expect(html).not.toContain(page.nonce);
    expect(html.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${fresh}"`, `nonce="${fresh}"`]);
    expect(html).toContain('<p>OLD+nonce text</p>');
    expect(served.headers).toEqual([
      ['content-type', 'text/html; charset=utf-8'],
      ['content-security-policy', `script-src 'self' 'nonce-${fresh}' 'strict-dynamic'`],
    ]);
  });

  it('gets a new unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
