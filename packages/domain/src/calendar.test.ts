import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, type CalendarYear } from './calendar';

// From the State Council's notice on the 2021 holidays (国办发明电〔2020〕27号): National Day
// 1–7 October, with Sunday 26 September and Saturday 9 October as make-up working days.
const calendar: CalendarYear[] = [
  {
    year: 2021,
    holidays: [{ name: '国庆节', start: '2021-10-01', end: '2021-10-07' }],
    makeupWorkdays: [{ date: '2021-09-26' }, { date: '2021-10-09' }],
  },
];

describe('working-day calendar', () => {
  it('treats holidays as days off and make-up Saturdays and Sundays as working days', () => {
    expect(isWorkingDay({ date: '2021-10-04', calendar })).toBe(false);
    expect(isWorkingDay({ date: '2021-10-09', calendar })).toBe(true);
    expect(isWorkingDay({ date: '2021-09-26', calendar })).toBe(true);
    expect(isWorkingDay({ date: '2021-10-10', calendar })).toBe(false);
  });

  it('skips the National Day week when counting a deadline', () => {
    expect(addWorkingDays({ date: '2021-09-30', count: 1, calendar })).toBe('2021-10-08');
    expect(addWorkingDays({ date: '2021-09-30', count: 2, calendar })).toBe('2021-10-09');
    // 20 working days from 28 Sept 2021: 29, 30 Sept; 8, 9 (make-up), 11–15, 18–22, 25–29 Oct
    // make 19, so the 20th is Monday 1 November.
    expect(addWorkingDays({ date: '2021-09-28', count: 20, calendar })).toBe('2021-11-01');
  });

  it('falls back to Monday–Friday for a year nobody entered', () => {
    expect(addWorkingDays({ date: '2030-01-04', count: 1, calendar })).toBe('2030-01-07');
  });
});
