import { parseAcademicYear } from '@xxgk/domain';
import { cache } from 'react';
import { AcademicYearStatisticsDocument, AcademicYearsDocument } from '../gql/graphql';
import { query } from './gateway';

/** Statistics for a well-formed academic year label ("2021-2022"); null for anything else. */
export const yearStatistics = cache(async (label: string) => {
  if (parseAcademicYear(label) === null) return null;
  return (await query(AcademicYearStatisticsDocument, { academicYear: label })).statistics;
});

export const academicYears = cache(async () => (await query(AcademicYearsDocument)).academicYears);
