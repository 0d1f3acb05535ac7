import { describe, expect, it } from 'vitest';
import { matches } from './predicate';
import { caseQueuesFor, isInCaseQueue, queuesFor } from './workQueues';

const editor = { id: 7, role: 'editor', departmentId: 3 } as const;
const reviewer = { id: 2, role: 'reviewer', departmentId: null } as const;

describe('queuesFor: each role’s dashboard', () => {
  it('gives each role its queues, in order', () => {
    expect(queuesFor(editor).map((q) => q.key)).toEqual(['myDrafts', 'returned', 'departmentSubmitted']);
    expect(queuesFor(reviewer).map((q) => q.key)).toEqual(['awaitingReview', 'returnedByReview', 'recentlyPublished', 'withdrawn', 'myDrafts']);
    expect(queuesFor({ id: 1, role: 'admin', departmentId: null }).map((q) => q.key)).toEqual(['awaitingReview', 'returnedByReview', 'recentlyPublished', 'withdrawn', 'myDrafts']);
    expect(queuesFor({ id: 9, role: 'supervisor', departmentId: null }).map((q) => q.key)).toEqual(['recentlyPublished']);
    expect(queuesFor(null)).toEqual([]);
  });

  it('puts an editor’s records in the right queue, and other departments’ in none', () => {
    const [drafts, returned, submitted] = queuesFor(editor);
    expect(matches(drafts!.where, { author: 7, status: 'draft', department: 3 })).toBe(true);
    expect(matches(drafts!.where, { author: 8, status: 'draft', department: 3 })).toBe(false);
    expect(matches(returned!.where, { author: 8, status: 'returned', department: 3 })).toBe(true);
    expect(matches(returned!.where, { author: 7, status: 'returned', department: 4 })).toBe(false);
    expect(matches(submitted!.where, { status: 'submitted', department: 3 })).toBe(true);
  });

  it('orders the review queue oldest submission first', () => {
    expect(queuesFor(reviewer)[0]).toMatchObject({ key: 'awaitingReview', sort: 'submittedAt', showsWaiting: true });
  });
});

describe('caseQueuesFor: the disclosure office’s applications', () => {
  const calendar = [{ year: 2022, holidays: [{ name: '国庆节', start: '2022-10-01', end: '2022-10-07' }], makeupWorkdays: [{ date: '2022-10-08' }, { date: '2022-10-09' }] }];
  const options = { today: '2022-09-29', dueSoonDays: 3, calendar };
  const byKey = (actor: Parameters<typeof caseQueuesFor>[0]) => Object.fromEntries(caseQueuesFor(actor, options).map((queue) => [queue.key, queue]));

  it('are the handlers’ alone, in order', () => {
    expect(caseQueuesFor(reviewer, options).map((queue) => queue.key)).toEqual(['caseDueSoon', 'caseOverdue', 'caseAwaitingCorrection', 'caseNew']);
    expect(caseQueuesFor({ id: 1, role: 'admin', departmentId: null }, options)).toHaveLength(4);
    expect(caseQueuesFor(editor, options)).toEqual([]);
    expect(caseQueuesFor({ id: 9, role: 'supervisor', departmentId: null }, options)).toEqual([]);
    expect(caseQueuesFor(null, options)).toEqual([]);
  });

  it('hold running cases due within N working days (across National Day), overdue ones, corrections and new ones', () => {
    const queues = byKey(reviewer);
    expect(queues.caseDueSoon!.label.zh).toBe('答复期限 ≤ 3 个工作日');
    // Thursday 29 September: 30 September, then the make-up 8 and 9 October.
    expect(queues.caseDueSoon!.dueOn).toEqual({ atLeast: '2022-09-29', atMost: '2022-10-09' });
    const running = { status: 'accepted', isPaused: false };
    expect(isInCaseQueue(queues.caseDueSoon!, { ...running, dueOn: '2022-10-09' })).toBe(true);
    expect(isInCaseQueue(queues.caseDueSoon!, { ...running, dueOn: '2022-09-29' })).toBe(true);
    expect(isInCaseQueue(queues.caseDueSoon!, { ...running, dueOn: '2022-10-10' })).toBe(false);
    expect(isInCaseQueue(queues.caseDueSoon!, { ...running, dueOn: '2022-09-28' })).toBe(false);
    expect(isInCaseQueue(queues.caseDueSoon!, { status: 'replied', isPaused: false, dueOn: '2022-09-30' })).toBe(false);
    expect(isInCaseQueue(queues.caseDueSoon!, { status: 'consulting', isPaused: true, dueOn: null })).toBe(false);
    expect(isInCaseQueue(queues.caseOverdue!, { ...running, dueOn: '2022-09-28' })).toBe(true);
    expect(isInCaseQueue(queues.caseOverdue!, { ...running, dueOn: '2022-09-29' })).toBe(false);
    expect(isInCaseQueue(queues.caseOverdue!, { status: 'closed', isPaused: false, dueOn: '2022-09-01' })).toBe(false);
    expect(isInCaseQueue(queues.caseAwaitingCorrection!, { status: 'correctionRequested', isPaused: true, dueOn: null })).toBe(true);
    expect(isInCaseQueue(queues.caseNew!, { status: 'received', isPaused: false, dueOn: '2022-10-20' })).toBe(true);
    expect(isInCaseQueue(queues.caseNew!, running)).toBe(false);
  });
});
