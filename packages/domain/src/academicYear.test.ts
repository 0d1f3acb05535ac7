import { describe, expect, it } from 'vitest';
import { academicYearOf, academicYearRange, parseAcademicYear } from './academicYear';

describe('academic years (学年, 1 September – 31 August, Beijing time)', () => {
  it('starts at midnight of 1 September in Beijing, which is 16:00 UTC the day before', () => {
    const { from, to } = academicYearRange('2021-2022');
    expect(from.toISOString()).toBe('2021-08-31T16:00:00.000Z');
    expect(to.toISOString()).toBe('2022-08-31T16:00:00.000Z');
  });

  it('places late-evening UTC instants on the next Beijing day', () => {
    expect(academicYearOf(new Date('2022-08-31T15:59:59Z'))).toBe('2021-2022');
    expect(academicYearOf(new Date('2022-08-31T16:00:00Z'))).toBe('2022-2023');
  });

  it('refuses labels that are not consecutive years', () => {
    expect(parseAcademicYear('2021-2023')).toBeNull();
    expect(parseAcademicYear('2021')).toBeNull();
    expect(() => academicYearRange('二〇二一')).toThrow(/2021-2022/);
  });
});
