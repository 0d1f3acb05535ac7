import { describe, expect, it } from 'vitest';
import { createVisitorLimiter, tooManySearches } from './visitorLimit';

describe('per-visitor limit on searches', () => {
  it('allows the limit per minute, then says how long to wait', async () => {
    const limit = createVisitorLimiter({ perMinute: 3 });
    const at = 1_000_000;
    expect(await Promise.all([0, 1, 2].map(async (n) => (await limit('203.0.113.1', at + n)).isAllowed))).toEqual([true, true, true]);
    expect(await limit('203.0.113.1', at + 10_000)).toEqual({ isAllowed: false, retryAfterSeconds: 50 });
    expect((await limit('203.0.113.2', at + 10_000)).isAllowed).toBe(true);
    expect((await limit('203.0.113.1', at + 60_000)).isAllowed).toBe(true);
  });

  it('forgets old windows once many visitors have come', async () => {
    const limit = createVisitorLimiter({ perMinute: 1, maxClients: 2 });
    await limit('a', 0);
    await limit('b', 0);
    await limit('c', 0);
    await limit('d', 70_000); // windows of a, b, c have ended and are dropped
    expect((await limit('a', 70_001)).isAllowed).toBe(true);
  });

  it('counts in process when the shared counts fail', async () => {
    const limit = createVisitorLimiter({ perMinute: 1, redis: { eval: () => Promise.reject(new Error('Redis away')) } });
    expect((await limit('a', 0)).isAllowed).toBe(true);
    expect(await limit('a', 1_000)).toEqual({ isAllowed: false, retryAfterSeconds: 59 });
  });

  it('answers 429 with Retry-After and an accessible page in the reader’s language', async () => {
    const response = tooManySearches({ retryAfterSeconds: 42, isEnglish: false });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('请 42 秒后再试');
    expect(await tooManySearches({ retryAfterSeconds: 5, isEnglish: true }).text()).toContain('try again in 5 seconds');
  });
});
