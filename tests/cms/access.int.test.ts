import { collections, type Status } from '@xxgk/domain';
import type { Payload, Where } from 'payload';
import { describe, expect, it } from 'vitest';
import { createRecord, type Fixture, withFixture } from '../support/fixtures';

/**
 * The access matrix: every role × operation × own/other department × status, through the
 * Local API with access enforced (overrideAccess: false), exactly as REST and GraphQL run it.
 * `expected` is the policy written out by hand; the code is checked against it.
 */
type Actor = 'anonymous' | 'admin' | 'reviewer' | 'editor' | 'supervisor';
type Operation = 'read' | 'update' | 'delete' | 'publish';
type Scope = 'own' | 'other';
const actors: Actor[] = ['anonymous', 'admin', 'reviewer', 'editor', 'supervisor'];
const statuses: Status[] = ['draft', 'submitted', 'returned', 'published'];

const expected = (actor: Actor, operation: Operation, scope: Scope, status: Status): boolean => {
  switch (operation) {
    case 'read':
      if (actor === 'anonymous') return status === 'published';
      if (actor === 'editor') return scope === 'own' || status === 'published';
      return true;
    case 'update':
      if (actor === 'admin' || actor === 'reviewer') return true;
      if (actor === 'editor') return scope === 'own' && (status === 'draft' || status === 'returned');
      return false;
    case 'delete':
      if (actor === 'admin' || actor === 'reviewer') return status !== 'published';
      if (actor === 'editor') return scope === 'own' && (status === 'draft' || status === 'returned');
      return false;
    case 'publish':
      // Re-publishing a published record (after an edit) is a reviewer's act too; drafts must be submitted first.
      return (actor === 'admin' || actor === 'reviewer') && (status === 'submitted' || status === 'published');
  }
};

let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : fixture.users[actor]);

/** A refusal by the access rules or the workflow (403, 404 for what the actor cannot see, 400 for a refused field). */
const isRefusal = (error: unknown) => [400, 403, 404].includes((error as { status?: number }).status ?? 0);

const attempt = async (actor: Actor, operation: Operation, id: number): Promise<boolean> => {
  const access = { user: userOf(actor) as never, overrideAccess: false };
  const collection = collections.disclosures;
  if (operation === 'read') {
    // Outside any try: a count that disagrees with the read must fail the test, not turn into "not allowed".
    const doc = await payload.findByID({ collection, id, ...access, disableErrors: true });
    const { totalDocs } = await payload.count({ collection, where: { id: { equals: id } }, ...access });
    expect(totalDocs, 'a count must never reveal what a read hides').toBe(doc ? 1 : 0);
    return doc !== null;
  }
  try {
    if (operation === 'update') await payload.update({ collection, id, data: { title: '修改后的标题' }, ...access });
    if (operation === 'delete') await payload.delete({ collection, id, ...access });
    if (operation === 'publish') await payload.update({ collection, id, data: { status: 'published' }, ...access });
    return true;
  } catch (error) {
    // Only a refusal counts as "not allowed"; anything else is a defect and fails the test.
    if (isRefusal(error)) return false;
    throw error;
  }
};

describe('access matrix for disclosure records', () => {
  for (const actor of actors) {
    for (const operation of ['read', 'update', 'delete', 'publish'] as Operation[]) {
      for (const scope of ['own', 'other'] as Scope[]) {
        for (const status of statuses) {
          const allowed = expected(actor, operation, scope, status);
          it(`${actor} ${allowed ? 'may' : 'may not'} ${operation} a ${status} record of the ${scope} department`, async () => {
            const record = await createRecord({ payload, fixture, department: fixture.departments[scope], status });
            expect(await attempt(actor, operation, record.id)).toBe(allowed);
            // A refused change leaves the record exactly as it was.
            if (!allowed && operation !== 'read') {
              const after = await payload.findByID({ collection: collections.disclosures, id: record.id });
              expect(after.title).toBe(record.title);
              expect(after.status).toBe(record.status);
            }
          });
        }
      }
    }
  }
});

describe('creating records', () => {
  const cases: [Actor, Scope, boolean][] = [
    ['anonymous', 'own', false],
    ['supervisor', 'own', false],
    ['editor', 'own', true],
    ['editor', 'other', false],
    ['reviewer', 'other', true],
    ['admin', 'other', true],
  ];
  for (const [actor, scope, allowed] of cases) {
    it(`${actor} ${allowed ? 'may' : 'may not'} create a record for the ${scope} department`, async () => {
      const before = (await payload.count({ collection: collections.disclosures })).totalDocs;
      const create = payload.create({
        collection: collections.disclosures,
        data: { title: '新条目', category: fixture.categoryId, department: fixture.departments[scope], formedAt: '2022-03-01' } as never,
        user: userOf(actor) as never,
        overrideAccess: false,
      });
      if (allowed) await expect(create).resolves.toMatchObject({ status: 'draft' });
      else await expect(create).rejects.toThrow();
      expect((await payload.count({ collection: collections.disclosures })).totalDocs).toBe(before + (allowed ? 1 : 0));
    });
  }

  it('files an editor’s record under their own department when none is given', async () => {
    const doc = await payload.create({
      collection: collections.disclosures,
      data: { title: '未选部门的条目', category: fixture.categoryId, formedAt: '2022-03-01' } as never,
      user: fixture.users.editor as never,
      overrideAccess: false,
    });
    expect(doc.department).toMatchObject({ id: fixture.departments.own });
  });
});

describe('records the public must never see', () => {
  const hidden = [
    { attribute: 'withheld', audience: 'public' },
    { attribute: 'active', audience: 'campus' },
    { attribute: 'onRequest', audience: 'public' },
  ] as const;
  for (const { attribute, audience } of hidden) {
    it(`hides a published ${attribute}/${audience} record from anonymous lists, lookups and counts`, async () => {
      const title = `隐藏-${attribute}-${audience}`;
      const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published', attribute, audience, title });
      const anonymous = { overrideAccess: false } as const;
      expect(await payload.findByID({ collection: collections.disclosures, id: record.id, ...anonymous, disableErrors: true })).toBeNull();
      const list = await payload.find({ collection: collections.disclosures, where: { title: { equals: title } }, ...anonymous });
      expect(list.totalDocs).toBe(0);
      const sameKind: Where = { and: [{ attribute: { equals: attribute } }, { audience: { equals: audience } }] };
      expect((await payload.count({ collection: collections.disclosures, where: sameKind, ...anonymous })).totalDocs).toBe(0);
    });
  }

  it('shows other departments’ campus records to an editor, but never their withheld ones', async () => {
    const campus = await createRecord({ payload, fixture, department: fixture.departments.other, status: 'published', audience: 'campus' });
    const withheld = await createRecord({ payload, fixture, department: fixture.departments.other, status: 'published', attribute: 'withheld' });
    const asEditor = { user: fixture.users.editor as never, overrideAccess: false, disableErrors: true } as const;
    expect(await payload.findByID({ collection: collections.disclosures, id: campus.id, ...asEditor })).not.toBeNull();
    expect(await payload.findByID({ collection: collections.disclosures, id: withheld.id, ...asEditor })).toBeNull();
  });

  it('hides the review log and reasons from the public even on public records', async () => {
    const record = await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published' });
    const asStaff = await payload.findByID({ collection: collections.disclosures, id: record.id });
    expect(asStaff.reviews).toHaveLength(1); // the import was logged as reviewed
    const doc = await payload.findByID({ collection: collections.disclosures, id: record.id, overrideAccess: false });
    expect(doc.reviews ?? []).toHaveLength(0);
    expect(doc).not.toHaveProperty('reviewNote');
    expect(doc).not.toHaveProperty('reason');
  });

  it('never lets the public read accounts', async () => {
    await expect(payload.count({ collection: collections.users, overrideAccess: false })).rejects.toThrow();
    await expect(payload.find({ collection: collections.users, overrideAccess: false })).rejects.toThrow();
  });
});
