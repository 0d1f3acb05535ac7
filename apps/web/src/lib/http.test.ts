import { describe, expect, it } from 'vitest';
import { contentDisposition as attachment } from '@xxgk/http';
import { cacheableResponse, etagOf, matchesIfNoneMatch } from './httpCache';

describe('Content-Disposition (RFC 6266)', () => {
  it('names ASCII files in a quoted string', () => {
    expect(attachment('statistics-2021-2022-channels-zh.csv')).toBe('attachment; filename="statistics-2021-2022-channels-zh.csv"');
  });

  it('adds an RFC 8187 UTF-8 name, with an ASCII fallback, for other names', () => {
    expect(attachment('统计 2021.csv')).toBe(`attachment; filename="__ 2021.csv"; filename*=UTF-8''%E7%BB%9F%E8%AE%A1%202021.csv`);
    expect(attachment('a"b.csv')).toBe(`attachment; filename="a_b.csv"; filename*=UTF-8''a%22b.csv`);
  });
});

describe('conditional GET (RFC 9110 §13.1.2)', () => {
  const etag = etagOf('<feed/>');

  it('matches with the weak comparison, in lists and for *', () => {
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(etag.slice(2), etag)).toBe(true);
    expect(matchesIfNoneMatch(`"a", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"a"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });

  it('answers 304 without a body when the reader has the representation, 200 otherwise', async () => {
    const fresh = cacheableResponse(new Request('http://x/feed', { headers: { 'if-none-match': etag } }), '<feed/>', { contentType: 'application/atom+xml' });
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe('');
    expect(fresh.headers.get('etag')).toBe(etag);
    expect(fresh.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    const changed = cacheableResponse(new Request('http://x/feed', { headers: { 'if-none-match': etagOf('<old/>') } }), '<feed/>', { contentType: 'application/atom+xml' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('content-type')).toBe('application/atom+xml');
    expect(await changed.text()).toBe('<feed/>');
  });
});
