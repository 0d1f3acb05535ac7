import type { CalendarYear } from '../calendar';

/**
 * Test fixture: the official working-day calendars of 2021 and 2022, as the State Council's
 * notices on public holidays set them (国务院办公厅关于2021年部分节假日安排的通知,
 * 国办发明电〔2020〕27号; 关于2022年部分节假日安排的通知, 国办发明电〔2021〕11号), in the
 * shape administrators enter them in the CMS.
 */
export const calendar2021: CalendarYear = {
  year: 2021,
  holidays: [
    { name: '元旦', start: '2021-01-01', end: '2021-01-03' },
    { name: '春节', start: '2021-02-11', end: '2021-02-17' },
    { name: '清明节', start: '2021-04-03', end: '2021-04-05' },
    { name: '劳动节', start: '2021-05-01', end: '2021-05-05' },
    { name: '端午节', start: '2021-06-12', end: '2021-06-14' },
    { name: '中秋节', start: '2021-09-19', end: '2021-09-21' },
    { name: '国庆节', start: '2021-10-01', end: '2021-10-07' },
  ],
  // Sunday 7 Feb, Saturday 20 Feb, Sunday 25 Apr, Saturday 8 May, Saturday 18 Sep, Sunday 26 Sep, Saturday 9 Oct.
  makeupWorkdays: [
    { date: '2021-02-07' }, { date: '2021-02-20' }, { date: '2021-04-25' }, { date: '2021-05-08' },
    { date: '2021-09-18' }, { date: '2021-09-26' }, { date: '2021-10-09' },
  ],
};

export const calendar2022: CalendarYear = {
  year: 2022,
  holidays: [
    { name: '元旦', start: '2022-01-01', end: '2022-01-03' },
    { name: '春节', start: '2022-01-31', end: '2022-02-06' },
    { name: '清明节', start: '2022-04-03', end: '2022-04-05' },
    { name: '劳动节', start: '2022-04-30', end: '2022-05-04' },
    { name: '端午节', start: '2022-06-03', end: '2022-06-05' },
    { name: '中秋节', start: '2022-09-10', end: '2022-09-12' },
    { name: '国庆节', start: '2022-10-01', end: '2022-10-07' },
  ],
  // Saturday 29 Jan, Sunday 30 Jan, Saturday 2 Apr, Sunday 24 Apr, Saturday 7 May, Saturday 8 Oct, Sunday 9 Oct.
  makeupWorkdays: [
    { date: '2022-01-29' }, { date: '2022-01-30' }, { date: '2022-04-02' }, { date: '2022-04-24' },
    { date: '2022-05-07' }, { date: '2022-10-08' }, { date: '2022-10-09' },
  ],
};

export const officialCalendars: CalendarYear[] = [calendar2021, calendar2022];
