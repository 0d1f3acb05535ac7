import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../calendar';
import { effectiveWorkingDay, isDueWithin, readClock, type ClockPause, type ClockTimeline } from './deadline';
import { officialCalendars as calendar } from './officialCalendars.fixture';

const timeline = (receivedOn: string, extra: Partial<ClockTimeline> = {}): ClockTimeline => ({
  receivedOn, replyWithin: 15, extensionDays: 0, pauses: [], stoppedOn: null, ...extra,
});
const read = (t: ClockTimeline, today: string, dueSoonDays = 3) => readClock({ timeline: t, calendar, today, dueSoonDays });

describe('the official 2021 and 2022 calendars (fixture)', () => {
  it('has make-up working days only on weekends, and holidays off', () => {
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    for (const year of calendar) {
      for (const { date } of year.makeupWorkdays) {
        expect([0, 6]).toContain(weekday(date));
        expect(isWorkingDay({ date, calendar })).toBe(true);
      }
      for (const holiday of year.holidays) expect(isWorkingDay({ date: holiday.start, calendar })).toBe(false);
    }
  });

  it('counts working days across National Day 2021 and its make-up days', () => {
    // 26 Sep (Sun) and 9 Oct (Sat) work; 1–7 Oct off.
    // After Fri 24 Sep: 26 (make-up Sunday), 27–30 Sep, 8, 9 (make-up Saturday) and 11 Oct.
    expect(workingDaysBetween({ from: '2021-09-24', to: '2021-10-11', calendar })).toBe(8);
    expect(addWorkingDays({ date: '2021-09-30', count: 2, calendar })).toBe('2021-10-09');
  });
});

describe('the statutory clock', () => {
  it('counts 15 working days from the day after receipt, across National Day 2021', () => {
    // Received Tue 28 Sep: 29, 30 Sep (2), 8, 9 Oct (4), 11–15 (9), 18–22 (14), 25 Oct (15).
    const clock = read(timeline('2021-09-28'), '2021-10-08');
    expect(clock).toMatchObject({ startsOn: '2021-09-28', dueOn: '2021-10-25', limit: 15, used: 3, remaining: 12, isOverdue: false, isDueSoon: false });
  });

  it('treats an application received on a holiday as received on the next working day', () => {
    // Sun 19 Sep 2021 is 中秋; 20, 21 Sep too: received Wed 22 Sep. Then 23, 24, 26 (make-up
    // Sunday), 27–30 Sep (7), 8, 9 Oct (9), 11–15 (14), 18 Oct (15).
    const clock = read(timeline('2021-09-19'), '2021-09-22');
    expect(clock).toMatchObject({ startsOn: '2021-09-22', dueOn: '2021-10-18', used: 0, remaining: 15 });
  });

  it('counts a make-up Saturday as a working day, both for receipt and for counting', () => {
    // Sat 29 Jan 2022 is a working day: day 1 is Sun 30 Jan (make-up), then 7 Feb after 春节.
    expect(read(timeline('2022-01-29'), '2022-01-30')).toMatchObject({ startsOn: '2022-01-29', dueOn: '2022-02-24', used: 1 });
    // From New Year's Eve 2021 across 元旦 2022: 4 Jan is day 1.
    expect(read(timeline('2021-12-31'), '2022-01-04')).toMatchObject({ dueOn: '2022-01-24', used: 1 });
  });

  it('pauses for a correction: the request day counts, the working days up to the amendment do not', () => {
    // Received and asked to correct Fri 23 Apr 2021 (day 0); amended Sat 8 May (a make-up day,
    // so paused through it). Counting resumes Mon 10 May: 10–14 (5), 17–21 (10), 24–28 May (15).
    const corrected = timeline('2021-04-23', { pauses: [{ from: '2021-04-23', to: '2021-05-08' }] });
    expect(read(corrected, '2021-05-10')).toMatchObject({ dueOn: '2021-05-28', used: 1, isPaused: false });
    // Amended on Sunday 9 May: treated as Monday 10 May, which then does not count either.
    const onSunday = timeline('2021-04-23', { pauses: [{ from: '2021-04-23', to: '2021-05-09' }] });
    expect(read(onSunday, '2021-05-10')).toMatchObject({ dueOn: '2021-05-31', used: 0 });
  });

  it('shows a provisional due date while paused, and is then neither due soon nor overdue', () => {
    const waiting = timeline('2021-04-23', { pauses: [{ from: '2021-04-23', to: null }] });
    const clock = read(waiting, '2021-04-28');
    expect(clock).toMatchObject({ isPaused: true, used: 0, remaining: 15, isDueSoon: false, isOverdue: false });
    // As if the amendment came today (Wed 28 Apr): from Thu 29 Apr, 15 working days.
    expect(clock.dueOn).toBe(addWorkingDays({ date: '2021-04-28', count: 15, calendar }));
  });

  it('pauses for a third party at most the consultation limit, then runs again', () => {
    // Received Mon 28 Feb 2022, consulted Tue 1 Mar (day 1), never answered: 2–22 Mar (15 working
    // days) do not count; from 23 Mar: 23–25 (4), 28 Mar–1 Apr (9), Sat 2 Apr make-up (10),
    // 清明 3–5 Apr, 6–8 (13), 11, 12 Apr (15).
    const consulting = timeline('2022-02-28', { pauses: [{ from: '2022-03-01', to: null, limit: 15 }] });
    expect(read(consulting, '2022-03-15')).toMatchObject({ isPaused: true, used: 1 });
    expect(read(consulting, '2022-03-22')).toMatchObject({ isPaused: true, used: 1 });
    expect(read(consulting, '2022-03-25')).toMatchObject({ isPaused: false, used: 4, dueOn: '2022-04-12' });
  });

  it('adds an extension once, across National Day 2022 with a consultation', () => {
    // Received Mon 19 Sep 2022. Without pauses: 20–23 (4), 26–30 Sep (9), Sat 8 and Sun 9 Oct
    // (make-up, 11), 10–13 Oct (15).
    expect(read(timeline('2022-09-19'), '2022-09-19').dueOn).toBe('2022-10-13');
    // Consulted Tue 27 Sep (day 6), answered Mon 10 Oct: 28–30 Sep, 8, 9, 10 Oct do not count.
    // Day 7 is 11 Oct; the 15th is Fri 21 Oct; 15 more working days end on Fri 11 Nov.
    const pauses: ClockPause[] = [{ from: '2022-09-27', to: '2022-10-10', limit: 15 }];
    expect(read(timeline('2022-09-19', { pauses }), '2022-10-10')).toMatchObject({ dueOn: '2022-10-21', used: 6 });
    const extended = timeline('2022-09-19', { pauses, extensionDays: 15 });
    expect(read(extended, '2022-10-14')).toMatchObject({ dueOn: '2022-11-11', limit: 30, used: 10, remaining: 20 });
    // Replied Thu 10 Nov: 29 working days used, on time; the clock stays stopped.
    const replied = read({ ...extended, stoppedOn: '2022-11-10' }, '2023-03-01');
    expect(replied).toMatchObject({ isStopped: true, used: 29, remaining: 1, isOverdue: false, isDueSoon: false });
  });

  it('is due soon within the last working days, and overdue the day after the due date', () => {
    const t = timeline('2021-09-28'); // due Mon 25 Oct 2021
    expect(read(t, '2021-10-19')).toMatchObject({ used: 11, remaining: 4, isDueSoon: false });
    expect(read(t, '2021-10-20')).toMatchObject({ used: 12, remaining: 3, isDueSoon: true });
    expect(read(t, '2021-10-25')).toMatchObject({ remaining: 0, isDueSoon: true, isOverdue: false });
    expect(read(t, '2021-10-26')).toMatchObject({ remaining: -1, isDueSoon: false, isOverdue: true });
    // A Saturday after a Friday due date is late although no working day passed.
    expect(read(timeline('2021-10-15'), '2021-11-06')).toMatchObject({ dueOn: '2021-11-05', remaining: 0, isOverdue: true });
    expect(isDueWithin(read(t, '2021-10-11'), 10)).toBe(true);
    expect(read({ ...t, stoppedOn: '2021-10-26' }, '2021-12-01')).toMatchObject({ isStopped: true, isOverdue: true, isDueSoon: false });
  });

  it('uses the next working day for a day that is not one', () => {
    expect(effectiveWorkingDay({ date: '2022-10-01', calendar })).toBe('2022-10-08');
    expect(effectiveWorkingDay({ date: '2022-10-08', calendar })).toBe('2022-10-08');
  });
});

describe('properties of the clock (2021–2022 calendars)', () => {
  const days = 730;
  const dateArb = fc.integer({ min: 0, max: days - 1 }).map((offset) => new Date(Date.UTC(2021, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
  const pauseArb = fc.record({
    from: dateArb,
    length: fc.integer({ min: 0, max: 60 }),
    open: fc.boolean(),
    limit: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  });
  const plusDays = (date: string, count: number) => new Date(Date.parse(`${date}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);
  const toPause = ({ from, length, open, limit }: { from: string; length: number; open: boolean; limit: number | null }): ClockPause => ({
    from, to: open ? null : plusDays(from, length), limit,
  });
  const caseArb = fc.record({
    receivedOn: dateArb,
    today: dateArb,
    extended: fc.boolean(),
    pauses: fc.array(pauseArb, { maxLength: 3 }),
  });

  it('never shortens a deadline by pausing', () => {
    fc.assert(
      fc.property(caseArb, ({ receivedOn, today, pauses }) => {
        const without = read(timeline(receivedOn), today);
        const withPauses = read(timeline(receivedOn, { pauses: pauses.map(toPause) }), today);
        return withPauses.dueOn >= without.dueOn && withPauses.used <= without.used;
      }),
    );
  });

  it('never shortens a deadline by extending it', () => {
    fc.assert(
      fc.property(caseArb, ({ receivedOn, today, pauses }) => {
        const base = timeline(receivedOn, { pauses: pauses.map(toPause) });
        return read({ ...base, extensionDays: 15 }, today).dueOn > read(base, today).dueOn;
      }),
    );
  });

  it('always falls due on a working day, after the receipt', () => {
    fc.assert(
      fc.property(caseArb, ({ receivedOn, today, extended, pauses }) => {
        const clock = read(timeline(receivedOn, { pauses: pauses.map(toPause), extensionDays: extended ? 15 : 0 }), today);
        return isWorkingDay({ date: clock.dueOn, calendar }) && clock.dueOn > receivedOn;
      }),
    );
  });

  it('without pauses, due = 15 working days after the effective receipt, and used + remaining = limit', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (receivedOn, today) => {
        const clock = read(timeline(receivedOn), today);
        const start = effectiveWorkingDay({ date: receivedOn, calendar });
        return clock.dueOn === addWorkingDays({ date: start, count: 15, calendar }) && clock.used + clock.remaining === 15 && clock.used === Math.max(0, workingDaysBetween({ from: start, to: today, calendar }));
      }),
    );
  });
});
