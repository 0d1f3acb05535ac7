/**
 * Working days (工作日) for statutory deadlines: Monday–Friday, minus official holidays, plus
 * make-up working days (调休). The calendar is data administrators maintain per year in the
 * CMS site settings; nothing here hard-codes a year.
 */
export type HolidayRange = { name: string; start: string; end: string };
export type CalendarYear = { year: number; holidays: HolidayRange[]; makeupWorkdays: { date: string }[] };

const dayOfWeek = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export const isWorkingDay = ({ date, calendar }: { date: string; calendar: CalendarYear[] }): boolean => {
  const year = calendar.find((entry) => entry.year === Number(date.slice(0, 4)));
  if (year?.makeupWorkdays.some((day) => day.date === date)) return true;
  if (year?.holidays.some((holiday) => holiday.start <= date && date <= holiday.end)) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
};

/** The date `count` working days after `date` (the start date itself does not count). */
export const addWorkingDays = ({
  date,
  count,
  calendar,
}: {
  date: string;
  count: number;
  calendar: CalendarYear[];
}): string => {
  let current = date;
  for (let remaining = count; remaining > 0; ) {
    current = nextDate(current);
    if (isWorkingDay({ date: current, calendar })) remaining -= 1;
  }
  return current;
};

/**
 * How many working days lie after `from` up to and including `to` (0 on the same day): the
 * inverse of addWorkingDays, so addWorkingDays(from, n) lands on a date n working days later.
 * Negative when `to` is before `from`.
 */
export const workingDaysBetween = ({ from, to, calendar }: { from: string; to: string; calendar: CalendarYear[] }): number => {
  if (to < from) return -workingDaysBetween({ from: to, to: from, calendar });
  let count = 0;
  for (let current = from; current < to; ) {
    current = nextDate(current);
    if (isWorkingDay({ date: current, calendar })) count += 1;
  }
  return count;
};

/**
 * For counting many spans at once (a department's year of publications): each date from `from`
 * to `to` with the number of working days after `from` up to it, so that
 * workingDaysBetween(a, b) = ordinal(b) − ordinal(a) for any two dates in the range, in one pass
 * over the calendar instead of one per span.
 */
export const workingDayOrdinals = ({ from, to, calendar }: { from: string; to: string; calendar: CalendarYear[] }): Map<string, number> => {
  const ordinals = new Map<string, number>([[from, 0]]);
  for (let current = from, count = 0; current < to; ) {
    current = nextDate(current);
    if (isWorkingDay({ date: current, calendar })) count += 1;
    ordinals.set(current, count);
  }
  return ordinals;
};
