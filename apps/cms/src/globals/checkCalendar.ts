import { globals } from '@xxgk/domain';
import { ValidationError, type GlobalBeforeChangeHook } from 'payload';
import { t } from '../i18n/messages';

type CalendarRow = {
  year?: number;
  holidays?: { name?: string; start?: string; end?: string }[];
  makeupWorkdays?: { date?: string }[];
};

/** A holiday that ends before it starts, or a make-up day filed under the wrong year, would silently skew every deadline. */
export const checkCalendar: GlobalBeforeChangeHook = ({ data, req }) => {
  const errors: { path: string; message: string }[] = [];
  (data.calendar as CalendarRow[] | undefined)?.forEach((row, rowIndex) => {
    row.holidays?.forEach((holiday, index) => {
      if (holiday.start && holiday.end && holiday.end < holiday.start) {
        errors.push({ path: `calendar.${rowIndex}.holidays.${index}.end`, message: t(req, 'calendarRangeReversed', { name: holiday.name ?? '' }) });
      }
    });
    row.makeupWorkdays?.forEach((day, index) => {
      if (day.date && row.year && Number(day.date.slice(0, 4)) !== row.year) {
        errors.push({ path: `calendar.${rowIndex}.makeupWorkdays.${index}.date`, message: t(req, 'calendarDateOutsideYear', { date: day.date, year: row.year }) });
      }
    });
  });
  if (errors.length > 0) throw new ValidationError({ global: globals.siteSettings, errors, req }, req.t);
  return data;
};
