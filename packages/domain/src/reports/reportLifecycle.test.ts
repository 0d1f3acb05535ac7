import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../refusal';
import { availableReportActions, checkReportAction, mayPreviewReport } from './reportLifecycle';

describe('report lifecycle', () => {
  it('lets the office submit and an administrator publish', () => {
    expect(checkReportAction({ action: 'submit', status: 'draft', role: 'reviewer' })).toBeNull();
    expect(checkReportAction({ action: 'publish', status: 'inReview', role: 'admin' })).toBeNull();
  });

  it('refuses publishing by a reviewer, and anything by editors and supervisors', () => {
    const refusal = checkReportAction({ action: 'publish', status: 'inReview', role: 'reviewer' });
    expect(refusal?.key).toBe('reportActionNotAllowed');
    expect(refusalMessage(refusal!, 'zh')).toContain('审定并发布');
    expect(checkReportAction({ action: 'submit', status: 'draft', role: 'editor' })?.key).toBe('reportActionNotAllowed');
    expect(checkReportAction({ action: 'submit', status: 'draft', role: 'supervisor' })?.key).toBe('reportActionNotAllowed');
  });

  it('refuses an action in the wrong status, at the status', () => {
    expect(checkReportAction({ action: 'publish', status: 'draft', role: 'admin' })).toMatchObject({ key: 'reportActionNotNow', path: 'status' });
    expect(checkReportAction({ action: 'submit', status: 'published', role: 'admin' })).toMatchObject({ key: 'reportActionNotNow' });
  });

  it('needs a reason for a return and for a correction', () => {
    expect(checkReportAction({ action: 'correct', status: 'published', role: 'reviewer', comment: ' ' })).toMatchObject({ key: 'reportCommentRequired', path: 'comment' });
    expect(checkReportAction({ action: 'correct', status: 'published', role: 'reviewer', comment: '更正第二部分数字' })).toBeNull();
    expect(checkReportAction({ action: 'return', status: 'inReview', role: 'admin' })).toMatchObject({ key: 'reportCommentRequired' });
  });

  it('offers exactly the actions the check accepts', () => {
    expect(availableReportActions('inReview', 'admin')).toEqual(['return', 'publish']);
    expect(availableReportActions('inReview', 'reviewer')).toEqual([]);
    expect(availableReportActions('published', 'reviewer')).toEqual(['correct']);
    expect(availableReportActions('superseded', 'admin')).toEqual([]);
  });

  it('leaves the approval to another administrator than the one who submitted, when there is one', () => {
    expect(checkReportAction({ action: 'publish', status: 'inReview', role: 'admin', isSubmitter: true })).toEqual({ key: 'reportPublisherIsSubmitter' });
    expect(checkReportAction({ action: 'publish', status: 'inReview', role: 'admin', isSubmitter: false })).toBeNull();
  });

  it('lets the office preview while the report is written or reviewed, never once published', () => {
    expect(mayPreviewReport('draft', 'reviewer')).toBe(true);
    expect(mayPreviewReport('inReview', 'admin')).toBe(true);
    expect(mayPreviewReport('published', 'admin')).toBe(false);
    expect(mayPreviewReport('draft', 'supervisor')).toBe(false);
    expect(mayPreviewReport('draft', 'editor')).toBe(false);
  });
});
