import { describe, expect, it } from 'vitest';
import { checkTransition, checkValidityChange } from './workflow';

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
