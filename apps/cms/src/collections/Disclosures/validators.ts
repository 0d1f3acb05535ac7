import {
  checkCategory,
  checkChecklistItem,
  checkDepartment,
  checkTitle,
  checkFormedAt,
  checkIndexNoFormat,
  checkPublishedAt,
  checkReason,
  collections,
  type Refusal,
} from '@xxgk/domain';
import type { PayloadRequest, Validate } from 'payload';
import { say } from '../../i18n/messages';
import { findReference } from '../../lib/findReference';
import { idOf } from '../../lib/user';

/**
 * Field validators of a disclosure record: each calls the rule of @xxgk/domain for its field, so
 * the message appears at that field in the admin and under `data.errors` on the API, in the
 * request's language. They run for the admin form, REST, GraphQL and the Local API alike.
 */
const answer = (req: PayloadRequest, refusal: Refusal | null) => (refusal ? say(req, refusal) : true);
type Sibling = { category?: unknown; attribute?: string; audience?: string; formedAt?: unknown; status?: string };

export const validateTitle: Validate = (value, { req }) => answer(req, checkTitle(value));

export const validateDepartment: Validate = (value, { req }) => answer(req, checkDepartment({ departmentId: idOf(value) }));

export const validateCategory: Validate = (value, { req }) => answer(req, checkCategory({ categoryId: idOf(value) }));

export const validateChecklistItem: Validate = async (value, { req, siblingData }) => {
  const itemId = idOf(value);
  if (!itemId) return true;
  const categoryId = idOf((siblingData as Sibling).category);
  const found = await findReference(req, collections.checklistItems, itemId);
  const item = found ? { code: found.code, text: found.text, categoryId: idOf(found.category)! } : null;
  const category =
    item && categoryId && String(item.categoryId) !== String(categoryId)
      ? await findReference(req, collections.checklistCategories, categoryId)
      : null;
  return answer(req, checkChecklistItem({ itemId, item, categoryId, categoryName: category?.name }));
};

export const validateReason: Validate = (value, { req, siblingData }) => answer(req, checkReason({ ...(siblingData as Sibling), reason: value }));

export const validateFormedAt: Validate = (value, { req }) => answer(req, checkFormedAt({ formedAt: value, now: new Date() }));

export const validatePublishedAt: Validate = (value, { req, siblingData }) =>
  answer(req, checkPublishedAt({ publishedAt: value, formedAt: (siblingData as Sibling).formedAt, status: (siblingData as Sibling).status }));

/** Form by the domain rule; uniqueness by a count here (and a unique index in the database). */
export const validateIndexNo: Validate = async (value, { req, id }) => {
  const formProblem = checkIndexNoFormat(value);
  if (formProblem || !value) return answer(req, formProblem);
  const { totalDocs } = await req.payload.count({
    collection: collections.disclosures,
    where: id ? { and: [{ indexNo: { equals: value } }, { id: { not_equals: id } }] } : { indexNo: { equals: value } },
    req,
    overrideAccess: true,
  });
  return totalDocs > 0 ? answer(req, { key: 'indexNoTaken', path: 'indexNo', params: { indexNo: String(value) } }) : true;
};
