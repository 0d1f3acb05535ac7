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
    expect(decideTransition({ actor: editor, before: null, requested: {} })).toEqual({ isAllowed: true, status: 'draft', validity: 'valid', isImport: false, outcomes: [], note: null });
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
    expect(decideDeletion({ actor: null, status: 'submitted' })).toBeNull();
  });
});

describe('the whole transition table, role by role', () => {
  // Written out by hand from the workflow the office agreed (README): who may take each status change.
  const authors = ['admin', 'reviewer', 'editor'] as const;
  const reviewers = ['admin', 'reviewer'] as const;
  const allowed: Record<string, readonly string[]> = {
    'null>draft': authors,
    'null>submitted': authors,
    'draft>draft': authors,
    'draft>submitted': authors,
    'returned>returned': authors,
    'returned>draft': authors,
    'returned>submitted': authors,
    'submitted>draft': authors,
    'submitted>submitted': reviewers,
    'submitted>returned': reviewers,
    'submitted>published': reviewers,
    'published>published': reviewers,
    'published>draft': reviewers,
  };
  const outcomes: Record<string, [string | undefined, boolean]> = {
    'submitted>returned': ['returned', true],
    'submitted>published': ['approved', false],
    'published>published': ['approved', false],
    'published>draft': ['withdrawn', true],
  };
  const statusesAndCreation = [null, 'draft', 'submitted', 'returned', 'published'] as const;
  const targets = ['draft', 'submitted', 'returned', 'published'] as const;
  for (const role of ['admin', 'reviewer', 'editor', 'supervisor', null] as const) {
    it(`decides every change for ${role ?? 'the system'}`, () => {
      let checked = 0;
      for (const from of statusesAndCreation) {
        for (const to of targets) {
          const key = `${from}>${to}`;
          const verdict = checkTransition({ from, to, role });
          const roles = allowed[key];
          const isAllowed = roles !== undefined && (role === null || roles.includes(role));
          expect(verdict.isAllowed, `${role} ${key}`).toBe(isAllowed);
          if (verdict.isAllowed) {
            const [outcome, needsComment] = outcomes[key] ?? [undefined, false];
            expect(verdict, key).toEqual({ isAllowed: true, outcome, needsComment });
          } else {
            const reason = roles === undefined ? (from === null ? 'createStatusNotAllowed' : 'transitionNotAllowed')
              : key === 'submitted>submitted' ? 'submittedIsLocked'
              : key === 'published>published' ? 'publishedIsLocked'
              : from === null ? 'createStatusNotAllowed'
              : 'onlyReviewersMay';
            expect(verdict, `${role} ${key}`).toEqual({ isAllowed: false, reason });
          }
          checked += 1;
        }
      }
      expect(checked).toBe(20);
    });
  }

  it('decides every validity change for every role', () => {
    const expected = (from: string, to: string, status: string, role: string | null) => {
      if (from === to) return { isAllowed: true, needsComment: false };
      if (to === 'repealed') {
        if (status !== 'published') return { isAllowed: false, reason: 'repealOnlyPublished' };
        return role === null || role === 'admin' || role === 'reviewer' ? { isAllowed: true, outcome: 'repealed', needsComment: false } : { isAllowed: false, reason: 'onlyReviewersMay' };
      }
      return role === null || role === 'admin' ? { isAllowed: true, outcome: 'restored', needsComment: false } : { isAllowed: false, reason: 'restoreAdminOnly' };
    };
    let checked = 0;
    for (const role of ['admin', 'reviewer', 'editor', 'supervisor', null] as const) {
      for (const from of ['valid', 'repealed'] as const) {
        for (const to of ['valid', 'repealed'] as const) {
          for (const status of ['draft', 'published'] as const) {
            expect(checkValidityChange({ from, to, status, role }), `${role} ${from}>${to} (${status})`).toEqual(expected(from, to, status, role));
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(40);
  });
});

describe('publication dates in decideTransition', () => {
  const editor = { id: 3, role: 'editor', departmentId: 1 } as const;
  const state = (publishedAt: string | null | undefined) => ({ status: 'draft', validity: 'valid', publishedAt }) as const;
  const decide = (before: string | null | undefined, requested: string | null | undefined) =>
    decideTransition({ actor: editor, before: state(before), requested: { publishedAt: requested } }).isAllowed;

  it('treats no date before and no date requested as no change', () => {
    expect(decide(null, null)).toBe(true);
    expect(decide(undefined, '')).toBe(true);
  });

  it('treats a new date where there was none, or a different date, as a change editors may not make', () => {
    expect(decide(null, '2022-03-02T00:00:00.000Z')).toBe(false);
    expect(decide('2022-03-01T00:00:00.000Z', '2022-03-02T00:00:00.000Z')).toBe(false);
  });

  it('compares unreadable dates by their text', () => {
    expect(decide('someday', 'someday')).toBe(true);
    expect(decide('someday', 'another day')).toBe(false);
    expect(decide('2022-03-01T00:00:00.000Z', 'someday')).toBe(false);
  });

  it('lets an editor change a record whose stored date is kept as it is', () => {
    expect(decideTransition({ actor: editor, before: state('2022-03-01T00:00:00.000Z'), requested: {} }).isAllowed).toBe(true);
  });

  it('refuses an editor who sets a date on a new record, and lets the system', () => {
    expect(decideTransition({ actor: editor, before: null, requested: { publishedAt: '2022-03-02' } })).toMatchObject({ isAllowed: false, refusal: { key: 'publishedAtRequiresReviewer' } });
  });
});
