import { collections, type Role, type Status, type Validity } from '@xxgk/domain';
import type { Payload } from 'payload';
import { withCms } from './payload';

export type Fixture = {
  departments: { own: number; other: number };
  users: Record<'admin' | 'reviewer' | 'editor' | 'otherEditor' | 'supervisor', Record<string, unknown> & { id: number }>;
  categoryId: number;
  itemId: number;
  foreignItemId: number;
};

/** Two departments, one account per role (the editor belongs to `own`), and a checklist item to file records under. */
export const createFixture = async (payload: Payload): Promise<Fixture> => {
  const own = await payload.create({ collection: collections.departments, data: { name: '招生就业处', code: 'admissions', kind: 'office' } });
  const other = await payload.create({ collection: collections.departments, data: { name: '财务处', code: 'finance', kind: 'office' } });
  const user = async (role: Role, email: string, department?: number) =>
    (await payload.create({
      collection: collections.users,
      data: { email, password: 'Test#12345', name: email.split('@')[0]!, role, department },
    })) as unknown as Record<string, unknown> & { id: number };
  const users = {
    admin: await user('admin', 'admin@test.cn'),
    reviewer: await user('reviewer', 'reviewer@test.cn'),
    editor: await user('editor', 'editor@test.cn', own.id),
    otherEditor: await user('editor', 'other-editor@test.cn', other.id),
    supervisor: await user('supervisor', 'supervisor@test.cn'),
  };
  const [admissions] = (await payload.find({ collection: collections.checklistCategories, where: { code: { equals: 'admissions' } } })).docs;
  const [item] = (await payload.find({ collection: collections.checklistItems, where: { code: { equals: '2.1' } } })).docs;
  const [foreignItem] = (await payload.find({ collection: collections.checklistItems, where: { code: { equals: '3.5' } } })).docs;
  return { departments: { own: own.id, other: other.id }, users, categoryId: admissions!.id, itemId: item!.id, foreignItemId: foreignItem!.id };
};

/** A record put straight into a given state by the system (as an import would), to test what users may then do with it. */
export const createRecord = async ({
  payload,
  fixture,
  department,
  status = 'draft',
  validity = 'valid',
  attribute = 'active',
  audience = 'public',
  title = '测试条目',
}: {
  payload: Payload;
  fixture: Fixture;
  department: number;
  status?: Status;
  validity?: Validity;
  attribute?: 'active' | 'onRequest' | 'withheld';
  audience?: 'public' | 'campus';
  title?: string;
}) =>
  payload.create({
    collection: collections.disclosures,
    data: {
      title,
      category: fixture.categoryId,
      checklistItem: fixture.itemId,
      department,
      formedAt: '2022-03-01T04:00:00.000Z',
      status,
      validity,
      attribute,
      audience,
      reason: attribute === 'withheld' || audience === 'campus' ? '涉及个人隐私' : null,
    },
  });

/** The message of a refused operation: field messages for validation errors, the error text otherwise. */
export const messageOf = (error: unknown): string => {
  const data = (error as { data?: { errors?: { message: string }[] } }).data;
  return data?.errors?.map((e) => e.message).join(' ') || (error as Error).message;
};

/**
 * A test CMS with the fixture loaded before the file's tests (removed after them); `load`
 * receives both, for the file's own variables.
 */
export const withFixture = (load: (loaded: { payload: Payload; fixture: Fixture }) => void) =>
  withCms({
    setup: async (cms) => load({ payload: cms.payload, fixture: await createFixture(cms.payload) }),
  });
