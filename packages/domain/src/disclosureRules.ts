import type { Actor } from './actor';
import { attributes, audiences, statuses, validities, attributeLabels, audienceLabels, statusLabels, validityLabels } from './disclosure';
import { manualIndexNoPattern } from './indexNumber';
import type { Refusal } from './refusal';

/**
 * The validation rules of a disclosure record (信息公开条目), one function per rule. The CMS
 * calls each from the field it concerns (so the admin shows the message at that field); bulk
 * loaders and imports call `validateRecord` for all of them at once.
 */
type Id = number | string;
const titleMaxLength = 200;

// An empty string is no date either: new Date('') is invalid.
const isDate = (value: unknown): value is string | Date => (value instanceof Date || typeof value === 'string') && !Number.isNaN(new Date(value).getTime());
const dayOf = (value: string | Date) => new Date(value).toISOString().slice(0, 10);

export const needsReason = ({ attribute, audience }: { attribute?: string | null; audience?: string | null }) =>
  attribute === 'withheld' || audience === 'campus';

export const checkTitle = (title: unknown): Refusal | null => {
  if (typeof title !== 'string' || !title.trim()) return { key: 'titleRequired', path: 'title' };
  if (title.length > titleMaxLength) return { key: 'titleTooLong', path: 'title', params: { max: titleMaxLength, length: title.length } };
  return null;
};

export const checkCategory = ({ categoryId, exists = true }: { categoryId: Id | null | undefined; exists?: boolean }): Refusal | null => {
  if (categoryId === null || categoryId === undefined || categoryId === '') return { key: 'categoryRequired', path: 'category' };
  if (!exists) return { key: 'unknownReference', path: 'category', params: { field: { zh: '清单类别', en: 'checklist category' }, id: categoryId } };
  return null;
};

/** A checklist item must exist and belong to the record's category. */
export const checkChecklistItem = ({
  itemId,
  item,
  categoryId,
  categoryName,
}: {
  itemId: Id | null | undefined;
  item: { code: string; text: string; categoryId: Id } | null;
  categoryId: Id | null | undefined;
  categoryName?: string | null;
}): Refusal | null => {
  if (itemId === null || itemId === undefined || itemId === '') return null;
  if (!item) return { key: 'unknownReference', path: 'checklistItem', params: { field: { zh: '清单事项', en: 'checklist item' }, id: itemId } };
  // Ids compare by their text: numbers on SQLite, strings on MongoDB.
  if (categoryId === null || categoryId === undefined || String(item.categoryId) === String(categoryId)) return null;
  return { key: 'itemNotInCategory', path: 'checklistItem', params: { item: `${item.code} ${item.text}`, category: categoryName ?? String(categoryId) } };
};

export const checkDepartment = ({ departmentId, exists = true }: { departmentId: Id | null | undefined; exists?: boolean }): Refusal | null => {
  if (departmentId === null || departmentId === undefined || departmentId === '') return { key: 'departmentRequired', path: 'department' };
  if (!exists) return { key: 'unknownReference', path: 'department', params: { field: { zh: '责任部门', en: 'department' }, id: departmentId } };
  return null;
};

/** Attribute, audience, status and validity must be values of their lists. */
export const checkChoices = (record: { attribute?: unknown; audience?: unknown; status?: unknown; validity?: unknown }): Refusal | null => {
  const lists = [
    ['attribute', attributes, attributeLabels],
    ['audience', audiences, audienceLabels],
    ['status', statuses, statusLabels],
    ['validity', validities, validityLabels],
  ] as const;
  for (const [field, values, labels] of lists) {
    const value = record[field];
    if (value !== undefined && !(values as readonly unknown[]).includes(value)) {
      const allowed = values.map((v) => (labels as Record<string, { zh: string; en: string }>)[v]!);
      return {
        key: 'choiceInvalid',
        path: field,
        params: { value: String(value), allowed: { zh: allowed.map((l) => l.zh).join('、'), en: allowed.map((l) => l.en).join(', ') } },
      };
    }
  }
  return null;
};

export const checkReason = (record: { attribute?: string | null; audience?: string | null; reason?: unknown }): Refusal | null =>
  needsReason(record) && !(typeof record.reason === 'string' && record.reason.trim()) ? { key: 'reasonRequired', path: 'reason' } : null;

/** 生成日期: required, a real date, not in the future (a day of slack: forms send midnight of the chosen day). */
export const checkFormedAt = ({ formedAt, now }: { formedAt: unknown; now: Date }): Refusal | null => {
  if (formedAt === null || formedAt === undefined || formedAt === '') return { key: 'formedAtRequired', path: 'formedAt' };
  if (!isDate(formedAt)) return { key: 'dateMalformed', path: 'formedAt', params: { value: String(formedAt) } };
  if (new Date(formedAt).getTime() > now.getTime() + 86_400_000) return { key: 'formedAtInFuture', path: 'formedAt', params: { formedAt: dayOf(formedAt) } };
  return null;
};

/** 发布日期: a real date, not before the date formed; a published record has one. */
export const checkPublishedAt = ({ publishedAt, formedAt, status }: { publishedAt: unknown; formedAt: unknown; status?: string | null }): Refusal | null => {
  if (publishedAt === null || publishedAt === undefined || publishedAt === '') {
    return status === 'published' ? { key: 'publishedNeedsDate', path: 'publishedAt' } : null;
  }
  if (!isDate(publishedAt)) return { key: 'dateMalformed', path: 'publishedAt', params: { value: String(publishedAt) } };
  if (isDate(formedAt) && dayOf(publishedAt) < dayOf(formedAt)) {
    return { key: 'publishedBeforeFormed', path: 'publishedAt', params: { publishedAt: dayOf(publishedAt), formedAt: dayOf(formedAt) } };
  }
  return null;
};

/** A hand-given 索引号 (imports of older records) must have the allowed form; uniqueness is the store's to check. */
export const checkIndexNoFormat = (indexNo: unknown): Refusal | null => {
  if (indexNo === null || indexNo === undefined || indexNo === '') return null;
  return typeof indexNo === 'string' && manualIndexNoPattern.test(indexNo) ? null : { key: 'indexNoFormat', path: 'indexNo', params: { indexNo: String(indexNo) } };
};

/**
 * Only an administrator (importing older records) or the system may give a record its own
 * 索引号, and only when creating it; afterwards it never changes.
 */
export const checkIndexNoChange = ({
  actor,
  operation,
  requested,
  current,
}: {
  actor: Actor | null;
  operation: 'create' | 'update';
  requested: string | null | undefined;
  current?: string | null;
}): Refusal | null => {
  if (operation === 'update') {
    return requested !== undefined && (requested ?? null) !== (current ?? null)
      ? { key: 'indexNoImmutable', path: 'indexNo', params: { indexNo: current ?? '' } }
      : null;
  }
  if (requested && actor !== null && actor.role !== 'admin') return { key: 'indexNoManualAdminOnly', path: 'indexNo' };
  return null;
};

export const checkChannels = ({ channelIds, exists }: { channelIds: readonly Id[]; exists: (id: Id) => boolean }): Refusal | null => {
  const unknown = channelIds.find((id) => !exists(id));
  return unknown === undefined ? null : { key: 'unknownReference', path: 'channels', params: { field: { zh: '公开渠道', en: 'channel' }, id: unknown } };
};

/** The facts about referenced records that validation needs, looked up by the caller's store. */
export type ReferenceLookup = {
  categoryName: (id: Id) => string | null;
  item: (id: Id) => { code: string; text: string; categoryId: Id } | null;
  departmentExists: (id: Id) => boolean;
  channelExists: (id: Id) => boolean;
};

export type RecordCandidate = {
  title?: unknown;
  categoryId?: Id | null;
  checklistItemId?: Id | null;
  departmentId?: Id | null;
  channelIds?: readonly Id[];
  attribute?: string | null;
  audience?: string | null;
  reason?: unknown;
  status?: string | null;
  validity?: string | null;
  formedAt?: unknown;
  publishedAt?: unknown;
  indexNo?: unknown;
};

/** Every rule at once: the refusals of a candidate record, in form order (empty when it is valid). */
export const validateRecord = ({ record, references, now }: { record: RecordCandidate; references: ReferenceLookup; now: Date }): Refusal[] => {
  const categoryName = record.categoryId === null || record.categoryId === undefined ? null : references.categoryName(record.categoryId);
  const itemId = record.checklistItemId;
  return [
    checkTitle(record.title),
    checkCategory({ categoryId: record.categoryId, exists: categoryName !== null }),
    checkChecklistItem({ itemId, item: itemId === null || itemId === undefined ? null : references.item(itemId), categoryId: record.categoryId, categoryName }),
    checkDepartment({ departmentId: record.departmentId, exists: record.departmentId === null || record.departmentId === undefined || references.departmentExists(record.departmentId) }),
    checkChoices(record),
    checkReason(record),
    checkFormedAt({ formedAt: record.formedAt, now }),
    checkPublishedAt({ publishedAt: record.publishedAt, formedAt: record.formedAt, status: record.status }),
    checkIndexNoFormat(record.indexNo),
    checkChannels({ channelIds: record.channelIds ?? [], exists: references.channelExists }),
  ].filter((refusal): refusal is Refusal => refusal !== null);
};
