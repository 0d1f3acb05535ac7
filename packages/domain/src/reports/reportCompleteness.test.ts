import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../refusal';
import { changedFigures, checkReportCompleteness, reportDueNotice, type CompletenessInput } from './reportCompleteness';
import { reportPeriod } from './reportPeriod';

const periodOf = (format: string, label: string) => {
  const result = reportPeriod(format, label);
  if (!result.ok) throw new Error(`no period ${format} ${label}`);
  return result.period;
};

const complete: CompletenessInput = {
  period: periodOf('moe', '2021-2022'),
  narratives: { overview: '本年度……', lessons: '存在的问题……' },
  checklist: [{ code: '1.1', text: '学校名称、办学地点、办学性质……', count: 3 }],
  itemNotes: {},
  figures: { 'channels.portal': 1333 },
  previewedFigures: { 'channels.portal': 1333 },
  today: '2022-10-05',
};

describe('checkReportCompleteness', () => {
  it('lets a complete report be published, with the due date as a notice', () => {
    const result = checkReportCompleteness(complete);
    expect(result.missing).toEqual([]);
    expect(result.notices).toEqual([{ key: 'reportDueSoon', params: { dueOn: '2022-10-31', days: 26 } }]);
  });

  it('lists each required section left empty, at its field', () => {
    const result = checkReportCompleteness({ ...complete, narratives: { overview: '  ', other: '' } });
    expect(result.missing.map((refusal) => refusal.path)).toEqual(['narratives.overview', 'narratives.lessons']);
    expect(refusalMessage(result.missing[0]!, 'zh')).toBe('「一、概述」尚未填写，发布前请补充该部分内容。');
  });

  it('uses the government format’s own required sections', () => {
    const result = checkReportCompleteness({ ...complete, period: periodOf('government', '2022'), today: '2023-01-05', narratives: {} });
    expect(result.missing.map((refusal) => refusal.path)).toEqual(['narratives.overview', 'narratives.problems']);
  });

  it('asks for a record or an explanation for each checklist item without records', () => {
    const checklist = [...complete.checklist, { code: '5.2', text: '重大事项', count: 0 }, { code: '9.1', text: '其他', count: 0 }];
    const result = checkReportCompleteness({ ...complete, checklist, itemNotes: { '9.1': '本年度无此类信息。' } });
    expect(result.missing).toEqual([{ key: 'reportItemUncovered', path: 'itemNotes.5.2', params: { code: '5.2', item: '重大事项' } }]);
  });

  it('refuses a report never previewed, or whose figures changed since the preview', () => {
    expect(checkReportCompleteness({ ...complete, previewedFigures: null }).missing).toEqual([{ key: 'reportNotPreviewed', path: 'preview' }]);
    const changed = checkReportCompleteness({ ...complete, figures: { 'channels.portal': 1334, 'channels.wechat': 1 } });
    expect(changed.missing).toEqual([{ key: 'reportFiguresChanged', path: 'preview', params: { changes: 'channels.portal, channels.wechat' } }]);
  });

  it('refuses publishing before the period ends', () => {
    const result = checkReportCompleteness({ ...complete, today: '2022-08-31' });
    expect(result.missing).toEqual([{ key: 'reportPeriodRunning', path: 'period', params: { to: '2022-08-31' } }]);
  });

  it('says when the report is overdue, without blocking it', () => {
    const result = checkReportCompleteness({ ...complete, today: '2022-11-02' });
    expect(result.missing).toEqual([]);
    expect(result.notices).toEqual([{ key: 'reportOverdue', params: { dueOn: '2022-10-31', days: 2 } }]);
    expect(checkReportCompleteness({ ...complete, today: '2022-09-01', dueSoonDays: 10 }).notices).toEqual([]);
  });
});

describe('an empty period', () => {
  it('is a valid report with a notice that every figure is 0', () => {
    const empty = { 'channels.portal': 0, 'applications.total.received': 0 };
    const result = checkReportCompleteness({ ...complete, figures: empty, previewedFigures: empty, today: '2022-09-05' });
    expect(result.missing).toEqual([]);
    expect(result.notices).toEqual([{ key: 'reportPeriodEmpty', params: { from: '2021-09-01', to: '2022-08-31' } }]);
    expect(refusalMessage(result.notices[0]!, 'zh')).toContain('报告将全部为 0');
  });
});

describe('reportDueNotice', () => {
  it('is null while there is time, then due soon, then overdue', () => {
    const period = periodOf('government', '2022');
    expect(reportDueNotice(period, '2022-12-01')).toBeNull();
    expect(reportDueNotice(period, '2023-01-30')).toEqual({ key: 'reportDueSoon', params: { dueOn: '2023-01-31', days: 1 } });
    expect(reportDueNotice(period, '2023-02-01')).toEqual({ key: 'reportOverdue', params: { dueOn: '2023-01-31', days: 1 } });
  });
});

describe('changedFigures', () => {
  it('treats a missing figure as zero', () => {
    expect(changedFigures({ a: 0, b: 2 }, { b: 2, c: 0 })).toEqual([]);
    expect(changedFigures({ a: 1 }, {})).toEqual(['a']);
  });
});
