import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDayOrdinals, workingDaysBetween, type CalendarYear } from './calendar';
import {
  addCalendarMonths,
  datePeriodOf,
  itemTimeliness,
  maySupervise,
  periodInstants,
  supervise,
  supervisionAsOf,
  weightedMedian,
  type ItemTimelinessInput,
  type SupervisionSettings,
} from './supervision';
import { academicYearRange } from './academicYear';

// From the State Council's notice on the 2022 holidays (国办发明电〔2021〕11号): Spring Festival
// 31 January – 6 February with Saturday 29 and Sunday 30 January worked; National Day 1–7 October
// with Saturday 8 and Sunday 9 October worked.
const calendar: CalendarYear[] = [
  {
    year: 2022,
    holidays: [
      { name: '春节', start: '2022-01-31', end: '2022-02-06' },
      { name: '国庆节', start: '2022-10-01', end: '2022-10-07' },
    ],
    makeupWorkdays: [{ date: '2022-01-29' }, { date: '2022-01-30' }, { date: '2022-10-08' }, { date: '2022-10-09' }],
  },
];
const settings: SupervisionSettings = { publishWithin: 20, dueSoonDays: 5, calendar };

describe('working days between two dates', () => {
  it('is 0 on the same day and counts the days after the first up to the second', () => {
    expect(workingDaysBetween({ from: '2022-09-28', to: '2022-09-28', calendar })).toBe(0);
    expect(workingDaysBetween({ from: '2022-09-28', to: '2022-09-29', calendar })).toBe(1);
    // Friday to Monday: the weekend does not count.
    expect(workingDaysBetween({ from: '2022-09-23', to: '2022-09-26', calendar })).toBe(1);
  });

  it('skips the National Day week 2022 and counts its make-up Saturday and Sunday', () => {
    expect(workingDaysBetween({ from: '2022-09-30', to: '2022-10-07', calendar })).toBe(0);
    expect(workingDaysBetween({ from: '2022-09-30', to: '2022-10-08', calendar })).toBe(1);
    expect(workingDaysBetween({ from: '2022-09-30', to: '2022-10-09', calendar })).toBe(2);
    expect(workingDaysBetween({ from: '2022-09-30', to: '2022-10-10', calendar })).toBe(3);
  });

  it('skips the Spring Festival 2022 and counts the Saturday and Sunday worked before it', () => {
    expect(workingDaysBetween({ from: '2022-01-28', to: '2022-01-30', calendar })).toBe(2);
    expect(workingDaysBetween({ from: '2022-01-28', to: '2022-02-06', calendar })).toBe(2);
    expect(workingDaysBetween({ from: '2022-01-28', to: '2022-02-07', calendar })).toBe(3);
  });

  it('is negative when the second date comes first', () => {
    expect(workingDaysBetween({ from: '2022-10-10', to: '2022-09-30', calendar })).toBe(-3);
  });

  it('undoes addWorkingDays for every start day and count around both holidays', () => {
    for (const start of ['2022-01-20', '2022-09-20']) {
      for (let offset = 0; offset < 25; offset += 1) {
        const from = new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
        for (let count = 0; count <= 30; count += 1) {
          const to = addWorkingDays({ date: from, count, calendar });
          expect(workingDaysBetween({ from, to, calendar }), `${from} + ${count}`).toBe(count);
        }
      }
    }
  });

  it('agrees with the ordinals used to count many spans at once', () => {
    const ordinals = workingDayOrdinals({ from: '2022-01-01', to: '2022-12-31', calendar });
    expect(ordinals.size).toBe(365);
    for (const [from, to] of [['2022-01-28', '2022-02-07'], ['2022-09-16', '2022-10-19'], ['2022-03-01', '2022-03-01'], ['2022-10-10', '2022-09-30']] as const) {
      expect(ordinals.get(to)! - ordinals.get(from)!, `${from} → ${to}`).toBe(workingDaysBetween({ from, to, calendar }));
    }
  });
});

const realtime = (overrides: Partial<ItemTimelinessInput> = {}): ItemTimelinessInput => ({
  cadence: 'realtime',
  notApplicable: false,
  lastPublishedDate: null,
  earliestPendingFormedDate: null,
  ...overrides,
});

describe('item status: realtime and onChange items', () => {
  // Formed Friday 16 September 2022: 20 working days are 19–23 and 26–30 September, the make-up
  // 8 and 9 October, 10–14 and 17–19 October, so it is due on Wednesday 19 October.
  const pending = realtime({ earliestPendingFormedDate: '2022-09-16', lastPublishedDate: '2022-03-01' });

  it('is due 20 working days after the date formed, skipping the holiday and counting the make-up days', () => {
    expect(itemTimeliness({ item: pending, asOf: '2022-09-20', settings })).toEqual({ status: 'onTime', nextDue: '2022-10-19' });
  });

  it('is due soon within 5 working days of the due date, counted across the holiday', () => {
    // 30 September → 19 October is 19 calendar days but 10 working days: still on time.
    expect(itemTimeliness({ item: pending, asOf: '2022-09-30', settings }).status).toBe('onTime');
    expect(itemTimeliness({ item: pending, asOf: '2022-10-11', settings }).status).toBe('onTime'); // 6 left
    expect(itemTimeliness({ item: pending, asOf: '2022-10-12', settings }).status).toBe('dueSoon'); // 5 left
    expect(itemTimeliness({ item: pending, asOf: '2022-10-19', settings }).status).toBe('dueSoon'); // due today
  });

  it('is overdue the day after the due date', () => {
    expect(itemTimeliness({ item: pending, asOf: '2022-10-20', settings })).toEqual({ status: 'overdue', nextDue: '2022-10-19' });
  });

  it('without the make-up days the same record would be due two working days later', () => {
    const noMakeup = [{ ...calendar[0]!, makeupWorkdays: [] }];
    expect(itemTimeliness({ item: pending, asOf: '2022-09-20', settings: { ...settings, calendar: noMakeup } }).nextDue).toBe('2022-10-21');
  });

  it('is on time with public records and nothing pending, not published with neither', () => {
    expect(itemTimeliness({ item: realtime({ lastPublishedDate: '2020-01-01' }), asOf: '2022-10-20', settings })).toEqual({ status: 'onTime', nextDue: null });
    expect(itemTimeliness({ item: realtime(), asOf: '2022-10-20', settings })).toEqual({ status: 'notPublished', nextDue: null });
    expect(itemTimeliness({ item: realtime({ cadence: 'onChange', earliestPendingFormedDate: '2022-09-16' }), asOf: '2022-10-20', settings }).status).toBe('overdue');
    expect(itemTimeliness({ item: realtime({ cadence: null, earliestPendingFormedDate: '2022-09-16' }), asOf: '2022-10-20', settings }).status).toBe('overdue');
  });

  it('is not applicable whatever its records say', () => {
    expect(itemTimeliness({ item: { ...pending, notApplicable: true }, asOf: '2022-12-31', settings })).toEqual({ status: 'notApplicable', nextDue: null });
  });
});

describe('item status: yearly and semester items', () => {
  const yearly = realtime({ cadence: 'yearly', lastPublishedDate: '2021-10-20' });

  it('is due one year after the last public publication', () => {
    expect(itemTimeliness({ item: yearly, asOf: '2022-06-01', settings })).toEqual({ status: 'onTime', nextDue: '2022-10-20' });
    // 14 → 20 October 2022 is 4 working days.
    expect(itemTimeliness({ item: yearly, asOf: '2022-10-14', settings }).status).toBe('dueSoon');
    expect(itemTimeliness({ item: yearly, asOf: '2022-10-21', settings }).status).toBe('overdue');
  });

  it('ignores pending records: the cadence alone sets the date', () => {
    expect(itemTimeliness({ item: { ...yearly, earliestPendingFormedDate: '2022-01-04' }, asOf: '2022-06-01', settings }).status).toBe('onTime');
  });

  it('is due six months after for semester items', () => {
    expect(itemTimeliness({ item: realtime({ cadence: 'semester', lastPublishedDate: '2022-08-31' }), asOf: '2022-09-01', settings }).nextDue).toBe('2023-02-28');
  });

  it('is not published, with no due date, when nothing was ever published', () => {
    expect(itemTimeliness({ item: realtime({ cadence: 'yearly' }), asOf: '2022-06-01', settings })).toEqual({ status: 'notPublished', nextDue: null });
  });

  it('moves a date the target month lacks to its last day', () => {
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2022-12-15', 6)).toBe('2023-06-15');
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});

describe('periods', () => {
  it('judges a past period on its last day and the current one today', () => {
    const period = { from: '2021-09-01', to: '2022-08-31' };
    expect(supervisionAsOf({ period, today: '2026-11-28' })).toBe('2022-08-31');
    expect(supervisionAsOf({ period, today: '2022-03-01' })).toBe('2022-03-01');
  });

  it('turns an academic year into its days and back into Beijing-time instants', () => {
    const period = datePeriodOf(academicYearRange('2021-2022'));
    expect(period).toEqual({ from: '2021-09-01', to: '2022-08-31' });
    expect(periodInstants(period)).toEqual({ from: new Date('2021-08-31T16:00:00.000Z'), to: new Date('2022-08-31T16:00:00.000Z') });
  });
});

describe('who may supervise', () => {
  it('supervisors, reviewers and administrators; not editors or the public', () => {
    for (const role of ['supervisor', 'reviewer', 'admin'] as const) expect(maySupervise({ id: 1, role, departmentId: null })).toBe(true);
    expect(maySupervise({ id: 1, role: 'editor', departmentId: 3 })).toBe(false);
    expect(maySupervise(null)).toBe(false);
  });
});

describe('department figures', () => {
  it('takes the median of weighted values, the mean of the middle two for an even count', () => {
    expect(weightedMedian([])).toBeNull();
    expect(weightedMedian([{ value: 3, count: 1 }])).toBe(3);
    expect(weightedMedian([{ value: 10, count: 1 }, { value: 2, count: 2 }])).toBe(2);
    expect(weightedMedian([{ value: 1, count: 1 }, { value: 4, count: 1 }])).toBe(2.5);
    expect(weightedMedian([{ value: 5, count: 2 }, { value: 9, count: 0 }, { value: 1, count: 2 }])).toBe(3);
  });

  const items = [
    { id: 'i1', cadence: 'realtime' as const, notApplicable: false, responsibleDepartment: 'd1' },
    { id: 'i2', cadence: 'yearly' as const, notApplicable: false, responsibleDepartment: 'd1' },
    { id: 'i3', cadence: 'realtime' as const, notApplicable: true, responsibleDepartment: 'd2' },
  ];
  const facts = {
    items: [
      { itemId: 'i1', publicInPeriod: 3, lastPublishedAt: '2022-10-20T04:00:00.000Z', earliestPendingFormedDate: '2022-09-16', pendingCount: 2 },
      { itemId: 'i2', publicInPeriod: 0, lastPublishedAt: '2021-05-31T16:30:00.000Z', earliestPendingFormedDate: null, pendingCount: 0 },
    ],
    publications: [
      // On time thanks to the make-up Saturday: 16 September → 19 October is exactly 20 working days.
      { departmentId: 'd1', formedDate: '2022-09-16', publishedDate: '2022-10-19', count: 1 },
      // Late by one working day across the holiday: 16 September → 20 October is 21.
      { departmentId: 'd1', formedDate: '2022-09-16', publishedDate: '2022-10-20', count: 1 },
      // The same day: 0.
      { departmentId: 'd1', formedDate: '2022-09-30', publishedDate: '2022-09-30', count: 2 },
      // 30 September → 8 October (the make-up Saturday): 1.
      { departmentId: 'd2', formedDate: '2022-09-30', publishedDate: '2022-10-08', count: 1 },
    ],
    waiting: [{ departmentId: 'd1', count: 2, oldestSubmittedDate: '2022-09-30' }],
    reviewEvents: [{ departmentId: 'd2', returned: 2, withdrawn: 1 }],
  };
  const period = { from: '2022-09-01', to: '2023-08-31' };

  it('counts overdue items, timeliness of publications, waiting records and review events', () => {
    const report = supervise({ items, departmentIds: ['d1', 'd2', 'd3'], facts, settings, period, today: '2022-10-21', publicOnly: false });
    expect(report.asOf).toBe('2022-10-21');
    expect(report.items.map((item) => [item.itemId, item.status, item.nextDue])).toEqual([
      ['i1', 'overdue', '2022-10-19'],
      ['i2', 'overdue', '2022-06-01'],
      ['i3', 'notApplicable', null],
    ]);
    expect(report.departments).toEqual([
      {
        departmentId: 'd1',
        overdueItems: 2,
        publishedCount: 4,
        medianWorkingDays: 10, // 0, 0, 20, 21
        withinDeadlineShare: 0.75,
        // 30 September → 21 October: 8, 9 (make-up), 10–14, 17–21 October.
        waiting: { count: 2, longestWorkingDays: 12 },
        returned: 0,
        withdrawn: 0,
      },
      { departmentId: 'd2', overdueItems: 0, publishedCount: 1, medianWorkingDays: 1, withinDeadlineShare: 1, waiting: { count: 0, longestWorkingDays: null }, returned: 2, withdrawn: 1 },
      { departmentId: 'd3', overdueItems: 0, publishedCount: 0, medianWorkingDays: null, withinDeadlineShare: null, waiting: { count: 0, longestWorkingDays: null }, returned: 0, withdrawn: 0 },
    ]);
  });

  it('says nothing about waiting, returns or withdrawals in the public variant, even when given them', () => {
    const report = supervise({ items, departmentIds: ['d1', 'd2'], facts, settings, period, today: '2022-10-21', publicOnly: true });
    expect(report.publicOnly).toBe(true);
    for (const department of report.departments) expect(department).toMatchObject({ waiting: null, returned: null, withdrawn: null });
  });

  it('treats an item without facts as having no records', () => {
    const report = supervise({ items, departmentIds: [], facts: { items: [], publications: [] }, settings, period, today: '2022-10-21', publicOnly: false });
    expect(report.items.map((item) => item.status)).toEqual(['notPublished', 'notPublished', 'notApplicable']);
    expect(report.items[0]).toMatchObject({ publicInPeriod: 0, lastPublishedAt: null, lastPublishedDate: null, pendingCount: 0 });
  });
});
