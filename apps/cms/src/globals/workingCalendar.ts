import type { CalendarYear } from '@xxgk/domain';
import type { SiteSetting } from '../payload-types';

/**
 * The working-day calendar (工作日历) as the domain's rules take it, from the site settings
 * administrators keep each year: holidays and make-up working days (调休).
 */
export const workingCalendarOf = (settings: Pick<SiteSetting, 'calendar'>): CalendarYear[] =>
  (settings.calendar ?? []).map((year) => ({
    year: year.year,
    holidays: (year.holidays ?? []).map(({ name, start, end }) => ({ name, start, end })),
    makeupWorkdays: (year.makeupWorkdays ?? []).map(({ date }) => ({ date })),
  }));
