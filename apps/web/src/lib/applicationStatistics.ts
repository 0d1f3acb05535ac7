import { academicYearOf, parseAcademicYear } from '@xxgk/domain';
import { cache } from 'react';
import { ApplicationSettingsDocument, ApplicationStatisticsPageDocument, type ApplicationStatisticsPageQuery } from '../gql/graphql';
import { query } from './gateway';
import { academicYears, yearExists } from './statistics';

export type ApplicationFigures = ApplicationStatisticsPageQuery['applicationStatistics'];

/** The institution's rules for applications (time limits, identity document, retention), as the CMS sets them. */
export const applicationSettings = cache(async () => (await query(ApplicationSettingsDocument)).applicationSettings);

/**
 * The academic years whose application figures the site offers, newest first: the range the
 * column's statistics cover (lib/yearRange.ts: from the first year with public records to the
 * current one), so that a year without applications shows its notice and years outside answer 404.
 */
export const applicationYears = cache(async () => {
  const starts = [...(await academicYears()).map((year) => year.label), academicYearOf(new Date())].map(parseAcademicYear).filter((start): start is number => start !== null);
  const years: string[] = [];
  for (let start = Math.max(...starts); start >= Math.min(...starts); start -= 1) years.push(`${start}-${start + 1}`);
  return years;
});

/** The figures of an academic year the site offers ("2022-2023"); null for any other label. */
export const applicationYearStatistics = cache(async (label: string) => {
  if (!(await yearExists(label))) return null;
  return (await query(ApplicationStatisticsPageDocument, { academicYear: label })).applicationStatistics;
});

/** Nothing to count: no application received, carried or concluded in the year. */
export const hasNoApplications = (figures: ApplicationFigures) => figures.received + figures.carriedOver + figures.concluded + figures.carriedIntoNext === 0;
