import { describe, expect, inject, it } from 'vitest';
import { eventually, publishRecord } from '../support/site';

/**
 * The site's page cache: a page is rendered once and served again with a fresh CSP nonce in its
 * header and in every script it carries, until the public data change.
 */
const web = inject('webUrl');
const cms = inject('cmsUrl');

const visit = async (path: string) => {
  const response = await fetch(`${web}${path}`);
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  return { response, html, nonce, cache: response.headers.get('x-xxgk-page-cache') };
};

describe('kept pages', () => {
  it('serves a page again from the cache, each time with a new nonce in the header and in every script', async () => {
    await visit('/guide');
    const [first, second] = [await visit('/guide'), await visit('/guide')];
    for (const page of [first, second]) {
      expect(page.response.status).toBe(200);
      expect(page.cache).toBe('hit');
      const scriptNonces = [...page.html.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)].map((match) => match[1]);
      expect(scriptNonces.length).toBeGreaterThan(0);
      expect(new Set(scriptNonces)).toEqual(new Set([page.nonce]));
    }
    expect(first.nonce).not.toBe(second.nonce);
    expect(second.html.replaceAll(second.nonce!, 'N')).toBe(first.html.replaceAll(first.nonce!, 'N'));
  });

  it('renders searches for each request (they are limited per visitor)', async () => {
    expect((await visit('/search?q=招生')).cache).toBeNull();
  });

  it('forgets every page when the public data change', async () => {
    await visit('/');
    expect((await visit('/')).cache).toBe('hit');
    const title = `缓存测试条目${Date.now()}`;
    await publishRecord(cms, title);
    // The gateway notices within a second and tells the site, which drops its kept pages.
    expect(await eventually(async () => (await visit('/')).html.includes(title), 5_000)).toBe(true);
  });
});
