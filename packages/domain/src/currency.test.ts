import { describe, expect, it } from 'vitest';
import { itemCurrency } from './currency';

const now = new Date('2026-11-28T00:00:00+08:00');

describe('checklist item currency (是否按期更新)', () => {
  it('is missing while nothing is public', () => {
    expect(itemCurrency({ cadence: 'yearly', latestPublishedAt: null, now })).toBe('missing');
  });

  it('keeps a yearly item current for a year and a month of grace, then calls it stale', () => {
    expect(itemCurrency({ cadence: 'yearly', latestPublishedAt: '2025-11-01T00:00:00Z', now })).toBe('current');
    expect(itemCurrency({ cadence: 'yearly', latestPublishedAt: '2025-10-01T00:00:00Z', now })).toBe('stale');
  });

  it('holds real-time items to a month', () => {
    expect(itemCurrency({ cadence: 'realtime', latestPublishedAt: '2026-11-01T00:00:00Z', now })).toBe('current');
    expect(itemCurrency({ cadence: 'realtime', latestPublishedAt: '2026-10-01T00:00:00Z', now })).toBe('stale');
  });

  it('treats items updated on change, or without a cadence, as current once disclosed', () => {
    expect(itemCurrency({ cadence: 'onChange', latestPublishedAt: '2010-01-01T00:00:00Z', now })).toBe('current');
    expect(itemCurrency({ cadence: null, latestPublishedAt: '2010-01-01T00:00:00Z', now })).toBe('current');
  });
});
