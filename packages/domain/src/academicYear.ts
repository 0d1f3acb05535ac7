/**
 * Academic years (学年) run from 1 September to 31 August, China Standard Time (UTC+8, no
 * daylight saving). Labels look like "2021-2022".
 */
const pattern = /^(\d{4})-(\d{4})$/;
const chinaOffset = '+08:00';

export type AcademicYearRange = { label: string; from: Date; to: Date };

export const parseAcademicYear = (label: string): number | null => {
  const match = pattern.exec(label);
  if (!match) return null;
  const start = Number(match[1]);
  return Number(match[2]) === start + 1 ? start : null;
};

/** Half-open range [from, to): from 1 Sept 00:00 to the next 1 Sept 00:00, Beijing time. */
export const academicYearRange = (label: string): AcademicYearRange => {
  const start = parseAcademicYear(label);
  if (start === null) {
    throw new RangeError(`学年格式应为 "2021-2022" / academic year must look like "2021-2022", got "${label}"`);
  }
  return {
    label,
    from: new Date(`${start}-09-01T00:00:00${chinaOffset}`),
    to: new Date(`${start + 1}-09-01T00:00:00${chinaOffset}`),
  };
};

/** The calendar date (YYYY-MM-DD) of an instant in Beijing time. */
export const chinaDate = (instant: Date): string =>
  new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const academicYearOf = (instant: Date): string => {
  const [year, month] = chinaDate(instant).split('-').map(Number) as [number, number];
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
};

/** Noon Beijing time on a calendar date: a safe instant for a date-only value. */
export const chinaNoon = (date: string): Date => new Date(`${date}T12:00:00${chinaOffset}`);
