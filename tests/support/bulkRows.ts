import type { BulkDisclosure, ReferenceIds } from '../../seeds/src/lib/bulkInsert';

/**
 * A row for the bulk writer: a public record of `checklistItemId` (its category unless another
 * is given), published 2022-03-02 through the first channel; `overrides` change any field.
 */
export const publishedRow = (
  refs: ReferenceIds,
  { title, checklistItemId, ...overrides }: Partial<BulkDisclosure> & { title: string; checklistItemId: NonNullable<BulkDisclosure['checklistItemId']> },
): BulkDisclosure => ({
  title,
  categoryId: refs.itemById.get(String(checklistItemId))!.categoryId,
  checklistItemId,
  departmentId: [...refs.departmentIds][0]!,
  body: null,
  attribute: 'active',
  audience: 'public',
  reason: null,
  formedAt: new Date('2022-03-01T04:00:00Z'),
  publishedAt: new Date('2022-03-02T04:00:00Z'),
  status: 'published',
  validity: 'valid',
  channelIds: [[...refs.channelIds][0]!],
  review: null,
  ...overrides,
});
