import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../refusal';
import { lastEndedPeriod, periodHasEnded, reportPeriod, reportPeriodRefusal } from './reportPeriod';

describe('reportPeriod', () => {
  it('reads an academic year for the Ministry format, due on 31 October after it', () => {
    expect(reportPeriod('moe', '2021-2022')).toEqual({
      ok: true,
      period: { format: 'moe', label: '2021-2022', dates: { from: '2021-09-01', to: '2022-08-31' }, dueOn: '2022-10-31' },
    });
  });

  it('reads a calendar year for the government format, due on 31 January after it', () => {
    expect(reportPeriod('government', '2022')).toEqual({
      ok: true,
      period: { format: 'government', label: '2022', dates: { from: '2022-01-01', to: '2022-12-31' }, dueOn: '2023-01-31' },
    });
  });

  it('calls the other kind of period a format mismatch, naming the kind the format needs', () => {
    expect(reportPeriod('moe', '2022')).toEqual({ ok: false, problem: { kind: 'formatMismatch', format: 'moe', label: '2022', expected: 'academicYear' } });
    expect(reportPeriod('government', '2021-2022')).toEqual({ ok: false, problem: { kind: 'formatMismatch', format: 'government', label: '2021-2022', expected: 'calendarYear' } });
  });

  it('refuses labels that name no period, and unknown formats', () => {
    for (const label of ['2021-2023', '21-22', '', '2022 ', '0999', '2021/2022']) {
      expect(reportPeriod('moe', label)).toMatchObject({ ok: false });
      expect(reportPeriod('government', label)).toMatchObject({ ok: false });
    }
    expect(reportPeriod('province', '2022')).toEqual({ ok: false, problem: { kind: 'unknownFormat', format: 'province' } });
  });

  it('knows whether the period is over', () => {
    const result = reportPeriod('moe', '2021-2022');
    if (!result.ok) throw new Error('expected a period');
    expect(periodHasEnded(result.period, '2022-08-31')).toBe(false);
    expect(periodHasEnded(result.period, '2022-09-01')).toBe(true);
  });

  it('names the last period that has ended, whose report is due', () => {
    expect(lastEndedPeriod('moe', '2022-08-31').label).toBe('2020-2021');
    expect(lastEndedPeriod('moe', '2022-09-01')).toMatchObject({ label: '2021-2022', dueOn: '2022-10-31' });
    expect(lastEndedPeriod('government', '2023-01-01')).toMatchObject({ label: '2022', dueOn: '2023-01-31' });
    expect(lastEndedPeriod('government', '2023-12-31').label).toBe('2022');
  });

  it('says what to write, at the field to correct', () => {
    const refusalOf = (format: string, label: string) => {
      const result = reportPeriod(format, label);
      if (result.ok) throw new Error('expected a problem');
      return reportPeriodRefusal(result.problem);
    };
    expect(refusalOf('province', '2022')).toMatchObject({ key: 'reportFormatUnknown', path: 'format' });
    expect(refusalOf('moe', '21-22')).toMatchObject({ key: 'reportPeriodMalformed', path: 'period' });
    const mismatch = refusalOf('government', '2021-2022');
    expect(mismatch.path).toBe('period');
    expect(refusalMessage(mismatch, 'zh')).toBe('「2021-2022」与所选格式不符：政务公开格式（自然年，国办公开办函〔2021〕30号）的报告期间应为自然年（如 2022）。');
    expect(refusalMessage(refusalOf('moe', '2022'), 'en')).toContain('covers an academic year (e.g. 2021-2022)');
  });
});
