import { describe, expect, it } from 'vitest';
import { matches } from './predicate';
import { queuesFor } from './workQueues';

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
