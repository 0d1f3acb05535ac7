import { globals, type CalendarYear } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';

/** The working-day calendar and reminder settings, as administrators keep them in the site settings. */
export const workingCalendarOf = async (req: PayloadRequest) => {
  const settings = await req.payload.findGlobal({ slug: globals.siteSettings, depth: 0, req, overrideAccess: true });
  const calendar: CalendarYear[] = (settings.calendar ?? []).map((year) => ({
    year: year.year,
    holidays: (year.holidays ?? []).map(({ name, start, end }) => ({ name, start, end })),
    makeupWorkdays: (year.makeupWorkdays ?? []).map(({ date }) => ({ date })),
  }));
  return { calendar, settings };
};
