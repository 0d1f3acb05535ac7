import { collections, manualIndexNoPattern, needsReason, toLanguage } from '@xxgk/domain';
import type { PayloadRequest, Validate } from 'payload';
import { t as say } from '../../i18n/messages';
import { idOf } from '../../lib/user';

/**
 * Field validators of a disclosure record. They run for the admin form, REST, GraphQL and the
 * Local API alike, and answer in the language of the request.
 */
const isValidDate = (value: unknown) => value instanceof Date || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
const dateOnly = (value: unknown) => new Date(value as string).toISOString().slice(0, 10);

const malformedDate = (req: PayloadRequest, value: unknown) => say(req, 'dateMalformed', { value: String(value) });

export const validateCategory: Validate = (value, { req }) => (value ? true : say(req, 'categoryRequired'));

export const validateChecklistItem: Validate = async (value, { req, siblingData }) => {
  const itemId = idOf(value);
  if (!itemId) return true;
  const categoryId = idOf((siblingData as { category?: unknown }).category);
  const item = await req.payload
    .findByID({ collection: collections.checklistItems, id: itemId, depth: 0, req, disableErrors: true, overrideAccess: true })
    .catch(() => null);
  if (!item) return say(req, 'unknownReference', { field: toLanguage(req.i18n?.language) === 'en' ? 'checklist item' : '清单事项', id: itemId });
  if (!categoryId || idOf(item.category) === categoryId) return true;
  const category = await req.payload
    .findByID({ collection: collections.checklistCategories, id: categoryId, depth: 0, req, disableErrors: true, overrideAccess: true })
    .catch(() => null);
  return say(req, 'itemNotInCategory', { item: `${item.code} ${item.text}`, category: category?.name ?? String(categoryId) });
};

export const validateReason: Validate = (value, { req, siblingData }) =>
  needsReason(siblingData as { attribute?: string; audience?: string }) && !(typeof value === 'string' && value.trim())
    ? say(req, 'reasonRequired')
    : true;

export const validateFormedAt: Validate = (value, { req }) => {
  if (!value) return say(req, 'formedAtRequired');
  if (!isValidDate(value)) return malformedDate(req, value);
  // A day of slack for time zones: the form sends midnight of the chosen day.
  if (new Date(value as string).getTime() > Date.now() + 86_400_000) return say(req, 'formedAtInFuture', { formedAt: dateOnly(value) });
  return true;
};

export const validatePublishedAt: Validate = (value, { req, siblingData }) => {
  if (!value) return true;
  if (!isValidDate(value)) return malformedDate(req, value);
  const formedAt = (siblingData as { formedAt?: unknown }).formedAt;
  if (isValidDate(formedAt) && dateOnly(value) < dateOnly(formedAt)) {
    return say(req, 'publishedBeforeFormed', { publishedAt: dateOnly(value), formedAt: dateOnly(formedAt) });
  }
  return true;
};

export const validateIndexNo: Validate = async (value, { req, id }) => {
  if (!value) return true;
  if (typeof value !== 'string' || !manualIndexNoPattern.test(value)) return say(req, 'indexNoFormat', { indexNo: String(value) });
  const { totalDocs } = await req.payload.count({
    collection: collections.disclosures,
    where: id ? { and: [{ indexNo: { equals: value } }, { id: { not_equals: id } }] } : { indexNo: { equals: value } },
    req,
    overrideAccess: true,
  });
  return totalDocs > 0 ? say(req, 'indexNoTaken', { indexNo: value }) : true;
};
