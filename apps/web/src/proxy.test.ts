import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { newNonce } from '@xxgk/http';
import { contentSecurityPolicy } from './lib/contentSecurityPolicy';
import { localeFromHeaders } from './lib/requestHeaders';
import { columnAddress, internalPath, legacyChineseRedirect, pageRequestHeaders } from './proxy';

describe('Content-Security-Policy', () => {
  it('allows scripts only with the nonce or from nonced scripts, and nothing foreign', () => {
    const policy = contentSecurityPolicy('abc123');
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("style-src 'self' 'nonce-abc123'");
    for (const directive of ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('uses a new 128-bit nonce for every response', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('addresses', () => {
  it('reads the language from the prefix', () => {
    expect(columnAddress('/en/items/1.1')).toEqual({ locale: 'en', path: '/items/1.1' });
    expect(columnAddress('/en')).toEqual({ locale: 'en', path: '/' });
    expect(columnAddress('/english')).toEqual({ locale: 'zh', path: '/english' });
    expect(columnAddress('/items/1.1')).toEqual({ locale: 'zh', path: '/items/1.1' });
  });

  it('sends /zh/… to the one Chinese address', () => {
    const redirect = legacyChineseRedirect(new NextRequest('http://site/zh/items/1.1?x=1'));
    expect(redirect?.status).toBe(308);
    expect(redirect?.headers.get('location')).toBe('http://site/items/1.1?x=1');
    expect(legacyChineseRedirect(new NextRequest('http://site/items/1.1'))).toBeNull();
  });

  it('serves Chinese pages from app/[lang] and leaves feeds, sitemaps and icons alone', async () => {
    expect(await internalPath('/guide')).toBe('/zh/guide');
    expect(await internalPath('/')).toBe('/zh/');
    expect(await internalPath('/en/guide')).toBeNull();
    for (const path of ['/feeds/all.xml', '/sitemaps/pages.xml', '/sitemap.xml', '/robots.txt', '/favicon.ico', '/icon.svg', '/api/revalidate']) expect(await internalPath(path), path).toBeNull();
  });

  it('tells the pages the nonce and the language, whatever the client sent under those names', () => {
    const request = new NextRequest('http://site/en/guide', { headers: { 'x-nonce': 'forged', 'x-xxgk-locale': 'zh' } });
    const headers = pageRequestHeaders(request, contentSecurityPolicy('n1'), 'n1');
    expect(headers.get('x-nonce')).toBe('n1');
    expect(headers.get('content-security-policy')).toContain("'nonce-n1'");
    expect(localeFromHeaders(headers)).toBe('en');
  });
});
