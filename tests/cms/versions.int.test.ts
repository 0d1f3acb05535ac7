import { collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { createRecord, type Fixture, withFixture } from '../support/fixtures';

/**
 * Version history (every saved version of a record) follows the record's read rule: a version
 * is readable only when its own content and the record as it is now are readable. Before this
 * rule, any signed-in user read every version of every record, hidden ones included.
 */
let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const collection = collections.disclosures;
const as = (actor: 'editor' | 'otherEditor' | 'supervisor' | 'reviewer' | null) =>
  actor ? { user: fixture.users[actor] as never, overrideAccess: false } : { overrideAccess: false };

/** A record with at least two versions: created, then changed. */
const recordWithHistory = async (overrides: Parameters<typeof createRecord>[0] extends infer A ? Partial<A> : never = {}) => {
  const record = await createRecord({ payload, fixture, department: fixture.departments.own, ...overrides });
  await payload.update({ collection, id: record.id, data: { title: `${record.title}（修订）` } });
  return record;
};

const versionsOf = async (id: number, access: ReturnType<typeof as>) =>
  (await payload.findVersions({ collection, where: { parent: { equals: id } }, ...access })).docs;

describe('version history follows the read rule of its record', () => {
  it('hides another department’s draft history from an editor, as the record itself is hidden', async () => {
    const draft = await recordWithHistory({ title: '招生处草稿' });
    expect(await payload.findByID({ collection, id: draft.id, ...as('otherEditor'), disableErrors: true })).toBeNull();
    expect(await versionsOf(draft.id, as('otherEditor'))).toHaveLength(0);
    expect((await payload.countVersions({ collection, where: { parent: { equals: draft.id } }, ...as('otherEditor') })).totalDocs).toBe(0);
  });

  it('hides withheld records’ history, reasons and review notes from other departments', async () => {
    const withheld = await recordWithHistory({ title: '不予公开的条目', status: 'published', attribute: 'withheld' });
    const found = await payload.findVersions({ collection, where: { 'version.reason': { exists: true } }, ...as('otherEditor') });
    expect(found.docs.map((doc) => doc.parent)).not.toContainEqual(withheld.id);
    expect(await versionsOf(withheld.id, as('otherEditor'))).toHaveLength(0);
  });

  it('does not show a version by its id to someone who may not read it', async () => {
    const draft = await recordWithHistory({ title: '按版本号读取' });
    const [version] = await versionsOf(draft.id, as('editor'));
    expect(version).toBeDefined();
    await expect(payload.findVersionByID({ collection, id: version!.id, ...as('otherEditor') })).rejects.toThrow();
  });

  it('keeps the old public versions of a withdrawn record from other departments', async () => {
    const record = await recordWithHistory({ title: '撤回前公开的条目', status: 'published' });
    expect(await versionsOf(record.id, as('otherEditor'))).not.toHaveLength(0);
    await payload.update({ collection, id: record.id, data: { status: 'draft', reviewNote: '内容有误，撤回修改' }, ...as('reviewer') });
    expect(await versionsOf(record.id, as('otherEditor'))).toHaveLength(0);
  });

  it('shows the whole history to the editor’s own department, supervisors and reviewers', async () => {
    const draft = await recordWithHistory({ title: '本部门草稿' });
    for (const actor of ['editor', 'supervisor', 'reviewer'] as const) expect((await versionsOf(draft.id, as(actor))).length).toBeGreaterThanOrEqual(2);
  });

  it('gives the public no version history at all', async () => {
    const record = await recordWithHistory({ title: '公开条目', status: 'published' });
    await expect(payload.findVersions({ collection, where: { parent: { equals: record.id } }, ...as(null) })).rejects.toThrow();
  });
});
