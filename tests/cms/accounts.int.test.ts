import { collections, globals } from '@xxgk/domain';
import type { Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { messageOf, type Fixture, withFixture } from '../support/fixtures';

/** Accounts, reference data and site settings: who reads and changes them, field by field. */
let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const as = (actor: keyof Fixture['users']) => ({ user: fixture.users[actor] as never, overrideAccess: false });
const refusal = (attempt: Promise<unknown>) => attempt.then(() => null, (error: unknown) => error);

describe('accounts', () => {
  it('lets staff read only their own account, administrators all, the public none', async () => {
    for (const actor of ['editor', 'reviewer', 'supervisor'] as const) {
      const { docs } = await payload.find({ collection: collections.users, ...as(actor) });
      expect(docs.map((doc) => doc.id), actor).toEqual([fixture.users[actor].id]);
    }
    expect((await payload.find({ collection: collections.users, ...as('admin') })).totalDocs).toBe(5);
    await expect(payload.find({ collection: collections.users, overrideAccess: false })).rejects.toThrow();
  });

  it('lets staff change their own name but not their role or department, with a message', async () => {
    const self = fixture.users.editor.id;
    const renamed = await payload.update({ collection: collections.users, id: self, data: { name: '王编辑' }, ...as('editor') });
    expect(renamed.name).toBe('王编辑');
    expect(messageOf(await refusal(payload.update({ collection: collections.users, id: self, data: { role: 'admin' }, ...as('editor') })))).toContain('只有管理员可以更改账号的角色和所属部门');
    expect(messageOf(await refusal(payload.update({ collection: collections.users, id: self, data: { department: fixture.departments.other }, ...as('editor') })))).toContain(
      '只有管理员可以更改账号的角色和所属部门',
    );
    const stored = await payload.findByID({ collection: collections.users, id: self, depth: 0 });
    expect([stored.role, stored.department]).toEqual(['editor', fixture.departments.own]);
  });

  it('lets nobody but administrators change someone else’s account or create one', async () => {
    for (const actor of ['editor', 'reviewer', 'supervisor'] as const) {
      await expect(payload.update({ collection: collections.users, id: fixture.users.admin.id, data: { name: '篡改' }, ...as(actor) })).rejects.toThrow();
      await expect(payload.create({ collection: collections.users, data: { email: `${actor}-new@test.cn`, password: 'Test#12345', name: 'x', role: 'admin' }, ...as(actor) })).rejects.toThrow();
    }
    const promoted = await payload.update({ collection: collections.users, id: fixture.users.supervisor.id, data: { role: 'reviewer' }, ...as('admin') });
    expect(promoted.role).toBe('reviewer');
    await payload.update({ collection: collections.users, id: fixture.users.supervisor.id, data: { role: 'supervisor' }, ...as('admin') });
  });
});

describe('reference data and site settings', () => {
  it('are readable by everyone and changed by administrators only', async () => {
    const [item] = (await payload.find({ collection: collections.checklistItems, limit: 1, overrideAccess: false })).docs;
    expect(item).toBeDefined();
    expect((await payload.findGlobal({ slug: globals.siteSettings, overrideAccess: false })).institution).toBeDefined();
    for (const actor of ['editor', 'reviewer', 'supervisor'] as const) {
      await expect(payload.update({ collection: collections.checklistItems, id: item!.id, data: { text: '篡改' }, ...as(actor) })).rejects.toThrow();
      await expect(payload.updateGlobal({ slug: globals.siteSettings, data: { guide: { phone: '000' } }, ...as(actor) })).rejects.toThrow();
    }
    const changed = await payload.update({ collection: collections.checklistItems, id: item!.id, data: { cadence: 'yearly' }, ...as('admin') });
    expect(changed.cadence).toBe('yearly');
  });

  it('never lets anyone, administrators included, create or delete checklist items', async () => {
    await expect(payload.create({ collection: collections.checklistItems, data: { code: '11.1', seq: 51, text: '新事项', category: fixture.categoryId } as never, ...as('admin') })).rejects.toThrow();
    await expect(payload.delete({ collection: collections.checklistItems, id: fixture.itemId, ...as('admin') })).rejects.toThrow();
  });
});

describe('fields only staff may read', () => {
  it('hides the reason, the review comment and the review log from the public, and shows them to staff', async () => {
    const record = await payload.create({
      collection: collections.disclosures,
      data: { title: '校内公开条目', category: fixture.categoryId, department: fixture.departments.own, formedAt: '2022-03-01', status: 'published', audience: 'campus', reason: '仅限校内' } as never,
    });
    const asStaff = await payload.findByID({ collection: collections.disclosures, id: record.id, ...as('supervisor') });
    expect(asStaff.reason).toBe('仅限校内');
    expect(asStaff.reviews).toHaveLength(1);
  });
});
