import { collections } from '@xxgk/domain';
import type { Channel, ChecklistCategory, ChecklistItem, Department } from '@xxgk/cms/types';
import type { Payload } from 'payload';
import { idOf, type RecordId } from '../schema/ids';

/**
 * The small, public reference tables (10 categories, 50 items, departments, channels), held in
 * memory and reloaded whenever the data version changes. Resolvers look them up by id or code
 * instead of querying per record, so lists never cause N+1 queries for them.
 */
export type ReferenceData = {
  categories: ChecklistCategory[];
  items: ChecklistItem[];
  departments: Department[];
  channels: Channel[];
  categoryById: Map<RecordId, ChecklistCategory>;
  categoryByCode: Map<string, ChecklistCategory>;
  itemById: Map<RecordId, ChecklistItem>;
  itemByCode: Map<string, ChecklistItem>;
  departmentById: Map<RecordId, Department>;
  departmentByCode: Map<string, Department>;
  channelById: Map<RecordId, Channel>;
  channelByKey: Map<string, Channel>;
};

export const loadReferenceData = async (payload: Payload): Promise<ReferenceData> => {
  const all = <T>(collection: string) =>
    payload
      .find({ collection: collection as never, limit: 0, pagination: false, depth: 0, overrideAccess: false })
      .then(({ docs }) => docs as unknown as T[]);
  const [categories, items, departments, channels] = await Promise.all([
    all<ChecklistCategory>(collections.checklistCategories),
    all<ChecklistItem>(collections.checklistItems),
    all<Department>(collections.departments),
    all<Channel>(collections.channels),
  ]);
  const by = <T, K>(rows: T[], key: (row: T) => K) => new Map(rows.map((row) => [key(row), row]));
  return {
    categories: categories.sort((a, b) => a.seq - b.seq),
    items: items.sort((a, b) => a.seq - b.seq),
    departments,
    channels: channels.sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
    categoryById: by(categories, (c) => idOf(c)!),
    categoryByCode: by(categories, (c) => c.code),
    itemById: by(items, (i) => idOf(i)!),
    itemByCode: by(items, (i) => i.code),
    departmentById: by(departments, (d) => idOf(d)!),
    departmentByCode: by(departments, (d) => d.code),
    channelById: by(channels, (c) => idOf(c)!),
    channelByKey: by(channels, (c) => c.key),
  };
};
