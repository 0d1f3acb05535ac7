import { describe, expect, it } from 'vitest';
import { statusLabels, validityLabels } from './disclosure';
import { checkTransition, checkValidityChange, decideDeletion, decideTransition } from './workflow';

describe('review workflow rules', () => {
  it('lets an editor submit a draft but not publish it', () => {
    expect(checkTransition({ from: 'draft', to: 'submitted', role: 'editor' }).isAllowed).toBe(true);
    expect(checkTransition({ from: 'submitted', to: 'published', role: 'editor' })).toEqual({ isAllowed: false, reason: 'onlyReviewersMay' });
  });

  it('makes publication go through the submitted state', () => {
    expect(checkTransition({ from: 'draft', to: 'published', role: 'reviewer' })).toEqual({ isAllowed: false, reason: 'transitionNotAllowed' });
    expect(checkTransition({ from: null, to: 'published', role: 'admin' })).toEqual({ isAllowed: false, reason: 'createStatusNotAllowed' });
  });

  it('asks for a comment when a reviewer returns or withdraws', () => {
    expect(checkTransition({ from: 'submitted', to: 'returned', role: 'reviewer' })).toMatchObject({ isAllowed: true, outcome: 'returned', needsComment: true });
    expect(checkTransition({ from: 'published', to: 'draft', role: 'reviewer' })).toMatchObject({ isAllowed: true, outcome: 'withdrawn', needsComment: true });
  });

  it('locks a submitted record against its editor', () => {
    expect(checkTransition({ from: 'submitted', to: 'submitted', role: 'editor' })).toEqual({ isAllowed: false, reason: 'submittedIsLocked' });
  });

  it('gives supervisors no transitions at all', () => {
    expect(checkTransition({ from: 'draft', to: 'submitted', role: 'supervisor' }).isAllowed).toBe(false);
  });

  it('repeals only published records, and only an administrator restores them', () => {
    expect(checkValidityChange({ from: 'valid', to: 'repealed', status: 'draft', role: 'reviewer' })).toEqual({ isAllowed: false, reason: 'repealOnlyPublished' });
    expect(checkValidityChange({ from: 'valid', to: 'repealed', status: 'published', role: 'editor' }).isAllowed).toBe(false);
    expect(checkValidityChange({ from: 'repealed', to: 'valid', status: 'published', role: 'reviewer' })).toEqual({ isAllowed: false, reason: 'restoreAdminOnly' });
    expect(checkValidityChange({ from: 'repealed', to: 'valid', status: 'published', role: 'admin' })).toMatchObject({ isAllowed: true, outcome: 'restored' });
  });
});

describe('decideTransition: everything a save may do to the workflow', () => {
  const reviewer = { id: 2, role: 'reviewer', departmentId: null, name: '审核员' } as const;
  const editor = { id: 3, role: 'editor', departmentId: 1, name: '信息员' } as const;
  const admin = { id: 1, role: 'admin', departmentId: null, name: '管理员' } as const;
  const published = { status: 'published', validity: 'valid', publishedAt: '2022-03-01T04:00:00.000Z' } as const;

  it('imports a new record in any state when the system creates it', () => {
    expect(decideTransition({ actor: null, before: null, requested: { status: 'published', validity: 'repealed' } })).toEqual({
      isAllowed: true, status: 'published', validity: 'repealed', outcomes: [], note: null, isImport: true,
    });
    expect(decideTransition({ actor: null, before: null, requested: {} })).toMatchObject({ status: 'draft', validity: 'valid', isImport: true });
  });

  it('creates drafts by default and refuses creating published records, naming the field', () => {
    expect(decideTransition({ actor: editor, before: null, requested: {} })).toMatchObject({ isAllowed: true, status: 'draft', isImport: false, outcomes: [] });
    const refused = decideTransition({ actor: editor, before: null, requested: { status: 'published' } });
    expect(refused).toEqual({ isAllowed: false, refusal: { key: 'createStatusNotAllowed', path: 'status', params: { from: statusLabels.draft, to: statusLabels.published } } });
  });

  it('keeps the stored status when none is requested, and logs re-publication of a changed record', () => {
    expect(decideTransition({ actor: reviewer, before: published, requested: {} })).toMatchObject({ isAllowed: true, status: 'published', outcomes: ['approved'] });
    expect(decideTransition({ actor: editor, before: { status: 'draft', validity: 'valid' }, requested: {} })).toMatchObject({ isAllowed: true, status: 'draft', outcomes: [] });
  });

  it('needs a comment to return or withdraw, and keeps it trimmed', () => {
    const submitted = { status: 'submitted', validity: 'valid' } as const;
    expect(decideTransition({ actor: reviewer, before: submitted, requested: { status: 'returned', note: '  ' } })).toEqual({
      isAllowed: false, refusal: { key: 'commentRequired', path: 'reviewNote', params: { to: statusLabels.returned } },
    });
    expect(decideTransition({ actor: reviewer, before: submitted, requested: { status: 'returned', note: ' 请补充附件 ' } })).toMatchObject({
      isAllowed: true, status: 'returned', outcomes: ['returned'], note: '请补充附件',
    });
    expect(decideTransition({ actor: reviewer, before: published, requested: { status: 'draft' } })).toMatchObject({ isAllowed: false, refusal: { key: 'commentRequired' } });
  });

  it('logs repeal and restoration beside the status change, and refuses them to the wrong roles', () => {
    expect(decideTransition({ actor: reviewer, before: published, requested: { validity: 'repealed' } })).toMatchObject({ isAllowed: true, validity: 'repealed', outcomes: ['approved', 'repealed'] });
    const repealed = { ...published, validity: 'repealed' } as const;
    expect(decideTransition({ actor: reviewer, before: repealed, requested: { validity: 'valid' } })).toEqual({
      isAllowed: false, refusal: { key: 'restoreAdminOnly', path: 'validity', params: { from: validityLabels.repealed, to: validityLabels.valid } },
    });
    expect(decideTransition({ actor: admin, before: repealed, requested: { validity: 'valid' } })).toMatchObject({ isAllowed: true, outcomes: ['approved', 'restored'] });
  });

  it('lets only reviewers set or move the publication date', () => {
    const draft = { status: 'draft', validity: 'valid', publishedAt: null } as const;
    expect(decideTransition({ actor: editor, before: draft, requested: { publishedAt: '2022-03-02' } })).toEqual({
      isAllowed: false, refusal: { key: 'publishedAtRequiresReviewer', path: 'publishedAt' },
    });
    // The same instant written differently is no change.
    const dated = { status: 'draft', validity: 'valid', publishedAt: '2022-03-02T00:00:00.000Z' } as const;
    expect(decideTransition({ actor: editor, before: dated, requested: { publishedAt: '2022-03-02T08:00:00+08:00' } }).isAllowed).toBe(true);
    expect(decideTransition({ actor: editor, before: dated, requested: { publishedAt: null } }).isAllowed).toBe(true);
    expect(decideTransition({ actor: reviewer, before: { status: 'submitted', validity: 'valid' }, requested: { status: 'published', publishedAt: '2022-03-02' } }).isAllowed).toBe(true);
    expect(decideTransition({ actor: null, before: draft, requested: { publishedAt: '2022-03-02' } }).isAllowed).toBe(true);
  });

  it('lets the system take any legal transition on update, but not an illegal one', () => {
    expect(decideTransition({ actor: null, before: { status: 'submitted', validity: 'valid' }, requested: { status: 'published' } })).toMatchObject({ isAllowed: true, outcomes: ['approved'] });
    expect(decideTransition({ actor: null, before: { status: 'draft', validity: 'valid' }, requested: { status: 'published' } })).toMatchObject({
      isAllowed: false, refusal: { key: 'transitionNotAllowed' },
    });
  });
});

describe('deleting records', () => {
  it('never deletes a published record, and locks a submitted one against its editor', () => {
    const editor = { id: 3, role: 'editor', departmentId: 1 } as const;
    expect(decideDeletion({ actor: editor, status: 'published' })).toEqual({ key: 'publishedCannotBeDeleted' });
    expect(decideDeletion({ actor: null, status: 'published' })).toEqual({ key: 'publishedCannotBeDeleted' });
    expect(decideDeletion({ actor: editor, status: 'submitted' })).toEqual({ key: 'submittedIsLocked' });
    expect(decideDeletion({ actor: { ...editor, role: 'reviewer' }, status: 'submitted' })).toBeNull();
    expect(decideDeletion({ actor: editor, status: 'draft' })).toBeNull();
    expect(decideDeletion({ actor: editor, status: 'returned' })).toBeNull();
  });
});
