import { describe, expect, it } from 'vitest';
import { deriveRecord, type ReviewEntry } from './deriveRecord';
import { decideTransition } from './workflow';

const now = new Date('2022-03-10T02:00:00.000Z');
const reviewer = { id: 2, role: 'reviewer', departmentId: null, name: '审核员甲' } as const;
const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }] } };
const allowed = (decision: ReturnType<typeof decideTransition>) => {
  if (!decision.isAllowed) throw new Error(`refused: ${decision.refusal.key}`);
  return decision;
};

describe('deriveRecord: what a record becomes on a save', () => {
  it('records the publication date and academic year on first publication and logs who approved it', () => {
    const before = { status: 'submitted' as const, publishedAt: null, reviews: [], body };
    const decision = allowed(decideTransition({ actor: reviewer, before: { status: 'submitted', validity: 'valid' }, requested: { status: 'published' } }));
    expect(deriveRecord({ decision, actor: reviewer, before, data: {}, now, language: 'zh' })).toEqual({
      status: 'published',
      validity: 'valid',
      publishedAt: '2022-03-10T02:00:00.000Z',
      submittedAt: null,
      academicYear: '2021-2022',
      reviews: [{ reviewer: 2, reviewerName: '审核员甲', reviewedAt: now.toISOString(), outcome: 'approved', fromStatus: 'submitted', toStatus: 'published', note: null }],
      reviewNote: null,
      bodyText: '正文',
    });
  });

  it('keeps the first publication date when a published record is changed, and appends to the log', () => {
    const earlier: ReviewEntry = { reviewer: 2, reviewerName: '审核员甲', reviewedAt: '2021-09-01T00:00:00.000Z', outcome: 'approved', fromStatus: 'submitted', toStatus: 'published', note: null };
    const before = { status: 'published' as const, publishedAt: '2021-09-01T00:00:00.000Z', reviews: [earlier], body };
    const decision = allowed(decideTransition({ actor: reviewer, before: { status: 'published', validity: 'valid' }, requested: {} }));
    const derived = deriveRecord({ decision, actor: reviewer, before, data: {}, now, language: 'en' });
    expect(derived.publishedAt).toBe('2021-09-01T00:00:00.000Z');
    expect(derived.academicYear).toBe('2021-2022');
    expect(derived.reviews).toHaveLength(2);
    expect(derived.reviews[0]).toBe(earlier);
  });

  it('takes a publication date a reviewer sets, in Beijing time for the academic year', () => {
    const decision = allowed(decideTransition({ actor: reviewer, before: { status: 'submitted', validity: 'valid' }, requested: { status: 'published' } }));
    // 1 September 00:30 in Beijing is still 31 August in UTC: it counts in the new academic year.
    const derived = deriveRecord({ decision, actor: reviewer, before: { status: 'submitted' }, data: { publishedAt: '2022-08-31T16:30:00.000Z' }, now, language: 'zh' });
    expect(derived.publishedAt).toBe('2022-08-31T16:30:00.000Z');
    expect(derived.academicYear).toBe('2022-2023');
  });

  it('passes a malformed date on unchanged, so that validation names it, with no academic year', () => {
    const decision = allowed(decideTransition({ actor: reviewer, before: { status: 'submitted', validity: 'valid' }, requested: { status: 'published' } }));
    const derived = deriveRecord({ decision, actor: reviewer, before: { status: 'submitted' }, data: { publishedAt: 'yesterday' }, now, language: 'zh' });
    expect(derived.publishedAt).toBe('yesterday');
    expect(derived.academicYear).toBeNull();
  });

  it('leaves unpublished records without a publication date or year, and clears the comment', () => {
    const decision = allowed(decideTransition({ actor: reviewer, before: null, requested: { status: 'draft' } }));
    const derived = deriveRecord({ decision, actor: reviewer, before: null, data: { body: null }, now, language: 'zh' });
    expect(derived).toMatchObject({ publishedAt: null, academicYear: null, reviews: [], reviewNote: null, bodyText: '' });
  });

  it('clears the publication date and academic year on withdrawal; the log keeps the history', () => {
    const decision = allowed(decideTransition({ actor: reviewer, before: { status: 'published', validity: 'valid' }, requested: { status: 'draft', note: '数据有误' } }));
    const before = { status: 'published' as const, publishedAt: '2021-09-01T00:00:00.000Z', reviews: [], body };
    const derived = deriveRecord({ decision, actor: reviewer, before, data: { publishedAt: '2021-09-01T00:00:00.000Z' }, now, language: 'zh' });
    expect(derived).toMatchObject({ status: 'draft', publishedAt: null, academicYear: null });
    expect(derived.reviews.map((entry) => entry.outcome)).toEqual(['withdrawn']);
  });

  it('records the submission time on each submission and keeps it afterwards', () => {
    const submit = allowed(decideTransition({ actor: reviewer, before: { status: 'draft', validity: 'valid' }, requested: { status: 'submitted' } }));
    expect(deriveRecord({ decision: submit, actor: reviewer, before: { status: 'draft', submittedAt: '2022-01-01T00:00:00.000Z' }, data: {}, now, language: 'zh' }).submittedAt).toBe(now.toISOString());
    const edit = allowed(decideTransition({ actor: reviewer, before: { status: 'submitted', validity: 'valid' }, requested: {} }));
    expect(deriveRecord({ decision: edit, actor: reviewer, before: { status: 'submitted', submittedAt: '2022-01-01T00:00:00.000Z' }, data: {}, now, language: 'zh' }).submittedAt).toBe('2022-01-01T00:00:00.000Z');
  });

  it('writes the comment and the system’s name into the log when no person decided', () => {
    const decision = allowed(decideTransition({ actor: null, before: { status: 'published', validity: 'valid' }, requested: { status: 'draft', note: '信息有误' } }));
    const derived = deriveRecord({ decision, actor: null, before: { status: 'published', publishedAt: '2021-09-01T00:00:00.000Z' }, data: {}, now, language: 'en' });
    expect(derived.reviews).toEqual([{ reviewer: null, reviewerName: 'System', reviewedAt: now.toISOString(), outcome: 'withdrawn', fromStatus: 'published', toStatus: 'draft', note: '信息有误' }]);
  });

  it('keeps an import’s own history, or logs a published import as reviewed on import', () => {
    const imported: ReviewEntry[] = [{ reviewer: null, reviewerName: '旧系统', reviewedAt: '2020-01-01T00:00:00.000Z', outcome: 'approved', fromStatus: 'submitted', toStatus: 'published', note: null }];
    const decision = allowed(decideTransition({ actor: null, before: null, requested: { status: 'published' } }));
    expect(deriveRecord({ decision, actor: null, before: null, data: { reviews: imported, publishedAt: '2020-01-01T00:00:00.000Z' }, now, language: 'zh' }).reviews).toBe(imported);
    const logged = deriveRecord({ decision, actor: null, before: null, data: { reviews: [] }, now, language: 'zh' });
    expect(logged.reviews).toEqual([{ reviewer: null, reviewerName: '系统导入', reviewedAt: now.toISOString(), outcome: 'approved', fromStatus: null, toStatus: 'published', note: null }]);
    const draftImport = allowed(decideTransition({ actor: null, before: null, requested: { status: 'draft' } }));
    expect(deriveRecord({ decision: draftImport, actor: null, before: null, data: {}, now, language: 'zh' }).reviews).toEqual([]);
  });

  it('keeps the body text of the stored body when a save does not send the body', () => {
    const decision = allowed(decideTransition({ actor: reviewer, before: { status: 'draft', validity: 'valid' }, requested: {} }));
    expect(deriveRecord({ decision, actor: reviewer, before: { status: 'draft', body }, data: {}, now, language: 'zh' }).bodyText).toBe('正文');
    expect(deriveRecord({ decision, actor: reviewer, before: { status: 'draft', body }, data: { body: null }, now, language: 'zh' }).bodyText).toBe('');
  });
});
