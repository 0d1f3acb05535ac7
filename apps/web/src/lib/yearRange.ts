import { academicYearOf, parseAcademicYear } from '@xxgk/domain';

/**
 * Whether the site has an academic year to show: any year from the first with public records
 * to the later of the last one and the current year (whose figures fill up as records are
 * published); years in between show their zeros. Years before or after have nothing to show and
 * answer 404 like any unknown address, so that crawlers do not index endless empty years.
 */
export const isYearShown = (label: string, yearsWithRecords: string[], now: Date) => {
  const start = parseAcademicYear(label);
  if (start === null) return false;
  const starts = [...yearsWithRecords.map(parseAcademicYear).filter((year): year is number => year !== null), parseAcademicYear(academicYearOf(now))!];
  return start >= Math.min(...starts) && start <= Math.max(...starts);
};
