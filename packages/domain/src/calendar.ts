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
