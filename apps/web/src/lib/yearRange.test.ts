import { describe, expect, it } from 'vitest';
import { isYearShown } from './yearRange';

describe('academic years the site shows', () => {
  const withRecords = ['2022-2023', '2021-2022', '2020-2021'];
  const now = new Date('2026-11-28T12:00:00+08:00'); // in 2026-2027

  it('shows every year from the first with records to the current one', () => {
    for (const label of ['2020-2021', '2021-2022', '2022-2023', '2024-2025', '2026-2027']) expect(isYearShown(label, withRecords, now), label).toBe(true);
  });

  it('has nothing before the first year with records or after the current one', () => {
    for (const label of ['2019-2020', '1999-2000', '2027-2028', '2030-2031']) expect(isYearShown(label, withRecords, now), label).toBe(false);
  });

  it('refuses labels that are not academic years', () => {
    for (const label of ['2021-2023', 'abc', '2021', '']) expect(isYearShown(label, withRecords, now), label).toBe(false);
  });

  it('shows the current year alone before anything is published', () => {
    expect(isYearShown('2026-2027', [], now)).toBe(true);
    expect(isYearShown('2025-2026', [], now)).toBe(false);
  });

  it('turns to the next year on 1 September, Beijing time', () => {
    expect(isYearShown('2027-2028', withRecords, new Date('2027-08-31T15:59:59Z'))).toBe(false);
    expect(isYearShown('2027-2028', withRecords, new Date('2027-08-31T16:00:00Z'))).toBe(true);
  });
});
