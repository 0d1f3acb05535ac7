import { collections } from '@xxgk/domain';
import type { CollectionAfterChangeHook, Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { createRecord, messageOf, type Fixture, withFixture } from '../support/fixtures';
import { testDatabase } from '../support/payload';

let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const as = (who: keyof Fixture['users']) => ({ user: fixture.users[who] as never, overrideAccess: false });
const update = (id: number, data: Record<string, unknown>, who: keyof Fixture['users']) =>
  payload.update({ collection: collections.disclosures, id, data, ...as(who) });
const publicView = (id: number) => payload.findByID({ collection: collections.disclosures, id, overrideAccess: false, disableErrors: true });

describe('review workflow (草稿 → 待审核 → 已发布 / 退回)', () => {
  it('takes a record from draft through a return to publication, logging each review', async () => {
    const draft = await payload.create({
      collection: collections.disclosures,
      data: { title: '2022年招生章程', category: fixture.categoryId, checklistItem: fixture.itemId, department: fixture.departments.own, formedAt: '2022-03-01' } as never,
      ...as('editor'),
    });
    expect(draft.status).toBe('draft');
    expect(draft.indexNo).toMatch(/^XXGK-02-2022-\d{5}$/);

    await update(draft.id, { status: 'submitted' }, 'editor');
    const returned = await update(draft.id, { status: 'returned', reviewNote: '请补充招生计划附件' }, 'reviewer');
    expect(returned.status).toBe('returned');
    expect(returned.reviewNote).toBeNull();
    expect(returned.reviews).toMatchObject([{ outcome: 'returned', note: '请补充招生计划附件', fromStatus: 'submitted', toStatus: 'returned' }]);

    await update(draft.id, { title: '2022年招生章程（修订）', status: 'submitted' }, 'editor');
    expect(await publicView(draft.id)).toBeNull();

    const published = await update(draft.id, { status: 'published', reviewNote: '同意公开' }, 'reviewer');
    expect(published.status).toBe('published');
    expect(published.publishedAt).toBeTruthy();
    expect(published.academicYear).toMatch(/^\d{4}-\d{4}$/);
    const approval = published.reviews!.at(-1)!;
    expect(approval).toMatchObject({ outcome: 'approved', note: '同意公开', reviewerName: fixture.users.reviewer.name });
    expect((approval.reviewer as { id: number }).id ?? approval.reviewer).toBe(fixture.users.reviewer.id);
    expect(Date.now() - new Date(approval.reviewedAt!).getTime()).toBeLessThan(60_000);
    expect(await publicView(draft.id)).toMatchObject({ title: '2022年招生章程（修订）' });
    expect(published.indexNo).toBe(draft.indexNo);
  });

  it('lets the author recall a submission to draft', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'submitted' });
    await expect(update(record.id, { status: 'draft' }, 'editor')).resolves.toMatchObject({ status: 'draft' });
  });

  it('refuses to publish a draft that skipped review, saying what the workflow is', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own });
    const error = await update(record.id, { status: 'published' }, 'reviewer').catch((e) => e);
    expect(messageOf(error)).toContain('不能将条目从「草稿」直接改为「已发布」');
  });

  it('refuses publication by an editor, naming who may publish', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'submitted' });
    const error = await update(record.id, { status: 'published' }, 'editor').catch((e) => e);
    expect(messageOf(error)).toContain('只有信息公开办公室审核员或管理员可以');
  });

  it('refuses an editor creating a record as already published', async () => {
    const error = await payload
      .create({
        collection: collections.disclosures,
        data: { title: '直接发布', category: fixture.categoryId, department: fixture.departments.own, formedAt: '2022-03-01', status: 'published' } as never,
        ...as('editor'),
      })
      .catch((e) => e);
    expect(messageOf(error)).toContain('新建条目只能保存为「草稿」或「待审核」');
  });

  it('requires a comment to return a record', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'submitted' });
    const error = await update(record.id, { status: 'returned' }, 'reviewer').catch((e) => e);
    expect(messageOf(error)).toContain('必须填写审查意见');
    expect((await payload.findByID({ collection: collections.disclosures, id: record.id })).status).toBe('submitted');
  });

  it('withdraws a published record from the public with a logged reason', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published' });
    expect(await publicView(record.id)).not.toBeNull();
    await expect(update(record.id, { status: 'draft' }, 'reviewer')).rejects.toThrow();
    const withdrawn = await update(record.id, { status: 'draft', reviewNote: '内容有误，撤回修改' }, 'reviewer');
    expect(withdrawn.reviews!.at(-1)).toMatchObject({ outcome: 'withdrawn', note: '内容有误，撤回修改' });
    expect(await publicView(record.id)).toBeNull();
  });

  it('keeps a repealed record public and marked 已废止', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published' });
    const repealed = await update(record.id, { validity: 'repealed', reviewNote: '已被2023年标准替代' }, 'reviewer');
    expect(repealed.reviews!.at(-1)).toMatchObject({ outcome: 'repealed' });
    expect(await publicView(record.id)).toMatchObject({ validity: 'repealed', status: 'published' });
  });

  it('repeals only published records, and lets only an administrator restore one', async () => {
    const draft = await createRecord({ payload, fixture, department: fixture.departments.own });
    expect(messageOf(await update(draft.id, { validity: 'repealed' }, 'reviewer').catch((e) => e))).toContain('只有已发布的条目可以标记为「已废止」');
    const repealed = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published', validity: 'repealed' });
    expect(messageOf(await update(repealed.id, { validity: 'valid' }, 'reviewer').catch((e) => e))).toContain('只能由管理员恢复');
    await expect(update(repealed.id, { validity: 'valid' }, 'admin')).resolves.toMatchObject({ validity: 'valid' });
  });

  it('keeps every version of a record', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own });
    for (const title of ['第二稿', '第三稿', '第四稿']) await update(record.id, { title }, 'editor');
    const versions = await payload.findVersions({ collection: collections.disclosures, where: { parent: { equals: record.id } }, limit: 0, pagination: false });
    expect(versions.docs.map((version) => version.version.title).sort()).toEqual(['测试条目', '第二稿', '第三稿', '第四稿'].sort());
  });

  it('never deletes a published record, even for an administrator', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published' });
    const error = await payload.delete({ collection: collections.disclosures, id: record.id, ...as('admin') }).catch((e) => e);
    expect(messageOf(error)).toContain('已发布的条目不能删除');
    expect(await payload.findByID({ collection: collections.disclosures, id: record.id })).toBeTruthy();
  });
});

describe('a save that fails after its first write (what is atomic: docs/DATABASES.md)', () => {
  /** Whether the database has Payload transactions: MongoDB replica sets do; SQLite as configured, standalone MongoDB and the test server do not. */
  const hasTransactions = async () => {
    const id = await payload.db.beginTransaction();
    if (id) await payload.db.rollbackTransaction(id);
    return Boolean(id);
  };
  const attachmentOf = (id: number | string, access = {}) => payload.findByID({ collection: collections.attachments, id, disableErrors: true, ...access });
  const versionsOf = async (id: number) => (await payload.countVersions({ collection: collections.disclosures, where: { parent: { equals: id } } })).totalDocs;

  it('is rolled back with transactions; without them the record stays saved, its file stays public until the next save', async () => {
    const atomic = await hasTransactions();
    // SQLite runs without Payload transactions (libsql and one writer per file: see docs/DATABASES.md). Turning
    // them on must come with those documents changed, so this test says so.
    if (testDatabase === 'sqlite') expect(atomic, 'SQLite is documented as running without transactions').toBe(false);
    const data = minimalPdf(['rollback']);
    const file = await payload.create({
      collection: collections.attachments,
      data: { title: '回滚测试附件' },
      file: { data, mimetype: 'application/pdf', name: 'rollback.pdf', size: data.length },
      ...as('editor'),
    });
    const record = await payload.create({
      collection: collections.disclosures,
      data: { title: '回滚测试条目', category: fixture.categoryId, checklistItem: fixture.itemId, department: fixture.departments.own, formedAt: '2022-03-01', status: 'published', attachments: [file.id] } as never,
    });
    expect((await attachmentOf(file.id))!.isPublic).toBe(true);
    const versionsBefore = await versionsOf(record.id);
    const notificationsBefore = (await payload.count({ collection: collections.notifications })).totalDocs;

    // The withdrawal fails after the record and its version are written, before the attachment's
    // public flag is updated: the first afterChange hook throws, as a later hook, a constraint or the disk could.
    const hooks = payload.collections[collections.disclosures].config.hooks.afterChange;
    const failAfterWriting: CollectionAfterChangeHook = ({ doc }) => {
      if (doc.id === record.id) throw new Error('disk full');
      return doc;
    };
    hooks.unshift(failAfterWriting);
    try {
      const error = await update(record.id, { status: 'draft', reviewNote: '内容有误，撤回修改' }, 'reviewer').catch((e) => e);
      expect(messageOf(error)).toContain('disk full');
    } finally {
      hooks.splice(hooks.indexOf(failAfterWriting), 1);
    }

    const stored = await payload.findByID({ collection: collections.disclosures, id: record.id });
    expect((await payload.count({ collection: collections.notifications })).totalDocs).toBe(notificationsBefore);
    if (atomic) {
      // Nothing stayed: still published, no withdrawal logged, no new version, the file public.
      expect(stored.status).toBe('published');
      expect(stored.reviews!.map((review) => review.outcome)).toEqual(record.reviews!.map((review) => review.outcome));
      expect(await versionsOf(record.id)).toBe(versionsBefore);
      expect((await attachmentOf(file.id))!.isPublic).toBe(true);
      return;
    }
    // Without transactions the writes made before the failure stay: the record is withdrawn (logged,
    // a new version), but its file is still public, and readable by anyone…
    expect(stored.status).toBe('draft');
    expect(stored.reviews!.at(-1)).toMatchObject({ outcome: 'withdrawn', note: '内容有误，撤回修改' });
    expect(await versionsOf(record.id)).toBe(versionsBefore + 1);
    expect(await publicView(record.id)).toBeNull();
    expect((await attachmentOf(file.id))!.isPublic).toBe(true);
    expect(await attachmentOf(file.id, { overrideAccess: false })).not.toBeNull();
    // …until the record's next save, which recomputes the flag.
    await update(record.id, { title: '回滚测试条目（修改）' }, 'editor');
    expect((await attachmentOf(file.id))!.isPublic).toBe(false);
    expect(await attachmentOf(file.id, { overrideAccess: false })).toBeNull();
  });
});
