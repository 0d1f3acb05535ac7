import { cache } from 'react';
import { AcademicYearStatisticsDocument, AcademicYearsDocument } from '../gql/graphql';
import { query } from './gateway';
import { isYearShown } from './yearRange';

export const academicYears = cache(async () => (await query(AcademicYearsDocument)).academicYears);

/** Whether a statistics page, report or CSV exists for this academic year label (see isYearShown). */
export const yearExists = async (label: string) => isYearShown(label, (await academicYears()).map((year) => year.label), new Date());

/** Statistics for an academic year the site shows ("2021-2022"); null for any other label. */
export const yearStatistics = cache(async (label: string) => {
  if (!(await yearExists(label))) return null;
  return (await query(AcademicYearStatisticsDocument, { academicYear: label })).statistics;
});
