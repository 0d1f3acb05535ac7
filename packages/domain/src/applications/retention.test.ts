import { describe, expect, it } from 'vitest';
import { caseEndedOn, eraseCaseNotes, erasedTextMarker, isPastRetention, retentionCutoff } from './retention';

describe('retention of applicants’ personal data', () => {
  it('keeps the data for whole years after the end, erasing from the day after the anniversary', () => {
    expect(retentionCutoff({ today: '2026-03-02', years: 5 })).toBe('2021-03-01');
    const closed = { status: 'closed' as const, closedOn: '2021-03-01' };
    expect(isPastRetention({ facts: closed, today: '2026-03-01', years: 5 })).toBe(false);
    expect(isPastRetention({ facts: closed, today: '2026-03-02', years: 5 })).toBe(true);
  });

  it('counts 29 February from 28 February in a common year', () => {
    expect(retentionCutoff({ today: '2025-02-28', years: 1 })).toBe('2024-02-27');
    expect(retentionCutoff({ today: '2024-02-29', years: 1 })).toBe('2023-02-27');
    expect(retentionCutoff({ today: '2024-03-01', years: 4 })).toBe('2020-02-29');
  });

  it('counts only cases that ended: closed or withdrawn, not replied or open ones', () => {
    expect(caseEndedOn({ status: 'withdrawn', withdrawnOn: '2020-01-02', closedOn: null })).toBe('2020-01-02');
    expect(caseEndedOn({ status: 'replied', closedOn: null, withdrawnOn: null })).toBeNull();
    expect(isPastRetention({ facts: { status: 'replied' }, today: '2040-01-01', years: 1 })).toBe(false);
    expect(isPastRetention({ facts: { status: 'accepted' }, today: '2040-01-01', years: 1 })).toBe(false);
    expect(isPastRetention({ facts: { status: 'withdrawn', withdrawnOn: '2020-01-02' }, today: '2021-01-03', years: 1 })).toBe(true);
  });
});

describe('erasing the free text of a case', () => {
  it('replaces every note of the log with the marker and keeps the rest of each event', () => {
    const events = [
      { action: 'receive', at: '2020-01-02', note: null, receivedOn: '2020-01-02', days: 15 },
      { action: 'decide', at: '2020-01-10', note: '张三申请的其本人档案', decision: 'disclosed', fee: { charged: 100, waived: 0 } },
    ];
    const erased = eraseCaseNotes({ status: 'closed', events });
    expect(erased.events).toEqual([events[0], { ...events[1], note: erasedTextMarker }]);
    expect(erased.status).toBe('closed');
    expect(erasedTextMarker).toBe('（已超过保存期限，内容已删除）');
  });
});
